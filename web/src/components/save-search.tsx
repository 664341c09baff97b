import { useState } from 'preact/hooks';
import { digestFrequencies, type DigestFrequency } from '@kopir/shared';
import { send } from '../api/client.ts';
import { endpoints } from '../api/endpoints.ts';
import { useI18n, type MessageKey } from '../i18n/i18n.tsx';
import { savedQueryOf } from '../pages/saved-search-query.ts';
import { useAbilities } from '../session/session.tsx';
import { FormError, SelectField, TextField, useFieldError } from './form.tsx';

/** The digest choices in the reader's language, for the save form and the saved searches page. */
export function DigestOptions() {
  const { t } = useI18n();
  return (
    <>
      {digestFrequencies.map((frequency) => (
        <option value={frequency}>{t(`digest.${frequency}` as MessageKey)}</option>
      ))}
    </>
  );
}

/**
 * "Save this search": a fold with the search's name and how often its new results are emailed,
 * for a signed-in reader who may keep saved searches. What is saved is the search as its address
 * says it (`params`), so opening it later brings the same results.
 */
export function SaveSearch({ kind, params, suggestedName }: { kind: 'labs' | 'needs'; params: URLSearchParams; suggestedName: string }) {
  const { t } = useI18n();
  const fieldError = useFieldError();
  const allowed = useAbilities()?.keepSavedSearches === true;
  const [problem, setProblem] = useState<unknown>();
  const [saved, setSaved] = useState<string>();
  // Held here: the page redraws as results arrive, and what the reader typed or chose must stay.
  const [name, setName] = useState<string>();
  const [digest, setDigest] = useState<DigestFrequency>('daily');
  if (!allowed) return null;
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setProblem(undefined);
    setSaved(undefined);
    try {
      const search = await send(endpoints.saveSearch({ name: (name ?? suggestedName).trim(), kind, query: savedQueryOf(params), digest }));
      setSaved(search.name);
    } catch (error) {
      setProblem(error);
    }
  };
  return (
    <details class="save-search">
      <summary>{t('savedSearch.save')}</summary>
      <form onSubmit={submit}>
        <TextField
          label={t('savedSearch.name')}
          name="name"
          required
          maxLength={100}
          value={name ?? suggestedName}
          onInput={(event) => setName(event.currentTarget.value)}
          error={fieldError(problem, 'body.name')}
        />
        <SelectField label={t('savedSearch.digest')} name="digest" value={digest} onChange={(event) => setDigest(event.currentTarget.value as DigestFrequency)}>
          <DigestOptions />
        </SelectField>
        <button type="submit">{t('savedSearch.save')}</button>
        <FormError problem={problem} />
        {saved && (
          <p role="status">
            {t('savedSearch.saved')} <a href="/my/saved-searches">{t('nav.savedSearches')}</a>
          </p>
        )}
      </form>
    </details>
  );
}
