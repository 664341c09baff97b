import { indicators, pickText, type ReportFigures } from '@kopir/shared';
import { figureOf } from '../analytics/indicators.ts';
import { ChartFigure } from '../components/chart-figure.tsx';
import { useFormat } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useTaxonomy } from '../taxonomy/taxonomy.tsx';

/**
 * Every indicator of the report beside the year before, the contracts by sector as a chart with its table, and (in the
 * internal view only) the largest contracts.
 */
export function ReportFiguresView({ figures }: { figures: ReportFigures }) {
  const { t, locale } = useI18n();
  const format = useFormat();
  const { sectorLabel, regionLabel } = useTaxonomy();
  const present = indicators.filter((indicator) => indicator.code in figures.values);
  const contracted = indicators.find((indicator) => indicator.code === 'contracted');
  // On the public national report a null is a figure withheld by disclosure control, not a zero or a gap.
  const missing = figures.disclosureControlled ? (
    <span class="suppressed" aria-describedby="withheld-note">
      {t('reports.withheld')}
    </span>
  ) : undefined;
  const show = (unit: (typeof present)[number]['unit'], value: number | null | undefined) => (value == null ? (missing ?? '—') : format.value(unit, value));
  const top = figures.topCollaborations ?? [];

  return (
    <>
      <table class="report-figures">
        <caption>{t('reports.figures')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reports.indicator')}</th>
            <th scope="col">{String(figures.year)}</th>
            <th scope="col">{String(figures.year - 1)}</th>
          </tr>
        </thead>
        <tbody>
          {present.map((indicator) => (
            <tr data-code={indicator.code}>
              <th scope="row">{indicator.labels[locale]}</th>
              <td data-value={figures.values[indicator.code] ?? ''}>{show(indicator.unit, figures.values[indicator.code])}</td>
              <td>{show(indicator.unit, figures.previousYear[indicator.code])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {figures.disclosureControlled && (
        <p id="withheld-note" class="suppression-rule">
          {t('reports.withheldNote')}
        </p>
      )}
      <ChartFigure
        name="report-sectors"
        title={t('reports.bySector')}
        kind="bar"
        horizontal
        data={figureOf(figures.bySector, contracted, locale, t('dimension.sector'), (key) => (key === 'none' ? t('reports.noSector') : sectorLabel(key)))}
        missing={missing}
      />
      {figures.topCollaborations && (
        <table class="report-top">
          <caption>{t('reports.topCollaborations')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reports.lab')}</th>
              <th scope="col">{t('reports.company')}</th>
              <th scope="col">{t('reports.need')}</th>
              <th scope="col">{t('reports.budget')}</th>
              <th scope="col">{t('reports.contractedOn')}</th>
            </tr>
          </thead>
          <tbody>
            {top.map((collaboration) => (
              <tr>
                <td>
                  {pickText(collaboration.labName, locale)} · {pickText(collaboration.universityName, locale)}
                  {figures.regionCode === null && ` · ${regionLabel(collaboration.regionCode)}`}
                </td>
                <td>{pickText(collaboration.companyName, locale)}</td>
                <td>{collaboration.needTitle ?? <em>{t('reports.confidential')}</em>}</td>
                <td>{collaboration.budgetKzt === null ? '—' : format.value('kzt', collaboration.budgetKzt)}</td>
                <td>{format.date(collaboration.contractedAt.slice(0, 10))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
