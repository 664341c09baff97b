import { endpoints } from '../api/endpoints.ts';
import { useApi } from '../api/use-api.ts';
import { useFormat } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { reportPagePath } from '../reports/report-paths.ts';
import { Loaded } from './load-state.tsx';

/** The published national reports, listed on the open-data page under the indicators, with their page and downloads. */
export function PublishedReports() {
  const { t, locale } = useI18n();
  const format = useFormat();
  const published = useApi(endpoints.publishedReports());
  return (
    <section class="published-reports">
      <h2>{t('reports.published.title')}</h2>
      <Loaded resource={published} empty={t('reports.published.none')} isEmpty={(data) => data.reports.length === 0}>
        {(data) => (
          <ul>
            {data.reports.map((report) => (
              <li data-year={report.year}>
                <a href={reportPagePath(null, report.year)}>{t('reports.nationalTitle', { year: String(report.year) })}</a>
                {report.publishedAt && ` · ${t('reports.published.on', { date: format.dateTime(report.publishedAt) })}`} ·{' '}
                {/* Published reports are public, so plain links download them. */}
                <a href={endpoints.reports.fileUrl(null, report.year, 'csv', locale)} download>
                  CSV
                </a>{' '}
                ·{' '}
                <a href={endpoints.reports.fileUrl(null, report.year, 'json', locale)} download>
                  JSON
                </a>
              </li>
            ))}
          </ul>
        )}
      </Loaded>
    </section>
  );
}
