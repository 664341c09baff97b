import { asc, eq, inArray } from 'drizzle-orm';
import { collaborationEvents, collaborations, labs, needs, users, type DbOrTransaction } from '@kopir/db';
import { availableActions, type Collaboration } from '@kopir/shared';
import type { Actor } from '../../access/actor.ts';
import type { ServiceContext } from '../context.ts';
import { AppError, notFound } from '../../errors.ts';
import { readsAll, sideOf } from './parties.ts';

/** A collaboration row with its need and lab, as the readers below join them. */
export const collaborationRows = (db: DbOrTransaction) =>
  db.select().from(collaborations).innerJoin(needs, eq(needs.id, collaborations.needId)).innerJoin(labs, eq(labs.id, collaborations.labId));

type Row = Awaited<ReturnType<typeof collaborationRows>>[number];

/** The timelines of several collaborations in one query, oldest event first. */
export async function timelinesOf(db: DbOrTransaction, ids: string[]) {
  if (ids.length === 0) return new Map<string, Events>();
  const events = await db
    .select({ event: collaborationEvents, actorName: users.fullName, actorOrganisationId: users.organisationId })
    .from(collaborationEvents)
    .leftJoin(users, eq(users.id, collaborationEvents.actorUserId))
    .where(inArray(collaborationEvents.collaborationId, ids))
    .orderBy(asc(collaborationEvents.occurredAt), asc(collaborationEvents.id));
  const byCollaboration = new Map<string, Events>();
  for (const entry of events) byCollaboration.set(entry.event.collaborationId, [...(byCollaboration.get(entry.event.collaborationId) ?? []), entry]);
  return byCollaboration;
}
type Events = { event: typeof collaborationEvents.$inferSelect; actorName: string | null; actorOrganisationId: string | null }[];

/** One collaboration with its timeline and the actions the reader may take; its parties, the ministry and admins only. */
export const getCollaboration = ({ ctx, input }: { ctx: ServiceContext; input: { id: string } }) => loadCollaboration(ctx.db, input.id, ctx.actor);

/** A collaboration with its timeline, as `actor` may see it; its parties, the ministry and admins only. */
export async function loadCollaboration(db: DbOrTransaction, id: string, actor: Actor | null): Promise<Collaboration> {
  const [row] = await collaborationRows(db).where(eq(collaborations.id, id));
  if (!row) throw notFound('The collaboration');
  if (!sideOf(actor, row.needs.organisationId, row.labs.organisationId) && !readsAll(actor))
    throw new AppError('NOT_YOURS', 'This collaboration is between other organisations');
  return toCollaboration(row, (await timelinesOf(db, [id])).get(id) ?? [], actor);
}

/** The API's view of a collaboration for `actor`, who has already been found to be a party or to read all. */
export function toCollaboration(row: Row, events: Events, actor: Actor | null): Collaboration {
  const side = sideOf(actor, row.needs.organisationId, row.labs.organisationId);
  const c = row.collaborations;
  // A lab that proposed to a confidential need learns who is behind it only when the company
  // answers yes (or invited it in the first place): until then neither the company nor its people.
  const companyHidden = side === 'lab' && row.needs.visibility === 'confidential' && c.initiatedBy === 'lab' && c.acceptedAt === null;
  // What the parties wrote (the message that came with it, the notes of its steps, the words of a
  // closing reason) is theirs: the ministry and admins read the collaboration, not what they said.
  const partyWords = <T>(words: T): T | null => (side ? words : null);
  const companyUsers = new Set(
    companyHidden ? events.filter((entry) => entry.actorOrganisationId !== row.labs.organisationId).map(({ event }) => event.actorUserId) : [],
  );
  return {
    id: c.id,
    status: c.status,
    initiatedBy: c.initiatedBy,
    need: { id: row.needs.id, title: row.needs.title, organisationId: companyHidden ? null : row.needs.organisationId },
    lab: { id: row.labs.id, name: row.labs.name, organisationId: row.labs.organisationId },
    message: partyWords(c.message),
    matchScore: c.matchScore,
    contract:
      c.contractBudgetKzt !== null && c.fundingSource && c.contractStartOn
        ? { budgetKzt: c.contractBudgetKzt, fundingSource: c.fundingSource, startOn: c.contractStartOn, endOn: c.contractEndOn }
        : null,
    outcomes: {
      publications: c.outcomePublications,
      patents: c.outcomePatents,
      prototypes: c.outcomePrototypes,
      products: c.outcomeProducts,
      peopleTrained: c.outcomePeopleTrained,
    },
    closingReasonCode: c.closingReasonCode,
    closingReason: partyWords(c.closingReason),
    actions: side ? availableActions(c.status, c.initiatedBy, side) : [],
    timeline: events.map(({ event, actorName }) => ({
      fromStatus: event.fromStatus,
      toStatus: event.toStatus,
      actorUserId: companyUsers.has(event.actorUserId) ? null : event.actorUserId,
      actorName: companyUsers.has(event.actorUserId) ? null : actorName,
      note: partyWords(event.note),
      occurredAt: event.occurredAt.toISOString(),
    })),
    createdAt: c.createdAt.toISOString(),
  };
}
