import { eq } from 'drizzle-orm';
import { labs, needs, type Transaction } from '@kopir/db';
import type { SearchService } from '../../search/client.ts';
import type { TaxonomyCache } from '../../taxonomy/live-taxonomy.ts';
import { systemContext } from '../context.ts';
import { membersOf, notify } from '../notifications/notify.ts';
import { matchLabsForNeed } from './match-labs-for-need.ts';

/**
 * When a need is published, finds the labs it fits above the threshold and tells their
 * researchers. Runs as a background job, not on the request that published the need: matching
 * takes several queries, and the company should not wait for it.
 */
export async function notifyMatchingLabs(
  tx: Transaction,
  needId: string,
  deps: { search: SearchService; taxonomy: TaxonomyCache; threshold: number; publicUrl: string },
): Promise<void> {
  // A need deleted before its job ran has no one to announce it to: the job is done, not failed.
  const [need] = await tx.select({ id: needs.id }).from(needs).where(eq(needs.id, needId));
  if (!need) return;
  const ctx = systemContext({ db: tx, search: deps.search, taxonomy: deps.taxonomy, now: () => new Date(), publicUrl: deps.publicUrl }, 'notify-matching-labs');
  const { matches } = await matchLabsForNeed({ ctx, input: { needId, limit: 20 } });
  for (const match of matches.filter((candidate) => candidate.score >= deps.threshold)) {
    const [lab] = await tx.select({ organisationId: labs.organisationId }).from(labs).where(eq(labs.id, match.lab.id));
    if (!lab) continue;
    await notify(tx, await membersOf(tx, lab.organisationId, 'researcher'), {
      kind: 'matching_need',
      payload: { needId, labId: match.lab.id, score: match.score },
      email: {
        subject: 'Kopir: a new R&D need fits your lab',
        body: `A new need on Kopir fits your lab (fit ${Math.round(match.score * 100)}%). Open Kopir to see it: /my/labs/${match.lab.id}`,
      },
    });
  }
}
