import { desc, eq, inArray } from 'drizzle-orm';
import { messages, questions, users } from '@kopir/db';
import type { QuestionSummary } from '@kopir/shared';
import { signedInActor, type ServiceContext } from '../context.ts';
import { questionRows, questionSideOf, toQuestionSummary } from './question-view.ts';

/** How many threads the list shows: the latest, which are the ones someone is waiting on. */
const LISTED = 100;

/** The questions the reader's organisation asked or was asked (in the reader's role), latest activity first. */
export async function listQuestions({ ctx }: { ctx: ServiceContext }): Promise<QuestionSummary[]> {
  const person = signedInActor(ctx);
  if (!person.organisationId || (person.role !== 'company' && person.role !== 'researcher')) return [];
  const ours = person.role === 'company' ? questions.companyOrganisationId : questions.labOrganisationId;
  const rows = await questionRows(ctx.db).where(eq(ours, person.organisationId)).orderBy(desc(questions.lastMessageAt)).limit(LISTED);
  const ids = rows.map((row) => row.question.id);
  // Each thread's last message only, in one query.
  const last =
    ids.length === 0
      ? []
      : await ctx.db
          .selectDistinctOn([messages.questionId], { message: messages, authorName: users.fullName })
          .from(messages)
          .innerJoin(users, eq(users.id, messages.authorUserId))
          .where(inArray(messages.questionId, ids))
          .orderBy(messages.questionId, desc(messages.id));
  const lastOf = new Map(last.map((row) => [row.message.questionId, row]));
  return rows.flatMap((row) => {
    const side = questionSideOf(person, row.question);
    const message = lastOf.get(row.question.id);
    return side ? [toQuestionSummary(row, side, person, message ? [message] : [])] : [];
  });
}
