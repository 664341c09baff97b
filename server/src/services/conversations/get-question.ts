import { eq } from 'drizzle-orm';
import { questions } from '@kopir/db';
import type { Question } from '@kopir/shared';
import { notFound } from '../../errors.ts';
import { signedInActor, type ServiceContext } from '../context.ts';
import { markThreadRead } from './tell-other-side.ts';
import { messagesOf, questionRows, questionSideOf, toQuestion } from './question-view.ts';

/**
 * A question's thread, for the people of its two organisations only. To anyone else it does not
 * exist (404): that a company asked about a lab is the company's business, the ministry's included.
 */
export async function getQuestion({ ctx, input: { id } }: { ctx: ServiceContext; input: { id: string } }): Promise<Question> {
  const person = signedInActor(ctx);
  const [row] = await questionRows(ctx.db).where(eq(questions.id, id));
  const side = row && questionSideOf(person, row.question);
  if (!row || !side) throw notFound('The question');
  await markThreadRead(ctx.db, person.id, id, ctx.now());
  return toQuestion(row, side, person, (await messagesOf(ctx.db, 'question', [id])).get(id) ?? []);
}
