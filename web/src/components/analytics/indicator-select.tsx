import type { IndicatorDefinition } from '@kopir/shared';
import { useI18n } from '../../i18n/i18n.tsx';
import { SelectField } from '../form.tsx';

/** Which indicator a chart shows, among those its data carries. */
export function IndicatorSelect(props: { name: string; present: IndicatorDefinition[]; value: string | undefined; onChange: (code: string) => void }) {
  const { t, locale } = useI18n();
  return (
    <SelectField label={t('figure.indicator')} name={props.name} value={props.value ?? ''} onChange={(event) => props.onChange(event.currentTarget.value)}>
      {props.present.map((indicator) => (
        <option value={indicator.code}>{indicator.labels[locale]}</option>
      ))}
    </SelectField>
  );
}
