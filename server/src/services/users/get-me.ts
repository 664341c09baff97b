import { eq } from 'drizzle-orm';
import { organisations, users } from '@kopir/db';
import { AppError } from '../../errors.ts';
import { signedInActor, type ServiceContext } from '../context.ts';
import { toOrganisationDetail } from '../organisations/to-organisation.ts';
import { toUser } from './to-user.ts';

/** The signed-in user and their organisation, as stored now (not as the token remembers it). */
export async function getMe({ ctx }: { ctx: ServiceContext }) {
  const actor = signedInActor(ctx);
  const [row] = await ctx.db.select().from(users).leftJoin(organisations, eq(organisations.id, users.organisationId)).where(eq(users.id, actor.id));
  if (!row || row.users.disabledAt) throw new AppError('UNAUTHENTICATED', 'This account no longer exists or is disabled');
  return { user: toUser(row.users), organisation: row.organisations ? toOrganisationDetail(row.organisations) : null };
}
