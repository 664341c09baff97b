import { eq } from 'drizzle-orm';
import { needs, organisations } from '@kopir/db';
import { notFound } from '../../errors.ts';
import type { ServiceContext } from '../context.ts';
import { toNeed, toNeedView } from './to-need.ts';

/** A need as the reader may see it: a confidential one shows only its public fields to outsiders. */
export async function getNeed({ ctx, id }: { ctx: ServiceContext; id: string }) {
  const [row] = await ctx.db.select().from(needs).innerJoin(organisations, eq(organisations.id, needs.organisationId)).where(eq(needs.id, id));
  if (!row) throw notFound('The need');
  return toNeedView(row.needs, row.organisations, ctx.actor);
}

/** The needs of the signed-in company, every status. */
export async function listOwnNeeds({ ctx }: { ctx: ServiceContext }) {
  const rows = await ctx.db
    .select()
    .from(needs)
    .innerJoin(organisations, eq(organisations.id, needs.organisationId))
    .where(eq(needs.organisationId, ctx.actor?.organisationId ?? ''))
    .orderBy(needs.createdAt);
  return rows.map((row) => toNeed(row.needs, row.organisations));
}
