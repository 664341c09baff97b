import { eq } from 'drizzle-orm';
import { needs, type Transaction } from '@kopir/db';
import type { SearchService } from '../../search/client.ts';
import type { TaxonomyCache } from '../../taxonomy/live-taxonomy.ts';
import { systemContext } from '../context.ts';
import { matchingNeedEmail } from '../notifications/emails/matching-need-email.ts';
import { membersOf, notify } from '../notifications/notify.ts';
import { matchLabsForNeed } from './match-labs-for-need.ts';

type Match = Awaited<ReturnType<typeof matchLabsForNeed>>['matches'][number];

/**
 * When a need is published, finds the labs it fits above the threshold and tells their
 * researchers: once per person, naming every lab of theirs it fits. Runs as a background job, not
 * on the request that published the need: matching takes several queries, and the company should
 * not wait for it.
 */
export async function notifyMatchingLabs(
  tx: Transaction,
  needId: string,
  deps: { search: SearchService; taxonomy: TaxonomyCache; threshold: number; publicUrl: string },
): Promise<void> {
  // A need deleted before its job ran has no one to announce it to: the job is done, not failed.
  const [need] = await tx.select({ id: needs.id, title: needs.title }).from(needs).where(eq(needs.id, needId));
  if (!need) return;
  const ctx = systemContext({ db: tx, search: deps.search, taxonomy: deps.taxonomy, now: () => new Date(), publicUrl: deps.publicUrl }, 'notify-matching-labs');
  const { matches } = await matchLabsForNeed({ ctx, input: { needId, limit: 20 } });
  // Matches come best first, so each organisation's labs (and so each person's) stay in that order.
  const byOrganisation = new Map<string, Match[]>();
  for (const match of matches.filter((candidate) => candidate.score >= deps.threshold)) {
    const organisationId = match.lab.organisation.id;
    byOrganisation.set(organisationId, [...(byOrganisation.get(organisationId) ?? []), match]);
  }
  for (const [organisationId, fitting] of byOrganisation) {
    const labs = fitting.map((match) => ({ labId: match.lab.id, name: match.lab.name, score: match.score }));
    const people = await membersOf(tx, organisationId, 'researcher');
    // A retried job, or one queued twice for the same need, meets the unique index and tells no one twice.
    await notify(tx, people, {
      kind: 'matching_need',
      payload: { needId, needTitle: need.title, labs },
      email: (locale) => matchingNeedEmail(locale, ctx.publicUrl, need.title, labs),
    });
  }
}
