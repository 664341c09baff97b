import { and, count, eq } from 'drizzle-orm';
import { shortlistEntries, users } from '@kopir/db';
import { SHORTLIST_LIMIT, type ShortlistKind } from '@kopir/shared';
import { AppError } from '../../errors.ts';
import { signedInActor, withTransaction, type ServiceContext } from '../context.ts';
import { getLab } from '../labs/get-lab.ts';
import { getNeed } from '../needs/get-need.ts';

/**
 * Keeps a lab or need on the signed-in person's shortlist; adding it again changes nothing. Only
 * what the person may open can be added (a hidden lab is 404, as on its page), and a shortlist holds
 * at most SHORTLIST_LIMIT entries: the person's row is locked while counting, so two adds at once
 * cannot pass the limit together.
 */
export async function addToShortlist({ ctx, input: { kind, id } }: { ctx: ServiceContext; input: { kind: ShortlistKind; id: string } }): Promise<void> {
  const person = signedInActor(ctx);
  if (kind === 'lab') await getLab({ ctx, input: { id } });
  else await getNeed({ ctx, input: { id } });
  await withTransaction(ctx, async ({ db }) => {
    await db.select({ id: users.id }).from(users).where(eq(users.id, person.id)).for('update');
    const [held] = await db.select({ entries: count() }).from(shortlistEntries).where(eq(shortlistEntries.userId, person.id));
    const item = kind === 'lab' ? { labId: id } : { needId: id };
    if ((held?.entries ?? 0) >= SHORTLIST_LIMIT) {
      // What the list holds already is no addition, so a full list still accepts it again.
      const column = kind === 'lab' ? shortlistEntries.labId : shortlistEntries.needId;
      const [kept] = await db
        .select({ id: shortlistEntries.id })
        .from(shortlistEntries)
        .where(and(eq(shortlistEntries.userId, person.id), eq(column, id)));
      if (kept) return;
      throw new AppError('SHORTLIST_FULL', `A shortlist holds at most ${SHORTLIST_LIMIT} labs and needs`, undefined, { limit: SHORTLIST_LIMIT });
    }
    await db
      .insert(shortlistEntries)
      .values({ userId: person.id, ...item })
      .onConflictDoNothing();
  });
}
