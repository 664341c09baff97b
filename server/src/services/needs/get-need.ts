import { and, eq } from 'drizzle-orm';
import { collaborations, labs, needs, organisations } from '@kopir/db';
import { notFound } from '../../errors.ts';
import { personOf } from '../../access/actor.ts';
import { signedInActor, type ServiceContext } from '../context.ts';
import { toNeed, toNeedView } from './to-need.ts';

/**
 * A need as the reader may see it: a confidential one shows only its public fields to outsiders.
 * `countView`: the read is the need's page, which its company sees counted (see `getLab`).
 */
export async function getNeed({ ctx, input: { id, countView = false } }: { ctx: ServiceContext; input: { id: string; countView?: boolean } }) {
  const [row] = await ctx.db.select().from(needs).innerJoin(organisations, eq(organisations.id, needs.organisationId)).where(eq(needs.id, id));
  if (!row) throw notFound('The need');
  if (countView) ctx.listings?.viewed('need', id, row.needs.organisationId);
  const person = personOf(ctx.actor);
  if (row.needs.visibility === 'confidential' && person?.role === 'researcher' && (await invited(ctx, row.needs.id, person.organisationId))) {
    return toNeed(row.needs, row.organisations);
  }
  return toNeedView(row.needs, row.organisations, ctx.actor);
}

/** Whether the company invited one of this organisation's labs to the need (at any stage since). */
async function invited(ctx: ServiceContext, needId: string, organisationId: string | null): Promise<boolean> {
  if (!organisationId) return false;
  const [invitation] = await ctx.db
    .select({ id: collaborations.id })
    .from(collaborations)
    .innerJoin(labs, eq(labs.id, collaborations.labId))
    .where(and(eq(collaborations.needId, needId), eq(collaborations.initiatedBy, 'company'), eq(labs.organisationId, organisationId)))
    .limit(1);
  return invitation !== undefined;
}

/** The needs of the signed-in company, every status. */
export async function listOwnNeeds({ ctx }: { ctx: ServiceContext }) {
  const rows = await ctx.db
    .select()
    .from(needs)
    .innerJoin(organisations, eq(organisations.id, needs.organisationId))
    .where(eq(needs.organisationId, signedInActor(ctx).organisationId ?? ''))
    .orderBy(needs.createdAt);
  return rows.map((row) => toNeed(row.needs, row.organisations));
}
