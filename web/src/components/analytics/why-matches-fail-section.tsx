import { whyMatchesFailIndicators, type IndicatorValues } from '@kopir/shared';
import { useI18n } from '../../i18n/i18n.tsx';
import { ChartFigure } from '../chart-figure.tsx';

/**
 * "Why matches fail": the summary's declines and cancellations by reason, as one bar per reason
 * (with its table and CSV). The same filters as the summary; the bars sum to "Cancelled or declined".
 */
export function WhyMatchesFailSection({ values, source }: { values: IndicatorValues | undefined; source: string | undefined }) {
  const { t, locale } = useI18n();
  const present = whyMatchesFailIndicators.filter((indicator) => values && indicator.code in values);
  const data = values && {
    keyHeading: t('whyFail.reason'),
    rows: present.map((indicator) => ({ key: indicator.code, label: indicator.labels[locale] })),
    columns: [
      { code: 'collaborations', label: t('whyFail.count'), unit: 'count' as const, values: present.map((indicator) => values[indicator.code] ?? null) },
    ],
  };
  const none = values !== undefined && (values.cancelled ?? 0) === 0;
  return (
    <section class="dashboard-section" aria-labelledby="why-fail-heading">
      <h2 id="why-fail-heading">{t('whyFail.heading')}</h2>
      <p class="hint">{t('whyFail.intro')}</p>
      {none ? (
        <p>{t('whyFail.none')}</p>
      ) : (
        <ChartFigure name="why-matches-fail" title={t('whyFail.heading')} data={data} kind="bar" horizontal source={source} />
      )}
    </section>
  );
}
