import { and, desc, eq, gt, inArray, or } from 'drizzle-orm';
import { collaborations, type DbOrTransaction } from '@kopir/db';
import { reproposalWaitDays, type CollaborationSide, type CollaborationStatus } from '@kopir/shared';
import { todayInKazakhstan } from '../needs/deadline.ts';

/** The statuses of a collaboration under way: a lab–need pair has at most one (collaborations_live_pair_unique). */
export const underWayStatuses: CollaborationStatus[] = ['proposed', 'accepted', 'contracted'];

const dayMs = 86_400_000;

/** The day (in Kazakhstan) from which the side that proposed a collaboration declined at `declinedAt` may propose the pair again. */
const proposeAgainOn = (declinedAt: Date) => todayInKazakhstan(new Date(declinedAt.getTime() + reproposalWaitDays * dayMs));

export interface PairCollaboration {
  id: string;
  status: CollaborationStatus;
  declinedOn: string | null;
  /** For the side asking: the day it may propose again, when that is still ahead. */
  proposeAgainOn: string | null;
}

/**
 * What stands between `side` and a new collaboration of each pair: the one under way, else the
 * latest decline of the last `reproposalWaitDays` days (a decline of a proposal this side made
 * bars it until proposeAgainOn; the side that declined may start one). Keyed `needId:labId`.
 * Only for a side that is party to the pairs: callers pass pairs of the reader's own need or lab.
 */
export async function pairCollaborations(
  db: DbOrTransaction,
  input: { needIds: string[]; labIds: string[]; side: CollaborationSide; now: Date },
): Promise<Map<string, PairCollaboration>> {
  const { needIds, labIds, side, now } = input;
  const found = new Map<string, PairCollaboration>();
  if (needIds.length === 0 || labIds.length === 0) return found;
  const since = new Date(now.getTime() - (reproposalWaitDays + 1) * dayMs);
  const rows = await db
    .select({
      id: collaborations.id,
      needId: collaborations.needId,
      labId: collaborations.labId,
      status: collaborations.status,
      initiatedBy: collaborations.initiatedBy,
      declinedAt: collaborations.declinedAt,
    })
    .from(collaborations)
    .where(
      and(
        inArray(collaborations.needId, needIds),
        inArray(collaborations.labId, labIds),
        or(inArray(collaborations.status, underWayStatuses), and(eq(collaborations.status, 'declined'), gt(collaborations.declinedAt, since))),
      ),
    )
    .orderBy(desc(collaborations.createdAt));
  const today = todayInKazakhstan(now);
  for (const row of rows) {
    const key = `${row.needId}:${row.labId}`;
    const seen = found.get(key);
    if (underWayStatuses.includes(row.status)) {
      found.set(key, { id: row.id, status: row.status, declinedOn: null, proposeAgainOn: null });
      continue;
    }
    if (!row.declinedAt || proposeAgainOn(row.declinedAt) <= today) continue; // the window is in whole days of Kazakhstan
    if (seen && seen.status !== 'declined') continue; // one under way says it all
    // The newest decline is shown; this side waits for the last of the declines of its own proposals.
    const wait = row.initiatedBy === side ? proposeAgainOn(row.declinedAt) : null;
    found.set(key, {
      id: seen?.id ?? row.id,
      status: 'declined',
      declinedOn: seen?.declinedOn ?? todayInKazakhstan(row.declinedAt),
      proposeAgainOn: [seen?.proposeAgainOn ?? null, wait].reduce((a, b) => (a && b ? (a > b ? a : b) : (a ?? b)), null),
    });
  }
  return found;
}
