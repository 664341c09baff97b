import type { Message } from '@kopir/shared';
import type { ServiceContext } from '../context.ts';
import { collaborationThread } from './post-message.ts';
import { messagesOf, toMessages } from './question-view.ts';
import { markThreadRead } from './tell-other-side.ts';

/** A collaboration's conversation, oldest first, for its two parties only. */
export async function listCollaborationMessages({ ctx, input: { id } }: { ctx: ServiceContext; input: { id: string } }): Promise<Message[]> {
  const { person, hideCompany } = await collaborationThread(ctx, id);
  await markThreadRead(ctx.db, person.id, id, ctx.now());
  return toMessages((await messagesOf(ctx.db, 'collaboration', [id])).get(id) ?? [], person, hideCompany);
}
