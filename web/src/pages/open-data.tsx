import type { IndicatorValues } from '@kopir/shared';
import { useKeyLabel } from '../analytics/dimension-labels.ts';
import { useQueryState } from '../analytics/filters.ts';
import { chosenIndicator, figureOf, presentIndicators } from '../analytics/indicators.ts';
import { endpoints } from '../api/endpoints.ts';
import { useApi } from '../api/use-api.ts';
import { IndicatorSelect } from '../components/analytics/indicator-select.tsx';
import { RegionTileMap } from '../components/analytics/region-tile-map.tsx';
import { SummaryCards } from '../components/analytics/summary-cards.tsx';
import { ChartFigure } from '../components/chart-figure.tsx';
import { SelectField } from '../components/form.tsx';
import { Loaded } from '../components/load-state.tsx';
import { PublishedReports } from '../components/published-reports.tsx';
import { useI18n } from '../i18n/i18n.tsx';

const FIRST_YEAR = 2025;

/** A figure the API withheld: marked as hidden, pointing at the rule that explains why. */
function Suppressed() {
  const { t } = useI18n();
  return (
    <span class="suppressed" aria-describedby="suppression-rule">
      {t('openData.suppressed')}
    </span>
  );
}

/** One published breakdown (by region or by sector): an indicator to choose, its chart and table. */
function PublishedBreakdown(props: { by: 'region' | 'sector'; rows: { key: string; values: IndicatorValues }[]; source: string }) {
  const { t, locale } = useI18n();
  const { query, set } = useQueryState();
  const param = props.by === 'region' ? 'ri' : 'si';
  const labelOf = useKeyLabel(props.by, []);
  const present = presentIndicators(props.rows.map((row) => row.values));
  const indicator = chosenIndicator(present, query[param]);
  const heading = t(props.by === 'region' ? 'openData.byRegion' : 'openData.bySector');
  return (
    <section class="dashboard-section">
      <h2>{heading}</h2>
      <ChartFigure
        name={`open-data-${props.by}`}
        title={indicator ? `${indicator.labels[locale]} · ${heading}` : heading}
        data={figureOf(props.rows, indicator, locale, t(props.by === 'region' ? 'dimension.region' : 'dimension.sector'), labelOf)}
        kind="bar"
        horizontal
        source={props.source}
        missing={<Suppressed />}
        missingLabel={t('openData.suppressed')}
        controls={<IndicatorSelect name={param} present={present} value={indicator?.code} onChange={(code) => set({ [param]: code })} />}
      >
        {props.by === 'region' && indicator && (
          <RegionTileMap
            indicator={indicator}
            values={Object.fromEntries(props.rows.map((row) => [row.key, row.values[indicator.code] ?? null]))}
            missing={<Suppressed />}
          />
        )}
      </ChartFigure>
    </section>
  );
}

/** The published indicators of a year, for anyone: national figures, by region, by sector; small cells hidden. */
export function OpenDataPage() {
  const { t } = useI18n();
  const { query, set } = useQueryState();
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, index) => thisYear - index);
  const year = years.includes(Number(query.year)) ? Number(query.year) : thisYear;
  const source = `year=${year}`;
  const indicators = useApi(endpoints.openIndicators(year));

  return (
    <section class="open-data">
      <h1>{t('openData.heading')}</h1>
      <p class="lead">{t('openData.intro')}</p>
      <SelectField label={t('openData.year')} name="year" value={String(year)} onChange={(event) => set({ year: event.currentTarget.value })}>
        {years.map((option) => (
          <option value={String(option)}>{String(option)}</option>
        ))}
      </SelectField>
      <Loaded resource={indicators}>
        {(data) => (
          <>
            <aside class="suppression-rule" id="suppression-rule">
              <h2>{t('openData.ruleHeading')}</h2>
              <p>{t('openData.rule', { n: data.suppressedBelow })}</p>
            </aside>
            <section class="dashboard-section" data-year={data.year}>
              <h2>{t('openData.national', { year: String(data.year) })}</h2>
              <SummaryCards name="open-data-national" values={data.national} source={source} missing={<Suppressed />} />
            </section>
            <PublishedBreakdown by="region" rows={data.byRegion} source={source} />
            <PublishedBreakdown by="sector" rows={data.bySector} source={source} />
          </>
        )}
      </Loaded>
      <PublishedReports />
    </section>
  );
}
