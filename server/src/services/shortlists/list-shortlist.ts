import { desc, eq } from 'drizzle-orm';
import { shortlistEntries } from '@kopir/db';
import type { Shortlist } from '@kopir/shared';
import { AppError } from '../../errors.ts';
import { signedInActor, type ServiceContext } from '../context.ts';
import { getLab } from '../labs/get-lab.ts';
import { getNeed } from '../needs/get-need.ts';

/** `work`, or null when what it reads is not (or no longer) there for this reader. */
async function visibleOrNull<T>(work: Promise<T>): Promise<T | null> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}

/**
 * The signed-in person's shortlist, newest first. Each lab and need is read through the same verb
 * as its page (`getLab`, `getNeed`), so the list never shows more than the page would: one query per
 * entry, on a list of at most SHORTLIST_LIMIT that only its owner reads.
 */
export async function listShortlist({ ctx }: { ctx: ServiceContext }): Promise<Shortlist> {
  const person = signedInActor(ctx);
  const entries = await ctx.db
    .select()
    .from(shortlistEntries)
    .where(eq(shortlistEntries.userId, person.id))
    .orderBy(desc(shortlistEntries.createdAt), desc(shortlistEntries.id));
  const items = await Promise.all(
    entries.map(async (entry) => {
      const addedAt = entry.createdAt.toISOString();
      if (entry.labId) {
        const lab = await visibleOrNull(getLab({ ctx, input: { id: entry.labId } }));
        return lab && { kind: 'lab' as const, addedAt, lab };
      }
      const need = await visibleOrNull(getNeed({ ctx, input: { id: entry.needId! } }));
      return need && { kind: 'need' as const, addedAt, need };
    }),
  );
  return { items: items.filter((item) => item !== null) };
}
