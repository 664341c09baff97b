import { useI18n } from '../i18n/i18n.tsx';
import { useTaxonomy } from '../taxonomy/taxonomy.tsx';
import { CodeChecklist } from './code-checklist.tsx';
import { SelectField } from './form.tsx';

/** Sectors, research fields and capabilities: the codes every lab and need is described by. */
export function ClassificationFields(props: {
  sectors: string[];
  researchFields: string[];
  capabilities: string[];
  onChange: (change: { sectors?: string[]; researchFields?: string[]; capabilities?: string[] }) => void;
  errors: { sectors?: string | undefined; capabilities?: string | undefined };
}) {
  const { t, locale } = useI18n();
  const { taxonomy } = useTaxonomy();
  if (!taxonomy) return null;
  return (
    <>
      <CodeChecklist
        legend={t('facet.sectors')}
        name="sectors"
        options={taxonomy.sectors.map((sector) => ({ code: sector.code, label: `${sector.code} · ${sector.labels[locale]}` }))}
        value={props.sectors}
        onChange={(sectors) => props.onChange({ sectors })}
      />
      {props.errors.sectors && <small class="error">{props.errors.sectors}</small>}
      <CodeChecklist
        legend={t('facet.researchFields')}
        name="researchFields"
        options={taxonomy.researchFields.map((field) => ({ code: field.code, label: `${field.code} ${field.labels[locale]}` }))}
        value={props.researchFields}
        onChange={(researchFields) => props.onChange({ researchFields })}
        filterLabel={t('lab.filterFields')}
        limit={10}
      />
      <CodeChecklist
        legend={t('facet.capabilities')}
        name="capabilities"
        options={taxonomy.capabilities.map((capability) => ({ code: capability.code, label: capability.labels[locale] }))}
        value={props.capabilities}
        onChange={(capabilities) => props.onChange({ capabilities })}
        filterLabel={t('lab.filterCapabilities')}
        limit={12}
      />
      {props.errors.capabilities && <small class="error">{props.errors.capabilities}</small>}
    </>
  );
}

/** A TRL from 1 to 9. */
export function TrlSelect(props: { label: string; name: string; value: number; onChange: (trl: number) => void; error?: string | undefined }) {
  return (
    <SelectField
      label={props.label}
      name={props.name}
      value={String(props.value)}
      error={props.error}
      onChange={(event) => props.onChange(Number(event.currentTarget.value))}
    >
      {[1, 2, 3, 4, 5, 6, 7, 8, 9].map((trl) => (
        <option value={String(trl)}>{trl}</option>
      ))}
    </SelectField>
  );
}
