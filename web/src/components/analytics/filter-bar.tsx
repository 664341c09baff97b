import type { Filters, FilterName } from '../../analytics/filters.ts';
import { useI18n, type MessageKey } from '../../i18n/i18n.tsx';
import { useTaxonomy } from '../../taxonomy/taxonomy.tsx';
import { SelectField, TextField } from '../form.tsx';

interface Props {
  filters: Filters;
  onChange: (changes: Partial<Record<FilterName, string | undefined>>) => void;
  /** A region officer's own region: shown, but not changeable (the API would refuse another). */
  lockedRegion?: string | undefined;
}

type Option = { code: string; label: string };

/** One "all or one" choice of the filter bar. */
function Choice(props: {
  name: FilterName;
  label: MessageKey;
  all: MessageKey;
  options: Option[];
  value: string | undefined;
  onChange: Props['onChange'];
  disabled?: boolean;
}) {
  const { t } = useI18n();
  return (
    <SelectField
      label={t(props.label)}
      name={props.name}
      value={props.value ?? ''}
      disabled={props.disabled}
      onChange={(event) => props.onChange({ [props.name]: event.currentTarget.value || undefined })}
    >
      <option value="">{t(props.all)}</option>
      {props.options.map((option) => (
        <option value={option.code}>{option.label}</option>
      ))}
    </SelectField>
  );
}

/** Period, region, sector, research field, territory and priority area; every change goes to the address. */
export function FilterBar({ filters, onChange, lockedRegion }: Props) {
  const { t, locale } = useI18n();
  const { taxonomy } = useTaxonomy();
  const options = (list: { code: string; labels: Record<'kk' | 'ru' | 'en', string> }[] | undefined, withCode = false): Option[] =>
    (list ?? []).map((entry) => ({ code: entry.code, label: withCode ? `${entry.code} · ${entry.labels[locale]}` : entry.labels[locale] }));
  const anySet = Object.entries(filters).some(([name, value]) => value && !(lockedRegion && name === 'region'));
  return (
    <fieldset class="filter-bar">
      <legend>{t('filters.heading')}</legend>
      <div class="filter-grid">
        {/* `change`, not `input`: a half-typed date would otherwise ask the API at every keystroke. */}
        <TextField
          label={t('filters.from')}
          name="from"
          type="date"
          value={filters.from ?? ''}
          max={filters.to}
          onChange={(event) => onChange({ from: event.currentTarget.value || undefined })}
        />
        <TextField
          label={t('filters.to')}
          name="to"
          type="date"
          value={filters.to ?? ''}
          min={filters.from}
          onChange={(event) => onChange({ to: event.currentTarget.value || undefined })}
        />
        <Choice
          name="region"
          label="filters.region"
          all="filters.allRegions"
          options={options(taxonomy?.regions)}
          value={lockedRegion ?? filters.region}
          onChange={onChange}
          disabled={lockedRegion !== undefined}
        />
        <Choice
          name="priority"
          label="filters.priority"
          all="filters.allPriorities"
          options={options(taxonomy?.priorityAreas)}
          value={filters.priority}
          onChange={onChange}
        />
        <Choice
          name="sector"
          label="filters.sector"
          all="filters.allSectors"
          options={options(taxonomy?.sectors, true)}
          value={filters.sector}
          onChange={onChange}
        />
        <Choice
          name="field"
          label="filters.field"
          all="filters.allFields"
          options={options(taxonomy?.researchFields, true)}
          value={filters.field}
          onChange={onChange}
        />
        <Choice
          name="territory"
          label="filters.territory"
          all="filters.allTerritories"
          options={options(taxonomy?.territories)}
          value={filters.territory}
          onChange={onChange}
        />
      </div>
      {lockedRegion && <p class="hint">{t('filters.regionLocked')}</p>}
      {anySet && (
        <button
          type="button"
          class="filter-reset"
          onClick={() =>
            onChange({ from: undefined, to: undefined, region: undefined, sector: undefined, field: undefined, territory: undefined, priority: undefined })
          }
        >
          {t('filters.reset')}
        </button>
      )}
    </fieldset>
  );
}
