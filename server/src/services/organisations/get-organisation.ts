import { eq } from 'drizzle-orm';
import { organisations } from '@kopir/db';
import { notFound } from '../../errors.ts';
import type { ServiceContext } from '../context.ts';

export async function getOrganisation({ ctx, input: { id } }: { ctx: ServiceContext; input: { id: string } }) {
  const [row] = await ctx.db.select().from(organisations).where(eq(organisations.id, id));
  if (!row) throw notFound('The organisation');
  return row;
}
