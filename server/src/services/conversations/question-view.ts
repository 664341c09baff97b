import { and, asc, eq, inArray, isNull, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { collaborations, labs, messages, needs, organisations, questions, users, type DbOrTransaction } from '@kopir/db';
import type { CollaborationSide, Message, Question, QuestionSummary } from '@kopir/shared';
import type { UserActor } from '../../access/actor.ts';
import { sideOf } from '../collaborations/parties.ts';

const companyOrganisations = alias(organisations, 'company_organisations');
const labOrganisations = alias(organisations, 'lab_organisations');

/** Questions with what their view needs: the lab and need they name, both organisations, the collaboration they became. */
export const questionRows = (db: DbOrTransaction) =>
  db
    .select({
      question: questions,
      lab: { id: labs.id, name: labs.name },
      need: { id: needs.id, title: needs.title, visibility: needs.visibility },
      collaboration: { initiatedBy: collaborations.initiatedBy, acceptedAt: collaborations.acceptedAt },
      company: { id: companyOrganisations.id, name: companyOrganisations.name },
      labOrganisation: { id: labOrganisations.id, name: labOrganisations.name },
    })
    .from(questions)
    .leftJoin(labs, eq(labs.id, questions.labId))
    .leftJoin(needs, eq(needs.id, questions.needId))
    // The collaboration it became, only if it is of the question's own pair (a backstop: the link is only ever made so).
    .leftJoin(
      collaborations,
      and(
        eq(collaborations.id, questions.collaborationId),
        or(isNull(questions.needId), eq(collaborations.needId, questions.needId)),
        or(isNull(questions.labId), eq(collaborations.labId, questions.labId)),
      ),
    )
    .innerJoin(companyOrganisations, eq(companyOrganisations.id, questions.companyOrganisationId))
    .innerJoin(labOrganisations, eq(labOrganisations.id, questions.labOrganisationId));

export type QuestionRow = Awaited<ReturnType<typeof questionRows>>[number];

/** The reader's side of a question, or null: its parties are its two organisations' people, each in their role, as a collaboration's. */
export const questionSideOf = (person: UserActor, question: typeof questions.$inferSelect): CollaborationSide | null =>
  sideOf(person, question.companyOrganisationId, question.labOrganisationId);

/**
 * Whether the lab's side may not learn who the company is: a researcher asked about a confidential
 * need, and the company has not made itself known by inviting the lab or accepting its proposal.
 */
export function companyHiddenFrom(side: CollaborationSide, row: Pick<QuestionRow, 'need' | 'collaboration' | 'question'>): boolean {
  if (side !== 'lab' || row.question.subject !== 'need' || row.need?.visibility !== 'confidential') return false;
  const known = row.collaboration !== null && (row.collaboration.initiatedBy === 'company' || row.collaboration.acceptedAt !== null);
  return !known;
}

type MessageRow = { message: typeof messages.$inferSelect; authorName: string | null };

/** Messages as `person` on `side` reads them: the other side's names withheld where `hideCompany` says so. */
export function toMessages(rows: MessageRow[], person: UserActor, hideCompany: boolean): Message[] {
  return rows.map(({ message, authorName }) => ({
    id: message.id,
    authorSide: message.authorSide,
    authorName: hideCompany && message.authorSide === 'company' ? null : authorName,
    mine: message.authorUserId === person.id,
    body: message.body,
    createdAt: message.createdAt.toISOString(),
  }));
}

/** The messages of some threads (questions or collaborations), oldest first, grouped by thread. */
export async function messagesOf(db: DbOrTransaction, thread: 'question' | 'collaboration', ids: string[]): Promise<Map<string, MessageRow[]>> {
  const byThread = new Map<string, MessageRow[]>();
  if (ids.length === 0) return byThread;
  const column = thread === 'question' ? messages.questionId : messages.collaborationId;
  const rows = await db
    .select({ message: messages, authorName: users.fullName })
    .from(messages)
    .innerJoin(users, eq(users.id, messages.authorUserId))
    .where(inArray(column, ids))
    .orderBy(asc(messages.id));
  for (const row of rows) {
    const id = (thread === 'question' ? row.message.questionId : row.message.collaborationId) as string;
    byThread.set(id, [...(byThread.get(id) ?? []), row]);
  }
  return byThread;
}

/** A question as `person` on `side` reads it, without its messages. */
function questionFields(row: QuestionRow, side: CollaborationSide) {
  const hidden = companyHiddenFrom(side, row);
  return {
    id: row.question.id,
    subject: row.question.subject,
    askerSide: row.question.askerSide,
    mySide: side,
    lab: row.lab,
    need: row.need && { id: row.need.id, title: row.need.title },
    companyOrganisation: hidden ? null : row.company,
    labOrganisation: row.labOrganisation,
    collaborationId: row.question.collaborationId,
    createdAt: row.question.createdAt.toISOString(),
    lastMessageAt: row.question.lastMessageAt.toISOString(),
  };
}

export const toQuestion = (row: QuestionRow, side: CollaborationSide, person: UserActor, thread: MessageRow[]): Question => ({
  ...questionFields(row, side),
  messages: toMessages(thread, person, companyHiddenFrom(side, row)),
});

export function toQuestionSummary(row: QuestionRow, side: CollaborationSide, person: UserActor, thread: MessageRow[]): QuestionSummary {
  const last = thread.at(-1);
  return { ...questionFields(row, side), lastMessage: last ? (toMessages([last], person, companyHiddenFrom(side, row))[0] ?? null) : null };
}
