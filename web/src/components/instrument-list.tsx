import type { InstrumentPriceUnit } from '@kopir/shared';
import { useFormat } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';

/** An instrument's price in the reader's language: "25 000 ₸ per hour", or "by agreement". */
export function usePrice() {
  const { t } = useI18n();
  const format = useFormat();
  return (priceKzt: number | null, unit: InstrumentPriceUnit) =>
    priceKzt === null
      ? t('equipment.priceByAgreement')
      : t(unit === 'hour' ? 'equipment.pricePerHour' : 'equipment.pricePerSample', { price: format.number(priceKzt) });
}
