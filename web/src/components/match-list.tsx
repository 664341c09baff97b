import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { pickText, type MatchExplanation, type PairCollaboration } from '@kopir/shared';
import { send } from '../api/client.ts';
import { endpoints } from '../api/endpoints.ts';
import { useApi } from '../api/use-api.ts';
import { useFormat } from '../i18n/format.ts';
import { useI18n, type MessageKey } from '../i18n/i18n.tsx';
import { useTaxonomy } from '../taxonomy/taxonomy.tsx';
import { FormError } from './form.tsx';
import { ErrorNotice } from './load-state.tsx';

/** The reasons of one match in a line or two: shared capabilities, matched words, TRL, the decisive factors. */
function Explanation({ explanation }: { explanation: MatchExplanation }) {
  const { t } = useI18n();
  const { capabilityLabel } = useTaxonomy();
  const factor = (name: string) => t(`factor.${name}` as MessageKey);
  return (
    <div class="explanation">
      {explanation.sharedCapabilities.length > 0 && (
        <p>
          <strong>{t('match.shared')}:</strong>{' '}
          {explanation.sharedCapabilities.map((code) => (
            <span class="tag">{capabilityLabel(code)}</span>
          ))}
        </p>
      )}
      {explanation.matchedWords.length > 0 && (
        <p>
          <strong>{t('match.words')}:</strong> {explanation.matchedWords.map((word) => <mark>{word}</mark>).flatMap((word, i) => (i ? [', ', word] : [word]))}
        </p>
      )}
      <p class="meta">
        {explanation.trl.fits !== null &&
          explanation.trl.min !== null &&
          t(explanation.trl.fits ? 'match.trlFits' : 'match.trlMisses', { min: explanation.trl.min, max: explanation.trl.max ?? '' })}
        {explanation.liftedBy && ` · ${t('match.liftedBy', { factor: factor(explanation.liftedBy) })}`}
        {explanation.loweredBy && ` · ${t('match.loweredBy', { factor: factor(explanation.loweredBy) })}`}
      </p>
    </div>
  );
}

/**
 * What stands in place of Invite or Propose when the pair already has a collaboration of ours: the
 * one under way, with a link to it; or a decline, with the day we may propose again if it was ours.
 * Null when the button stays.
 */
function PairState({ collaboration }: { collaboration: PairCollaboration }) {
  const { t } = useI18n();
  const format = useFormat();
  const link = <a href={`/collaborations/${collaboration.id}`}>{t('match.openCollaboration')}</a>;
  if (collaboration.status !== 'declined') {
    return (
      <p class="pair-state" data-state="under-way">
        {t('match.underWay', { status: t(`status.${collaboration.status}` as MessageKey) })} {link}
      </p>
    );
  }
  return (
    <p class="pair-state" data-state="declined">
      {collaboration.declinedOn && t('match.declinedOn', { date: format.date(collaboration.declinedOn) })}{' '}
      {collaboration.proposeAgainOn && `${t('match.proposeAgainOn', { date: format.date(collaboration.proposeAgainOn) })} `}
      {link}
    </p>
  );
}

/** Whether the reader may start a collaboration of the pair now: none under way, and no decline of theirs to wait out. */
const mayStart = (collaboration: PairCollaboration | null) => !collaboration || (collaboration.status === 'declined' && !collaboration.proposeAgainOn);

/** The ranked matches of a need (labs, with Invite) or of a lab (needs, with Propose). */
export function MatchList({ kind, id }: { kind: 'need' | 'lab'; id: string }) {
  const { t, locale } = useI18n();
  const { route } = useLocation();
  const labMatches = useApi(kind === 'need' ? endpoints.labsMatchingNeed(id) : undefined);
  const needMatches = useApi(kind === 'lab' ? endpoints.needsMatchingLab(id) : undefined);
  const [problem, setProblem] = useState<unknown>();

  // The row whose invitation or proposal is being written: a message goes with it.
  const [composing, setComposing] = useState<string>();
  const start = async (needId: string, labId: string, score: number, message: string) => {
    try {
      const collaboration = await send(endpoints.startCollaboration({ needId, labId, matchScore: score, ...(message && { message }) }));
      route(`/collaborations/${collaboration.id}`);
    } catch (error) {
      setProblem(error);
    }
  };

  const rows =
    kind === 'need'
      ? (labMatches.data?.matches ?? []).map((match) => ({
          key: match.lab.id,
          title: pickText(match.lab.name, locale),
          subtitle: pickText(match.lab.organisation.name, locale),
          score: match.score,
          explanation: match.explanation,
          collaboration: match.collaboration,
          act: (message: string) => start(id, match.lab.id, match.score, message),
        }))
      : (needMatches.data?.matches ?? []).map((match) => ({
          key: match.need.id,
          title: match.need.title,
          subtitle: match.need.organisation ? pickText(match.need.organisation.name, locale) : t('catalogue.confidential'),
          score: match.score,
          explanation: match.explanation,
          collaboration: match.collaboration,
          act: (message: string) => start(match.need.id, id, match.score, message),
        }));
  const loaded = kind === 'need' ? labMatches : needMatches;

  return (
    <section class="matches" data-kind={kind}>
      <h2>{t(kind === 'need' ? 'match.labs.heading' : 'match.needs.heading')}</h2>
      {loaded.error && <ErrorNotice error={loaded.error} onRetry={loaded.retry} />}
      {loaded.status === 'loading' && <p class="hint">{t('common.loading')}</p>}
      <FormError problem={problem} />
      {loaded.data && rows.length === 0 && <p>{t('match.none')}</p>}
      {rows.map((row) => (
        <article class="card match" data-id={row.key}>
          <h3>
            {row.title} <span class="badge">{t('match.score', { score: Math.round(row.score * 100) })}</span>
          </h3>
          <p class="meta">{row.subtitle}</p>
          <Explanation explanation={row.explanation} />
          {row.collaboration && <PairState collaboration={row.collaboration} />}
          {mayStart(row.collaboration) && (
            <button
              type="button"
              class="primary"
              aria-expanded={composing === row.key}
              onClick={() => setComposing(composing === row.key ? undefined : row.key)}
            >
              {t(kind === 'need' ? 'match.invite' : 'match.propose')}
            </button>
          )}
          {mayStart(row.collaboration) && composing === row.key && (
            <form
              noValidate
              class="start-message"
              onSubmit={(event) => {
                event.preventDefault();
                void row.act(String(new FormData(event.currentTarget).get('message') ?? '').trim());
              }}
            >
              <label class="field">
                <span>{t('match.message')}</span>
                <textarea name="message" rows={3} maxLength={2000} />
              </label>
              <button type="submit" class="primary">
                {t(kind === 'need' ? 'match.sendInvitation' : 'match.sendProposal')}
              </button>
            </form>
          )}
        </article>
      ))}
    </section>
  );
}
