import { useEffect, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { locales, type Lab } from '@kopir/shared';
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
import { localeNames, useI18n } from '../i18n/i18n.tsx';
import { StaleNotice } from '../components/stale-notice.tsx';
import { useTaxonomy } from '../taxonomy/taxonomy.tsx';

type Draft = Omit<Lab, 'id' | 'organisation' | 'version' | 'updatedAt' | 'regionCode' | 'stale' | 'confirmedAt'>;
const emptyDraft: Draft = {
  name: {},
  description: {},
  researchFields: [],
  sectors: [],
  capabilities: [],
  keywords: [],
  equipment: [],
  trlMin: 3,
  trlMax: 6,
  teamSize: null,
  languages: [],
  territoryCode: null,
  contactName: null,
  contactEmail: null,
  status: 'active',
};
const blankToUndefined = (text: string) => text.trim() || undefined;

/** Create or edit a lab profile: texts in one to three languages, codes from the taxonomy, TRL range. */
export function LabEditorPage() {
  const { t, locale: readerLocale } = useI18n();
  const fieldError = useFieldError();
  const { taxonomy } = useTaxonomy();
  const { params } = useRoute();
  const { route } = useLocation();
  const id = params.id;
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [problem, setProblem] = useState<unknown>();
  const [saved, setSaved] = useState(false);

  const existing = useApi(id ? endpoints.lab(id) : undefined);
  useEffect(() => {
    if (!existing.data) return;
    // The editable fields only: what the server keeps (id, organisation, version …) is not sent back.
    const { id: _id, organisation: _o, version: _v, updatedAt: _u, regionCode: _r, stale: _s, confirmedAt: _c, ...lab } = existing.data;
    setDraft(lab);
  }, [existing.data]);
  const change = (part: Partial<Draft>) => setDraft({ ...draft, ...part });
  const text = (field: 'name' | 'description', locale: 'kk' | 'ru' | 'en', value: string) =>
    change({ [field]: { ...draft[field], [locale]: blankToUndefined(value) } });

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setProblem(undefined);
    setSaved(false);
    try {
      const lab = await send(id ? endpoints.updateLab(id, draft) : endpoints.createLab(draft));
      setSaved(true);
      // An edit makes a stale lab current: the notice goes with the answer.
      if (id) existing.replace(lab);
      if (!id) route(`/my/labs/${lab.id}`);
    } catch (error) {
      setProblem(error);
    }
  };

  const gate = useEditorGate('labs', id ? 'lab.heading.edit' : 'lab.heading.new');
  if (gate) return gate;
  if (id && !existing.data) {
    return (
      <section class="narrow editor">
        <h1>{t('lab.heading.edit')}</h1>
        <Loaded resource={existing}>{() => null}</Loaded>
      </section>
    );
  }
  return (
    <section class="narrow editor">
      <h1>{t(id ? 'lab.heading.edit' : 'lab.heading.new')}</h1>
      {existing.data?.stale && <StaleNotice lab={existing.data} onConfirmed={existing.replace} />}
      <form noValidate onSubmit={submit}>
        {locales.map((locale) => (
          <TextField
            label={t(`lab.name${locale[0]!.toUpperCase()}${locale[1]}` as 'lab.nameKk')}
            name={`name_${locale}`}
            lang={locale}
            value={draft.name[locale] ?? ''}
            onInput={(event) => text('name', locale, event.currentTarget.value)}
          />
        ))}
        {fieldError(problem, 'body.name') && <small class="error">{fieldError(problem, 'body.name')}</small>}
        {locales.map((locale) => (
          <label class="field">
            <span>{t(`lab.description${locale[0]!.toUpperCase()}${locale[1]}` as 'lab.descriptionKk')}</span>
            <textarea
              name={`description_${locale}`}
              lang={locale}
              rows={4}
              value={draft.description[locale] ?? ''}
              onInput={(event) => text('description', locale, event.currentTarget.value)}
            />
          </label>
        ))}
        {fieldError(problem, 'body.description') && <small class="error">{fieldError(problem, 'body.description')}</small>}
        <CapabilitySuggestions
          text={[...Object.values(draft.name), ...Object.values(draft.description), ...draft.keywords].join(' ')}
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
        <TextField
          label={t('lab.keywords')}
          name="keywords"
          value={draft.keywords.join(', ')}
          onChange={(event) =>
            change({
              keywords: event.currentTarget.value
                .split(',')
                .map((word) => word.trim())
                .filter(Boolean),
            })
          }
        />
        <label class="field">
          <span>{t('lab.equipment')}</span>
          <textarea
            name="equipment"
            rows={3}
            value={draft.equipment.join('\n')}
            onChange={(event) =>
              change({
                equipment: event.currentTarget.value
                  .split('\n')
                  .map((line) => line.trim())
                  .filter(Boolean),
              })
            }
          />
        </label>
        <div class="row">
          <TrlSelect label={t('lab.trlMin')} name="trlMin" value={draft.trlMin} onChange={(trlMin) => change({ trlMin })} />
          <TrlSelect
            label={t('lab.trlMax')}
            name="trlMax"
            value={draft.trlMax}
            onChange={(trlMax) => change({ trlMax })}
            error={fieldError(problem, 'body.trlMax')}
          />
          <TextField
            label={t('lab.teamSize')}
            name="teamSize"
            type="number"
            min={1}
            value={draft.teamSize ?? ''}
            onInput={(event) => change({ teamSize: event.currentTarget.value ? Number(event.currentTarget.value) : null })}
          />
        </div>
        <fieldset>
          <legend>{t('lab.languages')}</legend>
          {locales.map((locale) => (
            <label class="choice">
              <input
                type="checkbox"
                checked={draft.languages.includes(locale)}
                onChange={(event) =>
                  change({ languages: event.currentTarget.checked ? [...draft.languages, locale] : draft.languages.filter((l) => l !== locale) })
                }
              />
              {localeNames[locale]}
            </label>
          ))}
        </fieldset>
        <SelectField
          label={t('lab.territory')}
          name="territoryCode"
          value={draft.territoryCode ?? ''}
          onChange={(event) => change({ territoryCode: event.currentTarget.value || null })}
        >
          <option value="">{t('lab.noTerritory')}</option>
          {taxonomy?.territories.map((territory) => (
            <option value={territory.code}>{territory.labels[readerLocale]}</option>
          ))}
        </SelectField>
        <TextField
          label={t('lab.contactName')}
          name="contactName"
          value={draft.contactName ?? ''}
          onInput={(event) => change({ contactName: blankToUndefined(event.currentTarget.value) ?? null })}
        />
        <TextField
          label={t('field.contactEmail')}
          name="contactEmail"
          type="email"
          value={draft.contactEmail ?? ''}
          onInput={(event) => change({ contactEmail: blankToUndefined(event.currentTarget.value) ?? null })}
          error={fieldError(problem, 'body.contactEmail')}
        />
        <SelectField
          label={t('lab.status')}
          name="status"
          value={draft.status}
          onChange={(event) => change({ status: event.currentTarget.value as Draft['status'] })}
        >
          <option value="active">{t('status.active')}</option>
          <option value="hidden">{t('status.hidden')}</option>
        </SelectField>
        <FormError problem={problem} />
        <button type="submit" class="primary">
          {t('catalogue.save')}
        </button>
        {saved && <p role="status">{t('catalogue.saved')}</p>}
      </form>
      {id && <ListingStatsPanel kind="lab" id={id} />}
      {id && <MatchList kind="lab" id={id} />}
    </section>
  );
}
