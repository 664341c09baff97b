import { breakdownDimensions, type BreakdownDimension } from '@kopir/shared';
import { dimensionLabels, useKeyLabel } from '../../analytics/dimension-labels.ts';
import { useQueryState } from '../../analytics/filters.ts';
import { chosenIndicator, figureOf, presentIndicators } from '../../analytics/indicators.ts';
import { endpoints } from '../../api/endpoints.ts';
import { useApi } from '../../api/use-api.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ChartFigure } from '../chart-figure.tsx';
import { SelectField } from '../form.tsx';
import { ErrorNotice } from '../load-state.tsx';
import { IndicatorSelect } from './indicator-select.tsx';

const isDimension = (value: string | undefined): value is BreakdownDimension => breakdownDimensions.includes(value as BreakdownDimension);

/** One indicator by sector, research field, organisation, territory or region. */
export function BreakdownSection({ filterQuery }: { filterQuery: string | undefined }) {
  const { t, locale } = useI18n();
  const { query, set } = useQueryState();
  const by: BreakdownDimension = isDimension(query.by) ? query.by : 'sector';
  const source = filterQuery === undefined ? undefined : `by=${by}${filterQuery && `&${filterQuery}`}`;
  const { data, error, retry } = useApi(source === undefined ? undefined : endpoints.analytics.breakdown(source));
  const labelOf = useKeyLabel(by, data?.rows.map((row) => row.key) ?? []);
  const present = presentIndicators(data?.rows.map((row) => row.values) ?? []);
  const indicator = chosenIndicator(present, query.bi);
  const figure = data && figureOf(data.rows, indicator, locale, t(dimensionLabels[by]), labelOf);

  return (
    <section class="dashboard-section" aria-labelledby="breakdown-heading">
      <h2 id="breakdown-heading">{t('breakdown.heading')}</h2>
      <ChartFigure
        name={`breakdown-${by}`}
        title={indicator ? `${indicator.labels[locale]} · ${t(dimensionLabels[by])}` : t('breakdown.heading')}
        data={figure}
        failed={error && <ErrorNotice error={error} onRetry={retry} />}
        kind="bar"
        horizontal
        source={source}
        controls={
          <>
            <SelectField label={t('breakdown.by')} name="by" value={by} onChange={(event) => set({ by: event.currentTarget.value })}>
              {breakdownDimensions.map((dimension) => (
                <option value={dimension}>{t(dimensionLabels[dimension])}</option>
              ))}
            </SelectField>
            <IndicatorSelect name="bi" present={present} value={indicator?.code} onChange={(bi) => set({ bi })} />
          </>
        }
      />
    </section>
  );
}
