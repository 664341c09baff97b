import { eq } from 'drizzle-orm';
import { users } from '@kopir/db';
import type { Locale } from '@kopir/shared';
import { signedInActor, type ServiceContext } from '../context.ts';
import { getMe } from './get-me.ts';

/** A person changes their own name or interface language. */
export async function updateMe({ ctx, input }: { ctx: ServiceContext; input: { fullName?: string; locale?: Locale } }) {
  const actor = signedInActor(ctx);
  if (Object.keys(input).length > 0)
    await ctx.db
      .update(users)
      .set({ ...input, updatedAt: ctx.now() })
      .where(eq(users.id, actor.id));
  return getMe({ ctx });
}
