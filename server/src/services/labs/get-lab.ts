import { eq } from 'drizzle-orm';
import { labs, organisations } from '@kopir/db';
import { notFound } from '../../errors.ts';
import type { ServiceContext } from '../context.ts';
import { toLab } from './to-lab.ts';

/** Anyone reads an active lab; a hidden one only its own researchers, the ministry and admins. */
export async function getLab({ ctx, id }: { ctx: ServiceContext; id: string }) {
  const [row] = await ctx.db.select().from(labs).innerJoin(organisations, eq(organisations.id, labs.organisationId)).where(eq(labs.id, id));
  if (!row) throw notFound('The lab');
  const actor = ctx.actor;
  const mayReadHidden = actor && (actor.organisationId === row.labs.organisationId || actor.role === 'ministry' || actor.role === 'admin');
  if (row.labs.status === 'hidden' && !mayReadHidden) throw notFound('The lab');
  return toLab(row.labs, row.organisations);
}

/** The labs of the signed-in researcher's organisation, hidden ones included. */
export async function listOwnLabs({ ctx }: { ctx: ServiceContext }) {
  const organisationId = ctx.actor?.organisationId ?? '';
  const rows = await ctx.db
    .select()
    .from(labs)
    .innerJoin(organisations, eq(organisations.id, labs.organisationId))
    .where(eq(labs.organisationId, organisationId))
    .orderBy(labs.createdAt);
  return rows.map((row) => toLab(row.labs, row.organisations));
}
