import { desc, eq, or } from 'drizzle-orm';
import { collaborations, labs, needs } from '@kopir/db';
import { signedInActor, type ServiceContext } from '../context.ts';
import { loadCollaboration } from './get-collaboration.ts';
import { readsAll } from './parties.ts';

/** The newest collaborations the actor's organisation takes part in (all of them for the ministry). */
export async function listCollaborations({ ctx }: { ctx: ServiceContext }) {
  const actor = signedInActor(ctx);
  const organisationId = actor.organisationId ?? '00000000-0000-0000-0000-000000000000';
  const rows = await ctx.db
    .select({ id: collaborations.id })
    .from(collaborations)
    .innerJoin(needs, eq(needs.id, collaborations.needId))
    .innerJoin(labs, eq(labs.id, collaborations.labId))
    .where(readsAll(actor) ? undefined : or(eq(needs.organisationId, organisationId), eq(labs.organisationId, organisationId)))
    .orderBy(desc(collaborations.updatedAt))
    .limit(100);
  return Promise.all(rows.map((row) => loadCollaboration(ctx.db, row.id, actor)));
}
