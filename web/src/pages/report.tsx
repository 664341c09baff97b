import { useEffect, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { reportSchema, type Report } from '@kopir/shared';
import { api, downloadFromApi } from '../api/client.ts';
import { FormError } from '../components/form.tsx';
import { useFormat } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ReportFiguresView } from '../reports/report-figures.tsx';
import { reportApiPath } from '../reports/report-paths.ts';
import { ReportStatus } from '../reports/report-status.tsx';
import { kazakhstanTime } from '../reports/timestamp.ts';
import { useSession } from '../session/session.tsx';
import { useTaxonomy } from '../taxonomy/taxonomy.tsx';

/**
 * One annual report, readable and printable as a page. The region's own officer (or, for the
 * national report, the ministry) writes the narrative and submits or publishes while it is a
 * draft; after that it is frozen, and the page shows its checksum.
 */
export function ReportPage() {
  const { t } = useI18n();
  const format = useFormat();
  const { regionLabel } = useTaxonomy();
  const { state } = useSession();
  const { params } = useRoute();
  const regionCode = params.region ?? null;
  const year = Number(params.year);
  const path = reportApiPath(regionCode, year);
  const [report, setReport] = useState<Report>();
  const [narrative, setNarrative] = useState('');
  const [problem, setProblem] = useState<unknown>();
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    setReport(undefined);
    api('GET', path, reportSchema).then((answer) => {
      setReport(answer);
      setNarrative(answer.narrative);
    }, setProblem);
  }, [path]);

  const me = state.status === 'signed-in' ? state.me.user : undefined;
  const isDraft = report?.status === 'draft' || report?.status === 'not_started';
  const mayWrite = isDraft && (regionCode ? me?.role === 'region' && me.regionCode === regionCode : me?.role === 'ministry');
  const run = async (step: () => Promise<Report>) => {
    try {
      setProblem(undefined);
      const answer = await step();
      setReport(answer);
      setNarrative(answer.narrative);
      setSaved(true);
    } catch (error) {
      setProblem(error);
    }
  };
  const save = () => api('PUT', `${path}/narrative`, reportSchema, { narrative });
  const freeze = async () => {
    await save();
    return api('POST', `${path}/${regionCode ? 'submit' : 'publish'}`, reportSchema);
  };
  const confirmFreeze = () => {
    if (window.confirm(t(regionCode ? 'reports.confirmSubmit' : 'reports.confirmPublish'))) void run(freeze);
  };
  const title = regionCode
    ? t('reports.regionTitle', { region: regionLabel(regionCode), year: String(year) })
    : t('reports.nationalTitle', { year: String(year) });

  return (
    <article class="report" data-state={report ? 'ready' : 'loading'}>
      <h1>{title}</h1>
      <FormError problem={problem} />
      {report && (
        <>
          <p class="report-meta">
            <ReportStatus status={report.status} isLate={report.isLate} /> {t('reports.dueOn', { date: format.date(report.dueOn) })}
            {report.submittedAt && ` · ${t('reports.submittedOn', { date: kazakhstanTime(report.submittedAt, format.date) })}`}
            {isDraft && ` · ${t('reports.liveAsOf', { date: kazakhstanTime(report.figures.asOf, format.date) })}`}
          </p>
          {report.checksum && (
            <p class="checksum">
              {t('reports.checksum')} <code data-checksum>{report.checksum}</code>
            </p>
          )}
          {report.figures.consolidates && (
            <p class="hint" data-consolidates={report.figures.consolidates.join(',')}>
              {t('reports.consolidates', { count: report.figures.consolidates.length })}
              {report.figures.missingRegions?.length ? ` ${t('reports.missing', { regions: report.figures.missingRegions.map(regionLabel).join(', ') })}` : ''}
            </p>
          )}
          <section class="narrative">
            <h2>{t('reports.narrative')}</h2>
            {mayWrite ? (
              <>
                <textarea
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
            <button type="button" onClick={() => void downloadFromApi(`${path}/download?format=csv`, 'report.csv').catch(setProblem)}>
              {t('reports.downloadCsv')}
            </button>
            <button type="button" onClick={() => void downloadFromApi(`${path}/download?format=json`, 'report.json').catch(setProblem)}>
              {t('reports.downloadJson')}
            </button>
            <button type="button" onClick={() => window.print()}>
              {t('reports.print')}
            </button>
          </div>
        </>
      )}
    </article>
  );
}
