import { eq } from 'drizzle-orm';
import { labs, organisations } from '@kopir/db';
import { notFound } from '../../errors.ts';
import { personOf, readsEverything } from '../../access/actor.ts';
import { signedInActor, type ServiceContext } from '../context.ts';
import { toLab } from './to-lab.ts';

/**
 * Anyone reads an active lab; a hidden one only its own researchers, the ministry and admins.
 * `countView`: the read is the lab's page, which its owners see counted (other reads, such as a
 * shortlist or a link preview, are not).
 */
export async function getLab({ ctx, input: { id, countView = false } }: { ctx: ServiceContext; input: { id: string; countView?: boolean } }) {
  const [row] = await ctx.db.select().from(labs).innerJoin(organisations, eq(organisations.id, labs.organisationId)).where(eq(labs.id, id));
  if (!row) throw notFound('The lab');
  const mayReadHidden = personOf(ctx.actor)?.organisationId === row.labs.organisationId || readsEverything(ctx.actor);
  if (row.labs.status === 'hidden' && !mayReadHidden) throw notFound('The lab');
  if (countView) ctx.listings?.viewed('lab', id, row.labs.organisationId);
  return toLab(row.labs, row.organisations);
}

/** The labs of the signed-in researcher's organisation, hidden ones included. */
export async function listOwnLabs({ ctx }: { ctx: ServiceContext }) {
  const organisationId = signedInActor(ctx).organisationId ?? '';
  const rows = await ctx.db
    .select()
    .from(labs)
    .innerJoin(organisations, eq(organisations.id, labs.organisationId))
    .where(eq(labs.organisationId, organisationId))
    .orderBy(labs.createdAt);
  return rows.map((row) => toLab(row.labs, row.organisations));
}
