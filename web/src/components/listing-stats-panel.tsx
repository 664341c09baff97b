import { useState } from 'preact/hooks';
import { listingStatMeasures, type ListingKind, type ListingStatMeasure } from '@kopir/shared';
import { endpoints } from '../api/endpoints.ts';
import { useApi } from '../api/use-api.ts';
import { useFormat } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ChartFigure, type FigureData } from './chart-figure.tsx';
import { SelectField } from './form.tsx';
import { ErrorNotice } from './load-state.tsx';

const periods = [7, 30, 90, 365] as const;
/** What the chart draws over time; the rarer counts (proposals, invitations, questions) are in the totals and the table. */
const charted: readonly ListingStatMeasure[] = ['views', 'searchAppearances', 'matchesShown'];

/**
 * "What happened": for the owners of a lab or a need, its views, search appearances, matches
 * shown, proposals, invitations and questions over the chosen period, as totals and a chart with
 * the same numbers in a table under it.
 */
export function ListingStatsPanel({ kind, id }: { kind: ListingKind; id: string }) {
  const { t } = useI18n();
  const format = useFormat();
  const [days, setDays] = useState<number>(30);
  const stats = useApi(endpoints.listingStats(kind, id, days), { keepPrevious: true });
  const label = (measure: ListingStatMeasure) => t(`stats.measure.${measure}`);
  const data: FigureData | undefined = stats.data && {
    keyHeading: t('stats.day'),
    rows: stats.data.days.map((day) => ({ key: day.day, label: format.date(day.day) })),
    columns: [...charted, ...listingStatMeasures.filter((measure) => !charted.includes(measure))].map((measure) => ({
      code: measure,
      label: label(measure),
      unit: 'count' as const,
      values: stats.data!.days.map((day) => day[measure]),
    })),
  };

  return (
    <section class="card listing-stats" aria-labelledby="listing-stats-heading" data-state={stats.status}>
      <h2 id="listing-stats-heading">{t('stats.heading')}</h2>
      <p class="hint">{t(kind === 'lab' ? 'stats.intro.lab' : 'stats.intro.need')}</p>
      <SelectField label={t('stats.period')} name="statsPeriod" value={String(days)} onChange={(event) => setDays(Number(event.currentTarget.value))}>
        {periods.map((period) => (
          <option value={String(period)}>{t('stats.lastDays', { days: period })}</option>
        ))}
      </SelectField>
      {stats.error && <ErrorNotice error={stats.error} onRetry={stats.retry} />}
      {stats.data && (
        <dl class="stats-totals">
          {listingStatMeasures.map((measure) => (
            <div data-measure={measure}>
              <dt>{label(measure)}</dt>
              <dd>{format.number(stats.data!.totals[measure])}</dd>
            </div>
          ))}
        </dl>
      )}
      <ChartFigure name={`${kind}-stats`} title={t('stats.chartTitle', { days })} data={data} kind="line" />
      <p class="hint">{t('stats.note')}</p>
    </section>
  );
}
