import { publishedReportListSchema } from '@kopir/shared';
import { useGet } from '../analytics/use-get.ts';
import { useFormat } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { reportApiPath, reportPagePath } from '../reports/report-paths.ts';
import { kazakhstanTime } from '../reports/timestamp.ts';

/** The published national reports, listed on the open-data page under the indicators, with their page and downloads. */
export function PublishedReports() {
  const { t } = useI18n();
  const format = useFormat();
  const { data } = useGet('/api/v1/public/reports', publishedReportListSchema);
  if (!data) return null;
  return (
    <section class="published-reports">
      <h2>{t('reports.published.title')}</h2>
      {data.reports.length === 0 && <p class="hint">{t('reports.published.none')}</p>}
      <ul>
        {data.reports.map((report) => (
          <li data-year={report.year}>
            <a href={reportPagePath(null, report.year)}>{t('reports.nationalTitle', { year: String(report.year) })}</a>
            {report.publishedAt && ` · ${t('reports.published.on', { date: kazakhstanTime(report.publishedAt, format.date) })}`} ·{' '}
            {/* Published reports are public, so plain links download them. */}
            <a href={`${reportApiPath(null, report.year)}/download?format=csv`} download>
              CSV
            </a>{' '}
            ·{' '}
            <a href={`${reportApiPath(null, report.year)}/download?format=json`} download>
              JSON
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
