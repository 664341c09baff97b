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

/**
 * The search as typed: waits 120 ms after the last keystroke, keeps the last results on screen
 * meanwhile, and drops answers that arrive late. Labs and needs each have their own call, so each
 * answer keeps its own type.
 */
function useSearch(kind: Kind, q: string, filters: Filters, verified: boolean, page: number) {
  const params = new URLSearchParams({ page: String(page), pageSize: String(PAGE_SIZE) });
  if (q.trim()) params.set('q', q.trim());
  if (verified) params.set('verified', 'true');
  for (const [facet, codes] of Object.entries(filters)) for (const code of codes) params.append(facetParams[facet]!, code);
  const options = { delayMs: 120, keepPrevious: true };
  const labs = useApi(kind === 'labs' ? endpoints.searchLabs(params) : undefined, options);
  const needs = useApi(kind === 'needs' ? endpoints.searchNeeds(params) : undefined, options);
  return kind === 'labs' ? { result: labs.data, labs: labs.data?.hits, loaded: labs } : { result: needs.data, needs: needs.data?.hits, loaded: needs };
}

/**
 * A hit's name as a button that shows its whole description (folded to a few lines until then),
 * so every result is reachable by Tab and says whether it is open.
 */
function HitHeading({ id, expanded, onToggle, children }: { id: string; expanded: boolean; onToggle: () => void; children: ComponentChildren }) {
  return (
    <h2>
      <button type="button" class="hit-toggle" aria-expanded={expanded} aria-controls={`hit-${id}`} onClick={onToggle}>
        {children}
      </button>
    </h2>
  );
}

function LabHit({ hit }: { hit: z.infer<typeof labHitSchema> }) {
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
      <HitHeading id={hit.id} expanded={expanded} onToggle={() => setExpanded(!expanded)}>
        <Highlighted text={name} />
      </HitHeading>
      <p class="meta">
        {pickText(hit.organisation.name, locale)}{' '}
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
      <p class="tags">
        {hit.capabilities.map((code) => (
          <span class="tag">{capabilityLabel(code)}</span>
        ))}
      </p>
    </article>
  );
}

function NeedHit({ hit }: { hit: z.infer<typeof needHitSchema> }) {
  const { t, locale } = useI18n();
  const [expanded, setExpanded] = useState(false);
  const { capabilityLabel, regionLabel, sectorLabel } = useTaxonomy();
  const description =
    Object.entries(hit.highlights).find(([key]) => key === `description_${locale}`)?.[1] ??
    Object.entries(hit.highlights).find(([key]) => key.startsWith('description_'))?.[1] ??
    (hit.description ? pickText(hit.description, locale) : '');
  return (
    <article class="card hit" data-id={hit.id} data-expanded={expanded}>
      <HitHeading id={hit.id} expanded={expanded} onToggle={() => setExpanded(!expanded)}>
        <Highlighted text={hit.highlights.title ?? hit.title} />
      </HitHeading>
      <p class="meta">
        {hit.organisation ? pickText(hit.organisation.name, locale) : <span class="badge">{t('catalogue.confidential')}</span>}
        {` · ${regionLabel(hit.regionCode)} `}· {hit.sectors.map(sectorLabel).join(', ')}
        {hit.trlTarget !== null && ` · ${t('catalogue.trlTarget', { trl: hit.trlTarget })}`}
      </p>
      {description && (
        <p class="description" id={`hit-${hit.id}`}>
          <Highlighted text={description} />
        </p>
      )}
      <p class="tags">
        {hit.capabilities.map((code) => (
          <span class="tag">{capabilityLabel(code)}</span>
        ))}
      </p>
    </article>
  );
}

/** The catalogue search for labs or needs: words, facet filters with counts, highlighted hits, pages. */
export function SearchPage({ kind }: { kind: Kind }) {
  const { t } = useI18n();
  const { capabilityLabel, fieldLabel, regionLabel, sectorLabel, territoryLabel } = useTaxonomy();
  // A search started elsewhere (the home page's box) arrives as ?q=.
  const [q, setQ] = useState(useLocation().query.q ?? '');
  const [filters, setFilters] = useState<Filters>({});
  const [verified, setVerified] = useState(false);
  const [page, setPage] = useState(1);
  const { result, labs, needs, loaded } = useSearch(kind, q, filters, verified, page);

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
  const setFacet = (facet: string, codes: string[]) => {
    setFilters({ ...filters, [facet]: codes });
    setPage(1);
  };
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
        <button
          type="button"
          onClick={() => {
            setFilters({});
            setVerified(false);
            setPage(1);
          }}
        >
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
        onInput={(event) => {
          setQ(event.currentTarget.value);
          setPage(1);
        }}
      />
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
            <LabHit key={hit.id} hit={hit} />
          ))}
          {needs?.map((hit) => (
            <NeedHit key={hit.id} hit={hit} />
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
