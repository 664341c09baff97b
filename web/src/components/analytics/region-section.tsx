import { useKeyLabel } from '../../analytics/dimension-labels.ts';
import { useQueryState } from '../../analytics/filters.ts';
import { chosenIndicator, figureOf, presentIndicators } from '../../analytics/indicators.ts';
import { endpoints } from '../../api/endpoints.ts';
import { useApi } from '../../api/use-api.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ChartFigure } from '../chart-figure.tsx';
import { ErrorNotice } from '../load-state.tsx';
import { IndicatorSelect } from './indicator-select.tsx';
import { RegionTileMap } from './region-tile-map.tsx';

/** The view by region of Kazakhstan: the tile map, a bar chart and its table, all of one breakdown. */
export function RegionSection({ filterQuery }: { filterQuery: string | undefined }) {
  const { t, locale } = useI18n();
  const { query, set } = useQueryState();
  const source = filterQuery === undefined ? undefined : `by=region${filterQuery && `&${filterQuery}`}`;
  const { data, error, retry } = useApi(source === undefined ? undefined : endpoints.analytics.breakdown(source));
  const labelOf = useKeyLabel('region', []);
  const present = presentIndicators(data?.rows.map((row) => row.values) ?? []);
  const indicator = chosenIndicator(present, query.ri);
  const figure = data && figureOf(data.rows, indicator, locale, t('dimension.region'), labelOf);

  return (
    <section class="dashboard-section" aria-labelledby="regions-heading">
      <h2 id="regions-heading">{t('regions.heading')}</h2>
      <ChartFigure
        name="region"
        title={indicator ? `${indicator.labels[locale]} · ${t('dimension.region')}` : t('regions.heading')}
        data={figure}
        failed={error && <ErrorNotice error={error} onRetry={retry} />}
        kind="bar"
        horizontal
        source={source}
        controls={<IndicatorSelect name="ri" present={present} value={indicator?.code} onChange={(ri) => set({ ri })} />}
      >
        {data && indicator && (
          <RegionTileMap indicator={indicator} values={Object.fromEntries(data.rows.map((row) => [row.key, row.values[indicator.code] ?? null]))} />
        )}
      </ChartFigure>
    </section>
  );
}
