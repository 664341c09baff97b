import { useEffect, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import type { Report } from '@kopir/shared';
import { send } from '../api/client.ts';
import { endpoints } from '../api/endpoints.ts';
import { useApi } from '../api/use-api.ts';
import { FormError } from '../components/form.tsx';
import { Loaded } from '../components/load-state.tsx';
import { useFormat } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ReportFiguresView } from '../reports/report-figures.tsx';
import { ReportStatus } from '../reports/report-status.tsx';
import { useAbilities } from '../session/session.tsx';
import { useTaxonomy } from '../taxonomy/taxonomy.tsx';

/**
 * One annual report, readable and printable as a page. The region's own officer (or, for the
 * national report, the ministry) writes the narrative and submits or publishes while it is a
 * draft; after that it is frozen, and the page shows its checksum.
 */
export function ReportPage() {
  const { t, locale } = useI18n();
  const format = useFormat();
  const { regionLabel } = useTaxonomy();
  const { params } = useRoute();
  const regionCode = params.region ?? null;
  const year = Number(params.year);
  const loaded = useApi(endpoints.reports.get(regionCode, year));
  const report = loaded.data;
  const [narrative, setNarrative] = useState('');
  const [problem, setProblem] = useState<unknown>();
  const [saved, setSaved] = useState(false);

  useEffect(() => setNarrative(report?.narrative ?? ''), [report]);

  const can = useAbilities();
  const isDraft = report?.status === 'draft' || report?.status === 'not_started';
  // Who writes is the server's rule (GET /me); whether the report is still open is the report's.
  const mayWrite = isDraft && (regionCode ? can?.writeRegionReport === regionCode : can?.publishNationalReport === true);
  const run = async (step: () => Promise<Report>) => {
    try {
      setProblem(undefined);
      const answer = await step();
      loaded.replace(answer);
      setSaved(true);
    } catch (error) {
      setProblem(error);
    }
  };
  const save = () => send(endpoints.reports.saveNarrative(regionCode, year, { narrative }));
  const freeze = async () => {
    await save();
    return send(endpoints.reports.freeze(regionCode, year));
  };
  const confirmFreeze = () => {
    if (window.confirm(t(regionCode ? 'reports.confirmSubmit' : 'reports.confirmPublish'))) void run(freeze);
  };
  const title = regionCode
    ? t('reports.regionTitle', { region: regionLabel(regionCode), year: String(year) })
    : t('reports.nationalTitle', { year: String(year) });

  return (
    <article class="report" data-state={report ? 'ready' : loaded.status}>
      <h1>{title}</h1>
      <FormError problem={problem} />
      <Loaded resource={loaded}>
        {(report) => (
          <>
            <p class="report-meta">
              <ReportStatus status={report.status} isLate={report.isLate} /> {t('reports.dueOn', { date: format.date(report.dueOn) })}
              {report.submittedAt && ` · ${t('reports.submittedOn', { date: format.dateTime(report.submittedAt) })}`}
              {isDraft && ` · ${t('reports.liveAsOf', { date: format.dateTime(report.figures.asOf) })}`}
            </p>
            {report.checksum && (
              <p class="checksum">
                {t('reports.checksum')} <code data-checksum>{report.checksum}</code>
              </p>
            )}
            {report.figures.consolidates && (
              <p class="hint" data-consolidates={report.figures.consolidates.join(',')}>
                {t('reports.consolidates', { count: report.figures.consolidates.length })}
                {report.figures.missingRegions?.length
                  ? ` ${t('reports.missing', { regions: report.figures.missingRegions.map(regionLabel).join(', ') })}`
                  : ''}
              </p>
            )}
            <section class="narrative">
              <h2 id="narrative-heading">{t('reports.narrative')}</h2>
              {mayWrite ? (
                <>
                  <textarea
                    aria-labelledby="narrative-heading"
                    name="narrative"
                    rows={10}
                    maxLength={20_000}
                    value={narrative}
                    onInput={(event) => {
                      setNarrative((event.currentTarget as HTMLTextAreaElement).value);
                      setSaved(false);
                    }}
                  />
                  <div class="actions no-print">
                    <button type="button" onClick={() => void run(save)}>
                      {t('reports.save')}
                    </button>
                    <button type="button" class="primary" data-action={regionCode ? 'submit' : 'publish'} disabled={!narrative.trim()} onClick={confirmFreeze}>
                      {t(regionCode ? 'reports.submit' : 'reports.publish')}
                    </button>
                    {saved && <span role="status">{t('reports.saved')}</span>}
                  </div>
                </>
              ) : (
                <p class="narrative-text">{report.narrative || <em>{t('reports.noNarrative')}</em>}</p>
              )}
            </section>
            <ReportFiguresView figures={report.figures} />
            <div class="actions no-print">
              <button type="button" onClick={() => void endpoints.reports.download(regionCode, year, 'csv', locale).catch(setProblem)}>
                {t('reports.downloadCsv')}
              </button>
              <button type="button" onClick={() => void endpoints.reports.download(regionCode, year, 'json', locale).catch(setProblem)}>
                {t('reports.downloadJson')}
              </button>
              <button type="button" onClick={() => window.print()}>
                {t('reports.print')}
              </button>
            </div>
          </>
        )}
      </Loaded>
    </article>
  );
}
