import { and, asc, eq } from 'drizzle-orm';
import { instruments, organisations } from '@kopir/db';
import { personOf, readsEverything } from '../../access/actor.ts';
import { notFound } from '../../errors.ts';
import { signedInActor, type ServiceContext } from '../context.ts';
import { toInstrument } from './to-instrument.ts';

/** Anyone reads an active instrument; a hidden one only its centre's people, the ministry and admins. */
export async function getInstrument({ ctx, input: { id } }: { ctx: ServiceContext; input: { id: string } }) {
  const [row] = await ctx.db
    .select()
    .from(instruments)
    .innerJoin(organisations, eq(organisations.id, instruments.organisationId))
    .where(eq(instruments.id, id));
  if (!row) throw notFound('The instrument');
  const mayReadHidden = personOf(ctx.actor)?.organisationId === row.instruments.organisationId || readsEverything(ctx.actor);
  if (row.instruments.status === 'hidden' && !mayReadHidden) throw notFound('The instrument');
  return toInstrument(row.instruments, row.organisations);
}

/** The instruments of the signed-in researcher's organisation, hidden ones included. */
export async function listOwnInstruments({ ctx }: { ctx: ServiceContext }) {
  const organisationId = signedInActor(ctx).organisationId ?? '';
  return listOf(ctx, organisationId, false);
}

/** The active instruments an organisation's page lists, oldest first (at most 200). */
export async function listOrganisationInstruments({ ctx, input: { organisationId } }: { ctx: ServiceContext; input: { organisationId: string } }) {
  return listOf(ctx, organisationId, true);
}

async function listOf(ctx: ServiceContext, organisationId: string, activeOnly: boolean) {
  const rows = await ctx.db
    .select()
    .from(instruments)
    .innerJoin(organisations, eq(organisations.id, instruments.organisationId))
    .where(and(eq(instruments.organisationId, organisationId), activeOnly ? eq(instruments.status, 'active') : undefined))
    .orderBy(asc(instruments.createdAt))
    .limit(200);
  return rows.map((row) => toInstrument(row.instruments, row.organisations));
}
