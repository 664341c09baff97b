import { useState } from 'preact/hooks';
import type { DigestFrequency, SavedSearch } from '@kopir/shared';
import { send } from '../api/client.ts';
import { endpoints } from '../api/endpoints.ts';
import { useApi } from '../api/use-api.ts';
import { FormError } from '../components/form.tsx';
import { Loaded } from '../components/load-state.tsx';
import { DigestOptions } from '../components/save-search.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { addressOf } from './saved-search-query.ts';

function SavedSearchItem({ search, onChanged }: { search: SavedSearch; onChanged: () => void }) {
  const { t } = useI18n();
  const [problem, setProblem] = useState<unknown>();
  const act = (work: Promise<unknown>) => {
    setProblem(undefined);
    work.then(onChanged, setProblem);
  };
  const digestId = `digest-${search.id}`;
  return (
    <li class="card" data-id={search.id}>
      <h2>{search.name}</h2>
      <p class="meta">
        {t(search.kind === 'labs' ? 'nav.labs' : 'nav.needs')}
        {search.query.q ? ` · «${search.query.q}»` : ''}
      </p>
      <p>
        <a href={addressOf(search.kind, search.query)}>{t('savedSearch.open')}</a>
      </p>
      <label class="field" for={digestId}>
        <span>{t('savedSearch.digest')}</span>
      </label>
      <select
        id={digestId}
        aria-label={t('savedSearch.digestOf', { name: search.name })}
        value={search.digest}
        onChange={(event) => act(send(endpoints.updateSavedSearch(search.id, { digest: event.currentTarget.value as DigestFrequency })))}
      >
        <DigestOptions />
      </select>{' '}
      <button type="button" aria-label={t('savedSearch.deleteNamed', { name: search.name })} onClick={() => act(send(endpoints.deleteSavedSearch(search.id)))}>
        {t('savedSearch.delete')}
      </button>
      <FormError problem={problem} />
    </li>
  );
}

/** The reader's saved searches: open each, choose how often its new results are emailed, or delete it. */
export function SavedSearchesPage() {
  const { t } = useI18n();
  const list = useApi(endpoints.savedSearches());
  return (
    <section class="narrow">
      <h1>{t('savedSearch.heading')}</h1>
      <p>{t('savedSearch.intro')}</p>
      <Loaded resource={list} empty={t('savedSearch.empty')} isEmpty={(data) => data.items.length === 0}>
        {(data) => (
          <ul class="plain-list">
            {data.items.map((search) => (
              <SavedSearchItem key={search.id} search={search} onChanged={list.retry} />
            ))}
          </ul>
        )}
      </Loaded>
    </section>
  );
}
