import { desc, eq } from 'drizzle-orm';
import { shortlistEntries } from '@kopir/db';
import type { Shortlist } from '@kopir/shared';
import { unlessNotFound } from '../../errors.ts';
import { signedInActor, type ServiceContext } from '../context.ts';
import { getLab } from '../labs/get-lab.ts';
import { getNeed } from '../needs/get-need.ts';

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
        const lab = await unlessNotFound(getLab({ ctx, input: { id: entry.labId } }));
        return lab && { kind: 'lab' as const, addedAt, lab };
      }
      const need = await unlessNotFound(getNeed({ ctx, input: { id: entry.needId! } }));
      return need && { kind: 'need' as const, addedAt, need };
    }),
  );
  return { items: items.filter((item) => item !== null) };
}
