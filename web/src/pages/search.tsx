import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { pickText, type labHitSchema, type needHitSchema } from '@kopir/shared';
import type { z } from 'zod';
import { endpoints } from '../api/endpoints.ts';
import { useApi } from '../api/use-api.ts';
import { ErrorNotice } from '../components/load-state.tsx';
import { CodeChecklist, type CodeOption } from '../components/code-checklist.tsx';
import { Highlighted } from '../components/highlighted.tsx';
import { ShortlistButton, useShortlist } from '../components/shortlist-button.tsx';
import { SaveSearch } from '../components/save-search.tsx';
import { useI18n, type MessageKey } from '../i18n/i18n.tsx';
import { useTaxonomy } from '../taxonomy/taxonomy.tsx';
import { useMediaQuery } from '../components/use-media-query.ts';

type Kind = 'labs' | 'needs';
type Filters = Record<string, string[]>;

const facetParams: Record<string, string> = {
  sectors: 'sector',
  researchFields: 'field',
  capabilities: 'capability',
  regionCode: 'region',
  territoryCode: 'territory',
  status: 'status',
};
const PAGE_SIZE = 10;

/** What a search is: words, chosen facet values, "verified only", and the page. */
interface SearchState {
  q: string;
  filters: Filters;
  verified: boolean;
  page: number;
}

/**
 * The search as its address says it (`?q=…&sector=C&page=2`), so a reload, a bookmark, a shared
 * link or Back brings the same results; the API takes the same parameters.
 */
function searchStateOf(query: string): SearchState {
  const params = new URLSearchParams(query);
  const filters: Filters = {};
  for (const [facet, param] of Object.entries(facetParams)) {
    const codes = params.getAll(param);
    if (codes.length > 0) filters[facet] = codes;
  }
  const page = Number(params.get('page'));
  return { q: params.get('q') ?? '', filters, verified: params.get('verified') === 'true', page: Number.isInteger(page) && page > 1 ? page : 1 };
}

function paramsOf({ q, filters, verified, page }: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (q.trim()) params.set('q', q.trim());
  for (const [facet, codes] of Object.entries(filters)) for (const code of codes) params.append(facetParams[facet]!, code);
  if (verified) params.set('verified', 'true');
  if (page > 1) params.set('page', String(page));
  return params;
}

/**
 * The search as typed: waits 120 ms after the last keystroke, keeps the last results on screen
 * meanwhile, and drops answers that arrive late. Labs and needs each have their own call, so each
 * answer keeps its own type.
 */
function useSearch(kind: Kind, state: SearchState) {
  const params = paramsOf(state);
  params.set('page', String(state.page));
  params.set('pageSize', String(PAGE_SIZE));
  const options = { delayMs: 120, keepPrevious: true };
  const labs = useApi(kind === 'labs' ? endpoints.searchLabs(params) : undefined, options);
  const needs = useApi(kind === 'needs' ? endpoints.searchNeeds(params) : undefined, options);
  return kind === 'labs' ? { result: labs.data, labs: labs.data?.hits, loaded: labs } : { result: needs.data, needs: needs.data?.hits, loaded: needs };
}

/**
 * A hit's name as a link to its page, under a heading, so results can be opened, shared and
 * bookmarked; a button after the text unfolds the whole description in place.
 */
function HitHeading({ href, children }: { href: string; children: ComponentChildren }) {
  return (
    <h2>
      <a class="hit-link" href={href}>
        {children}
      </a>
    </h2>
  );
}

/** Shows or folds a hit's description; says which, and which text it controls. */
function HitToggle({ id, expanded, onToggle }: { id: string; expanded: boolean; onToggle: () => void }) {
  const { t } = useI18n();
  return (
    <button type="button" class="hit-toggle link-button" aria-expanded={expanded} aria-controls={`hit-${id}`} onClick={onToggle}>
      {t(expanded ? 'search.less' : 'search.more')}
    </button>
  );
}

function LabHit({ hit, shortlist }: { hit: z.infer<typeof labHitSchema>; shortlist: ReturnType<typeof useShortlist> }) {
  const { t, locale } = useI18n();
  const [expanded, setExpanded] = useState(false);
  const { capabilityLabel, regionLabel } = useTaxonomy();
  const name = hit.highlights[`name_${locale}`] ?? Object.entries(hit.highlights).find(([key]) => key.startsWith('name_'))?.[1] ?? pickText(hit.name, locale);
  const description =
    Object.entries(hit.highlights).find(([key]) => key === `description_${locale}`)?.[1] ??
    Object.entries(hit.highlights).find(([key]) => key.startsWith('description_'))?.[1] ??
    pickText(hit.description, locale);
  return (
    <article class="card hit" data-id={hit.id} data-expanded={expanded}>
      <HitHeading href={`/labs/${hit.id}`}>
        <Highlighted text={name} />
      </HitHeading>
      <p class="meta">
        <a href={`/organisations/${hit.organisation.id}`}>{pickText(hit.organisation.name, locale)}</a>{' '}
        {hit.organisation.verified && (
          <span class="badge" data-verified="true">
            {t('org.verified')}
          </span>
        )}{' '}
        {hit.stale && (
          <span class="badge" data-stale="true" title={t('lab.staleHint')}>
            {t('lab.stale')}
          </span>
        )}{' '}
        · {regionLabel(hit.regionCode)} · {t('catalogue.trl', { min: hit.trlMin, max: hit.trlMax })}
      </p>
      <p class="description" id={`hit-${hit.id}`}>
        <Highlighted text={description} />
      </p>
      <HitToggle id={hit.id} expanded={expanded} onToggle={() => setExpanded(!expanded)} />
      <p class="tags">
        {hit.capabilities.map((code) => (
          <span class="tag">{capabilityLabel(code)}</span>
        ))}
      </p>
      <ShortlistButton shortlist={shortlist} kind="lab" id={hit.id} name={pickText(hit.name, locale)} />
    </article>
  );
}

function NeedHit({ hit, shortlist }: { hit: z.infer<typeof needHitSchema>; shortlist: ReturnType<typeof useShortlist> }) {
  const { t, locale } = useI18n();
  const [expanded, setExpanded] = useState(false);
  const { capabilityLabel, regionLabel, sectorLabel } = useTaxonomy();
  const description =
    Object.entries(hit.highlights).find(([key]) => key === `description_${locale}`)?.[1] ??
    Object.entries(hit.highlights).find(([key]) => key.startsWith('description_'))?.[1] ??
    (hit.description ? pickText(hit.description, locale) : '');
  return (
    <article class="card hit" data-id={hit.id} data-expanded={expanded}>
      <HitHeading href={`/needs/${hit.id}`}>
        <Highlighted text={hit.highlights.title ?? hit.title} />
      </HitHeading>
      <p class="meta">
        {hit.organisation ? (
          <a href={`/organisations/${hit.organisation.id}`}>{pickText(hit.organisation.name, locale)}</a>
        ) : (
          <span class="badge">{t('catalogue.confidential')}</span>
        )}
        {` · ${regionLabel(hit.regionCode)} `}· {hit.sectors.map(sectorLabel).join(', ')}
        {hit.trlTarget !== null && ` · ${t('catalogue.trlTarget', { trl: hit.trlTarget })}`}
      </p>
      {description && (
        <>
          <p class="description" id={`hit-${hit.id}`}>
            <Highlighted text={description} />
          </p>
          <HitToggle id={hit.id} expanded={expanded} onToggle={() => setExpanded(!expanded)} />
        </>
      )}
      <p class="tags">
        {hit.capabilities.map((code) => (
          <span class="tag">{capabilityLabel(code)}</span>
        ))}
      </p>
      <ShortlistButton shortlist={shortlist} kind="need" id={hit.id} name={hit.title} />
    </article>
  );
}

/** The catalogue search for labs or needs: words, facet filters with counts, highlighted hits, pages. */
export function SearchPage({ kind }: { kind: Kind }) {
  const { t } = useI18n();
  const { capabilityLabel, fieldLabel, regionLabel, sectorLabel, territoryLabel } = useTaxonomy();
  const location = useLocation();
  // The address holds the search (a search started elsewhere, like the home page's box, arrives as ?q=).
  const [state, setState] = useState(() => searchStateOf(location.url.split('?')[1] ?? ''));
  const { q, filters, verified, page } = state;
  const change = (part: Partial<SearchState>) => {
    const next = { ...state, ...part };
    setState(next);
    const query = paramsOf(next).toString();
    // Replaced, not pushed: Back leaves the search rather than undoing keystrokes one by one.
    location.route(`${location.path}${query ? `?${query}` : ''}`, true);
  };
  const setQ = (value: string) => change({ q: value, page: 1 });
  const setFilters = (value: Filters) => change({ filters: value, page: 1 });
  const setVerified = (value: boolean) => change({ verified: value, page: 1 });
  const setPage = (value: number) => change({ page: value });
  const { result, labs, needs, loaded } = useSearch(kind, state);
  const shortlist = useShortlist();

  const labelOf = useMemo<Record<string, (code: string) => string>>(
    () => ({
      sectors: sectorLabel,
      researchFields: fieldLabel,
      capabilities: capabilityLabel,
      regionCode: regionLabel,
      territoryCode: territoryLabel,
      status: (code) => t(`status.${code}` as MessageKey),
    }),
    [sectorLabel, fieldLabel, capabilityLabel, regionLabel, territoryLabel, t],
  );
  const facets =
    kind === 'labs' ? ['sectors', 'capabilities', 'researchFields', 'regionCode', 'territoryCode'] : ['sectors', 'capabilities', 'regionCode', 'status'];
  const setFacet = (facet: string, codes: string[]) => setFilters({ ...filters, [facet]: codes });
  const pages = result ? Math.max(1, Math.ceil(result.total / PAGE_SIZE)) : 1;
  // On a phone the filters fold away under one line, so the results come first.
  const wide = useMediaQuery('(min-width: 50rem)');
  const chosenCount = Object.values(filters).reduce((sum, codes) => sum + codes.length, verified ? 1 : 0);

  const facetBoxes = (
    <>
      <label class="choice">
        <input type="checkbox" checked={verified} onChange={(event) => setVerified(event.currentTarget.checked)} />
        {t('facet.verified')}
      </label>
      {facets.map((facet) => {
        const counts = result?.facets[facet] ?? {};
        const chosen = filters[facet] ?? [];
        const options: CodeOption[] = [...new Set([...Object.keys(counts), ...chosen])].map((code) => ({
          code,
          label: labelOf[facet]!(code),
          count: counts[code] ?? 0,
        }));
        return options.length === 0 ? null : (
          <CodeChecklist
            legend={t(`facet.${facet}` as MessageKey)}
            name={facet}
            options={options}
            value={chosen}
            onChange={(codes) => setFacet(facet, codes)}
            limit={8}
          />
        );
      })}
      {(Object.values(filters).some((codes) => codes.length > 0) || verified) && (
        <button type="button" onClick={() => change({ filters: {}, verified: false, page: 1 })}>
          {t('search.clear')}
        </button>
      )}
    </>
  );

  return (
    <section class="search-page" data-kind={kind}>
      <h1>{t(kind === 'labs' ? 'search.labs.heading' : 'search.needs.heading')}</h1>
      <input
        class="search-box"
        type="search"
        aria-label={t('search.placeholder')}
        placeholder={t('search.placeholder')}
        value={q}
        onInput={(event) => setQ(event.currentTarget.value)}
      />
      <SaveSearch kind={kind} params={paramsOf(state)} suggestedName={q.trim() || t(kind === 'labs' ? 'search.labs.heading' : 'search.needs.heading')} />
      <div class="search-layout">
        <aside class="facets-area" aria-label={t('search.filters')}>
          {wide ? (
            <div class="facets">{facetBoxes}</div>
          ) : (
            <details class="facets-fold">
              <summary>
                {t('search.filters')}
                {chosenCount > 0 && ` (${chosenCount})`}
              </summary>
              <div class="facets">{facetBoxes}</div>
            </details>
          )}
        </aside>
        <div class="results">
          {loaded.error && <ErrorNotice error={loaded.error} onRetry={loaded.retry} />}
          {result && (
            <p class="total" role="status">
              {t('search.results', { count: result.total })}
            </p>
          )}
          {result?.total === 0 && <p>{t('search.none')}</p>}
          {labs?.map((hit) => (
            <LabHit key={hit.id} hit={hit} shortlist={shortlist} />
          ))}
          {needs?.map((hit) => (
            <NeedHit key={hit.id} hit={hit} shortlist={shortlist} />
          ))}
          {pages > 1 && (
            <nav class="pager" aria-label={t('a11y.pages')}>
              <button type="button" disabled={page <= 1} onClick={() => setPage(page - 1)}>
                {t('search.previous')}
              </button>
              <span>{t('search.page', { page, pages })}</span>
              <button type="button" disabled={page >= pages} onClick={() => setPage(page + 1)}>
                {t('search.next')}
              </button>
            </nav>
          )}
        </div>
      </div>
    </section>
  );
}
