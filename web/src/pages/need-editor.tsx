import { useEffect, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { locales, needStatuses, type Need } from '@kopir/shared';
import { send } from '../api/client.ts';
import { endpoints } from '../api/endpoints.ts';
import { useApi } from '../api/use-api.ts';
import { ClassificationFields, TrlSelect } from '../components/catalogue-fields.tsx';
import { ListingStatsPanel } from '../components/listing-stats-panel.tsx';
import { MatchList } from '../components/match-list.tsx';
import { CapabilitySuggestions } from '../components/capability-suggestions.tsx';
import { useEditorGate } from '../components/editor-gate.tsx';
import { FormError, SelectField, TextField, useFieldError } from '../components/form.tsx';
import { Loaded } from '../components/load-state.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useSession } from '../session/session.tsx';
import { useTaxonomy } from '../taxonomy/taxonomy.tsx';

type Draft = Pick<
  Need,
  | 'title'
  | 'description'
  | 'sectors'
  | 'capabilities'
  | 'researchFields'
  | 'trlTarget'
  | 'budgetMinKzt'
  | 'budgetMaxKzt'
  | 'deadlineOn'
  | 'visibility'
  | 'status'
>;
const emptyDraft: Draft = {
  title: '',
  description: {},
  sectors: [],
  capabilities: [],
  researchFields: [],
  trlTarget: 5,
  budgetMinKzt: null,
  budgetMaxKzt: null,
  deadlineOn: null,
  visibility: 'public',
  status: 'open',
};
const tenge = (value: string) => (value.trim() === '' ? null : Number(value.replace(/\s/g, '')));

/** Create or edit an R&D need, with a confidential switch that shows exactly what stays public. */
export function NeedEditorPage() {
  const { t, locale: readerLocale } = useI18n();
  const fieldError = useFieldError();
  const { sectorLabel, regionLabel } = useTaxonomy();
  const session = useSession();
  const { params } = useRoute();
  const { route } = useLocation();
  const id = params.id;
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [problem, setProblem] = useState<unknown>();
  const [saved, setSaved] = useState(false);
  const regionCode = session.state.status === 'signed-in' ? session.state.me.organisation?.regionCode : undefined;

  const existing = useApi(id ? endpoints.need(id) : undefined);
  useEffect(() => {
    // One's own need is always in full; a restricted view has nothing to edit.
    if (!existing.data || 'restricted' in existing.data) return;
    // The editable fields only: what the server keeps (id, organisation, dates, version) is not sent back.
    const { id: _id, organisation: _o, publishedAt: _p, version: _v, updatedAt: _u, closedReason: _c, ...need } = existing.data;
    setDraft(need);
  }, [existing.data]);
  const change = (part: Partial<Draft>) => setDraft({ ...draft, ...part });
  // A need its deadline closed reopens with a new deadline (as the server does when no status is
  // sent): the status shown follows, and the company can still choose otherwise before saving.
  const closedByDeadline = existing.data !== undefined && 'closedReason' in existing.data && existing.data.closedReason === 'deadline';
  const changeDeadline = (deadlineOn: string | null) => change({ deadlineOn, ...(closedByDeadline && deadlineOn && { status: 'open' as const }) });

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setProblem(undefined);
    setSaved(false);
    const { status, ...fields } = draft;
    try {
      const need = await send(id ? endpoints.updateNeed(id, draft) : endpoints.createNeed(fields));
      setSaved(true);
      if (id) existing.replace(need);
      if (!id) route(`/my/needs/${need.id}`);
    } catch (error) {
      setProblem(error);
    }
  };

  const gate = useEditorGate('needs', id ? 'need.heading.edit' : 'need.heading.new');
  if (gate) return gate;
  if (id && !existing.data) {
    return (
      <section class="narrow editor">
        <h1>{t('need.heading.edit')}</h1>
        <Loaded resource={existing}>{() => null}</Loaded>
      </section>
    );
  }
  return (
    <section class="narrow editor">
      <h1>{t(id ? 'need.heading.edit' : 'need.heading.new')}</h1>
      {closedByDeadline && (
        <p class="card stale-notice" role="note">
          {t('need.closedByDeadline')}
        </p>
      )}
      <form noValidate onSubmit={submit}>
        <TextField
          label={t('need.title')}
          name="title"
          value={draft.title}
          onInput={(event) => change({ title: event.currentTarget.value })}
          error={fieldError(problem, 'body.title')}
        />
        {locales.map((locale) => (
          <label class="field">
            <span>{t(`lab.description${locale[0]!.toUpperCase()}${locale[1]}` as 'lab.descriptionKk')}</span>
            <textarea
              name={`description_${locale}`}
              lang={locale}
              rows={4}
              value={draft.description[locale] ?? ''}
              onInput={(event) => change({ description: { ...draft.description, [locale]: event.currentTarget.value.trim() || undefined } })}
            />
          </label>
        ))}
        {fieldError(problem, 'body.description') && <small class="error">{fieldError(problem, 'body.description')}</small>}
        <CapabilitySuggestions
          text={[draft.title, ...Object.values(draft.description)].join(' ')}
          chosen={draft.capabilities}
          onAccept={(code) => change({ capabilities: [...draft.capabilities, code] })}
        />
        <ClassificationFields
          sectors={draft.sectors}
          researchFields={draft.researchFields}
          capabilities={draft.capabilities}
          onChange={change}
          errors={{ sectors: fieldError(problem, 'body.sectors'), capabilities: fieldError(problem, 'body.capabilities') }}
        />
        <div class="row">
          <TrlSelect label={t('need.trlTarget')} name="trlTarget" value={draft.trlTarget} onChange={(trlTarget) => change({ trlTarget })} />
          <TextField
            label={t('need.budgetMin')}
            name="budgetMinKzt"
            inputMode="numeric"
            value={draft.budgetMinKzt ?? ''}
            onInput={(event) => change({ budgetMinKzt: tenge(event.currentTarget.value) })}
            error={fieldError(problem, 'body.budgetMinKzt')}
          />
          <TextField
            label={t('need.budgetMax')}
            name="budgetMaxKzt"
            inputMode="numeric"
            value={draft.budgetMaxKzt ?? ''}
            onInput={(event) => change({ budgetMaxKzt: tenge(event.currentTarget.value) })}
            error={fieldError(problem, 'body.budgetMaxKzt')}
          />
        </div>
        <TextField
          label={t('need.deadline')}
          name="deadlineOn"
          type="date"
          value={draft.deadlineOn ?? ''}
          onInput={(event) => changeDeadline(event.currentTarget.value || null)}
          error={fieldError(problem, 'body.deadlineOn')}
        />
        <label class="choice confidential-switch">
          <input
            type="checkbox"
            name="confidential"
            checked={draft.visibility === 'confidential'}
            onChange={(event) => change({ visibility: event.currentTarget.checked ? 'confidential' : 'public' })}
          />
          {t('need.confidential')}
        </label>
        {draft.visibility === 'confidential' && (
          <aside class="card public-preview" aria-label={t('need.publicPreview')}>
            <h2>{t('need.publicPreview')}</h2>
            <p>
              <strong>{draft.title}</strong>
            </p>
            <p>
              {draft.sectors.map(sectorLabel).join(', ')}
              {regionCode && ` · ${regionLabel(regionCode)}`}
            </p>
            <p class="hint">{t('need.publicPreviewNote')}</p>
          </aside>
        )}
        {id && (
          <SelectField
            label={t('need.status')}
            name="status"
            value={draft.status}
            onChange={(event) => change({ status: event.currentTarget.value as Draft['status'] })}
          >
            {needStatuses.map((status) => (
              <option value={status}>{t(`status.${status}`)}</option>
            ))}
          </SelectField>
        )}
        <FormError problem={problem} />
        <button type="submit" class="primary">
          {t('catalogue.save')}
        </button>
        {saved && <p role="status">{t('catalogue.saved')}</p>}
        <span hidden>{readerLocale}</span>
      </form>
      {id && <ListingStatsPanel kind="need" id={id} />}
      {id && <MatchList kind="need" id={id} />}
    </section>
  );
}
