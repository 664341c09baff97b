import { regions, type RegionCode } from '@kopir/shared';
import { useI18n } from '../i18n/i18n.tsx';
import { SelectField } from './form.tsx';

/** The 20 regions of Kazakhstan, named in the reader's language. */
export function RegionSelect(props: { value: string; onChange: (code: RegionCode) => void; error?: string | undefined; name?: string }) {
  const { t, locale } = useI18n();
  return (
    <SelectField
      label={t('field.region')}
      name={props.name ?? 'regionCode'}
      value={props.value}
      error={props.error}
      required
      onChange={(event) => props.onChange(event.currentTarget.value as RegionCode)}
    >
      <option value="" disabled>
        {t('field.chooseRegion')}
      </option>
      {regions.map((region) => (
        <option value={region.code}>{region.labels[locale]}</option>
      ))}
    </SelectField>
  );
}
