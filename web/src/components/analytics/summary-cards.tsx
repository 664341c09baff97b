import type { ComponentChildren } from 'preact';
import type { IndicatorValues } from '@kopir/shared';
import { csvFileName, downloadCsv } from '../../analytics/csv.ts';
import { presentIndicators } from '../../analytics/indicators.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useFormat } from '../../i18n/format.ts';

/**
 * Every indicator of a summary as a card (whatever the API defines today), and the same figures
 * as CSV. `missing` is how a null reads: "no data" by default, "hidden" in open data.
 */
export function SummaryCards({
  name = 'summary',
  values,
  source,
  missing,
}: {
  name?: string;
  values: IndicatorValues;
  source: string;
  missing?: ComponentChildren;
}) {
  const { t, locale } = useI18n();
  const format = useFormat();
  // The reasons of declines and cancellations have their own chart (why-matches-fail-section.tsx); the CSV keeps them.
  const all = presentIndicators([values]);
  const present = all.filter((indicator) => !indicator.closingReason);
  const download = () =>
    downloadCsv(csvFileName(name, source), [
      [t('figure.code'), t('figure.indicator'), t('figure.value')],
      ...all.map((indicator) => [indicator.code, indicator.labels[locale], values[indicator.code] ?? null]),
    ]);
  return (
    <>
      <dl class="indicator-cards" data-cards={name}>
        {present.map((indicator) => {
          const value = values[indicator.code] ?? null;
          return (
            <div class="indicator-card" data-code={indicator.code} data-value={value ?? ''}>
              <dt>{indicator.labels[locale]}</dt>
              <dd>{value === null ? (missing ?? <span title={t('figure.noValue')}>—</span>) : format.value(indicator.unit, value)}</dd>
            </div>
          );
        })}
      </dl>
      <button type="button" class="download" onClick={download}>
        {t('figure.download')}
      </button>
    </>
  );
}
