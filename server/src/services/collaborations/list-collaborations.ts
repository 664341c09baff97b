import { desc, eq, or } from 'drizzle-orm';
import { collaborations, labs, needs } from '@kopir/db';
import { signedInActor, type ServiceContext } from '../context.ts';
import { collaborationRows, timelinesOf, toCollaboration } from './get-collaboration.ts';
import { readsAll } from './parties.ts';

/** The newest collaborations the actor's organisation takes part in (all of them for the ministry): two queries, whatever the page holds. */
export async function listCollaborations({ ctx }: { ctx: ServiceContext }) {
  const actor = signedInActor(ctx);
  const organisationId = actor.organisationId ?? '00000000-0000-0000-0000-000000000000';
  const rows = await collaborationRows(ctx.db)
    .where(readsAll(actor) ? undefined : or(eq(needs.organisationId, organisationId), eq(labs.organisationId, organisationId)))
    .orderBy(desc(collaborations.updatedAt))
    .limit(100);
  const timelines = await timelinesOf(
    ctx.db,
    rows.map((row) => row.collaborations.id),
  );
  return rows.map((row) => toCollaboration(row, timelines.get(row.collaborations.id) ?? [], actor));
}
