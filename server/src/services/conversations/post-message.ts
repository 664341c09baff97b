import { eq } from 'drizzle-orm';
import { collaborations, messages, questions, users, type DbOrTransaction } from '@kopir/db';
import type { Message } from '@kopir/shared';
import { AppError, notFound } from '../../errors.ts';
import { collaborationRows } from '../collaborations/get-collaboration.ts';
import { readsAll, sideOf } from '../collaborations/parties.ts';
import { signedInActor, withTransaction, type ServiceContext } from '../context.ts';
import { companyHiddenFrom, questionRows, questionSideOf, toMessages } from './question-view.ts';
import { tellOfMessage } from './tell-other-side.ts';

const nameOf = async (db: DbOrTransaction, userId: string) =>
  (await db.select({ fullName: users.fullName }).from(users).where(eq(users.id, userId)))[0]?.fullName ?? null;

/** Writes in a question's thread, as one of its two organisations; tells the other side. */
export async function postQuestionMessage({ ctx, input: { id, body } }: { ctx: ServiceContext; input: { id: string; body: string } }): Promise<Message> {
  const person = signedInActor(ctx);
  return withTransaction(ctx, async ({ db }) => {
    // The question's row is locked while writing, so its last-message time moves in message order.
    const [row] = await questionRows(db).where(eq(questions.id, id)).for('update', { of: questions });
    const side = row && questionSideOf(person, row.question);
    if (!row || !side) throw notFound('The question');
    const [message] = await db.insert(messages).values({ questionId: id, authorUserId: person.id, authorSide: side, body }).returning();
    await db.update(questions).set({ lastMessageAt: message!.createdAt }).where(eq(questions.id, id));
    await tellOfMessage(
      db,
      {
        thread: 'question',
        threadId: id,
        companyOrganisationId: row.question.companyOrganisationId,
        labOrganisationId: row.question.labOrganisationId,
        // Named after what it asks about, as when it was asked.
        needTitle: row.question.subject === 'need' ? (row.need?.title ?? null) : null,
        labName: row.question.subject === 'lab' ? (row.lab?.name ?? null) : null,
      },
      { to: side === 'company' ? 'lab' : 'company', body, publicUrl: ctx.publicUrl },
    );
    return toMessages([{ message: message!, authorName: await nameOf(db, person.id) }], person, companyHiddenFrom(side, row))[0]!;
  });
}

/**
 * The collaboration's row and the reader's side of it. A conversation is between the two parties:
 * the ministry and admins, who read every collaboration, do not read what its parties say.
 */
export async function collaborationThread(ctx: ServiceContext, id: string) {
  const person = signedInActor(ctx);
  const [row] = await collaborationRows(ctx.db).where(eq(collaborations.id, id));
  if (!row) throw notFound('The collaboration');
  const side = sideOf(person, row.needs.organisationId, row.labs.organisationId);
  if (!side) {
    throw new AppError(
      'NOT_YOURS',
      readsAll(person) ? 'A collaboration’s conversation is for its two parties only' : 'This collaboration is between other organisations',
    );
  }
  const c = row.collaborations;
  // As on the collaboration itself: a lab that proposed to a confidential need learns who is behind it once the company answers yes.
  const hideCompany = side === 'lab' && row.needs.visibility === 'confidential' && c.initiatedBy === 'lab' && c.acceptedAt === null;
  return { person, row, side, hideCompany };
}

/** Writes in a collaboration's thread, as one of its parties, at any stage; tells the other side. */
export async function postCollaborationMessage({ ctx, input: { id, body } }: { ctx: ServiceContext; input: { id: string; body: string } }): Promise<Message> {
  const { person, row, side, hideCompany } = await collaborationThread(ctx, id);
  return withTransaction(ctx, async ({ db }) => {
    const [message] = await db.insert(messages).values({ collaborationId: id, authorUserId: person.id, authorSide: side, body }).returning();
    await tellOfMessage(
      db,
      {
        thread: 'collaboration',
        threadId: id,
        companyOrganisationId: row.needs.organisationId,
        labOrganisationId: row.labs.organisationId,
        needTitle: row.needs.title,
        labName: row.labs.name,
      },
      { to: side === 'company' ? 'lab' : 'company', body, publicUrl: ctx.publicUrl },
    );
    return toMessages([{ message: message!, authorName: await nameOf(db, person.id) }], person, hideCompany)[0]!;
  });
}
