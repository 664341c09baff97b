import { useQueryState } from '../../analytics/filters.ts';
import { chosenIndicator, figureOf, presentIndicators } from '../../analytics/indicators.ts';
import { endpoints } from '../../api/endpoints.ts';
import { useApi } from '../../api/use-api.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useFormat, type Interval } from '../../i18n/format.ts';
import { ChartFigure } from '../chart-figure.tsx';
import { SelectField } from '../form.tsx';
import { ErrorNotice } from '../load-state.tsx';
import { IndicatorSelect } from './indicator-select.tsx';

const intervals: Interval[] = ['month', 'quarter', 'year'];
const isInterval = (value: string | undefined): value is Interval => intervals.includes(value as Interval);

/** One indicator per month, quarter or year of the period; interval and indicator live in the address too. */
export function TimeseriesSection({ filterQuery }: { filterQuery: string | undefined }) {
  const { t, locale } = useI18n();
  const format = useFormat();
  const { query, set } = useQueryState();
  const interval: Interval = isInterval(query.interval) ? query.interval : 'quarter';
  const source = filterQuery === undefined ? undefined : `interval=${interval}${filterQuery && `&${filterQuery}`}`;
  const { data, error, retry } = useApi(source === undefined ? undefined : endpoints.analytics.timeseries(source));
  const present = presentIndicators(data?.rows.map((row) => row.values) ?? []);
  const indicator = chosenIndicator(present, query.ts);
  const figure =
    data &&
    figureOf(
      data.rows.map((row) => ({ key: row.start, values: row.values })),
      indicator,
      locale,
      t('timeseries.period'),
      (start) => format.bucket(start, interval),
    );

  return (
    <section class="dashboard-section" aria-labelledby="timeseries-heading">
      <h2 id="timeseries-heading">{t('timeseries.heading')}</h2>
      <ChartFigure
        name="timeseries"
        title={indicator ? `${indicator.labels[locale]} · ${t(`interval.${interval}`)}` : t('timeseries.heading')}
        data={figure}
        failed={error && <ErrorNotice error={error} onRetry={retry} />}
        kind={interval === 'year' ? 'bar' : 'line'}
        source={source}
        controls={
          <>
            <SelectField label={t('timeseries.interval')} name="interval" value={interval} onChange={(event) => set({ interval: event.currentTarget.value })}>
              {intervals.map((option) => (
                <option value={option}>{t(`interval.${option}`)}</option>
              ))}
            </SelectField>
            <IndicatorSelect name="ts" present={present} value={indicator?.code} onChange={(ts) => set({ ts })} />
          </>
        }
      />
    </section>
  );
}
