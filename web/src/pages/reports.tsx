import { useLocation } from 'preact-iso';
import { endpoints } from '../api/endpoints.ts';
import { useApi } from '../api/use-api.ts';
import { Loaded } from '../components/load-state.tsx';
import { useFormat } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { lastYear, reportPagePath } from '../reports/report-paths.ts';
import { ReportStatus } from '../reports/report-status.tsx';
import { useTaxonomy } from '../taxonomy/taxonomy.tsx';

/** The annual reports of a year: every region's for the ministry (who submitted, who is late), one's own for a region officer. */
export function ReportsPage() {
  const { t } = useI18n();
  const format = useFormat();
  const { regionLabel } = useTaxonomy();
  const location = useLocation();
  const year = Number(location.query.year) || lastYear();
  const list = useApi(endpoints.reports.list(year));
  const years = Array.from({ length: 6 }, (_, i) => lastYear() + 1 - i);

  return (
    <section class="reports">
      <h1>{t('reports.title')}</h1>
      <p class="hint">{t('reports.intro')}</p>
      <label>
        {t('reports.year')}{' '}
        <select name="year" value={String(year)} onChange={(event) => location.route(`/reports?year=${(event.currentTarget as HTMLSelectElement).value}`)}>
          {years.map((option) => (
            <option value={String(option)}>{String(option)}</option>
          ))}
        </select>
      </label>
      <Loaded resource={list}>
        {(data) => (
          <table class="report-list" data-state="ready">
            <thead>
              <tr>
                <th scope="col">{t('reports.report')}</th>
                <th scope="col">{t('reports.statusHeading')}</th>
                <th scope="col">{t('reports.due')}</th>
                <th scope="col">{t('reports.submittedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {data.reports.map((row) => (
                <tr data-region={row.regionCode ?? 'national'}>
                  <th scope="row">
                    <a href={reportPagePath(row.regionCode, year)}>{row.regionCode ? regionLabel(row.regionCode) : t('reports.national')}</a>
                  </th>
                  <td>
                    <ReportStatus status={row.status} isLate={row.isLate} />
                  </td>
                  <td>{format.date(row.dueOn)}</td>
                  <td>{row.submittedAt ? format.dateTime(row.submittedAt) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Loaded>
    </section>
  );
}
