import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { notifications, type DbOrTransaction, type Transaction } from '@kopir/db';
import { pickText, type CollaborationSide, type Locale, type LocalizedText, type ThreadKind } from '@kopir/shared';
import { messageEmail, questionEmail } from '../notifications/emails/conversation-emails.ts';
import { membersOf, notify } from '../notifications/notify.ts';

/** A thread's two organisations and what it is about, as both sides may read it. */
export interface ThreadParties {
  thread: ThreadKind;
  threadId: string;
  companyOrganisationId: string;
  labOrganisationId: string;
  needTitle: string | null;
  labName: LocalizedText | null;
}

const roleOf = (side: CollaborationSide) => (side === 'company' ? 'company' : 'researcher');
const pathOf = (parties: ThreadParties) => `/${parties.thread === 'question' ? 'questions' : 'collaborations'}/${parties.threadId}`;
const aboutIn = (parties: ThreadParties, locale: Locale) => parties.needTitle ?? (parties.labName ? pickText(parties.labName, locale) : '');
const membersOfSide = (tx: Transaction, parties: ThreadParties, side: CollaborationSide) =>
  membersOf(tx, side === 'company' ? parties.companyOrganisationId : parties.labOrganisationId, roleOf(side));

/** Tells the asked side of a new question, in the app and by email, each person in their language. */
export async function tellOfQuestion(
  tx: Transaction,
  parties: ThreadParties,
  { to, body, publicUrl }: { to: CollaborationSide; body: string; publicUrl: string },
): Promise<void> {
  await notify(tx, await membersOfSide(tx, parties, to), {
    kind: 'question_received',
    payload: { questionId: parties.threadId, needTitle: parties.needTitle, labName: parties.labName },
    email: (locale) => questionEmail(locale, publicUrl, { questionId: parties.threadId, about: aboutIn(parties, locale), body }),
  });
}

/**
 * Tells the other side of a thread that someone wrote. A person who has not yet read the last
 * notice of this thread is not told again: one unread notice (and one email) per thread, however
 * many messages follow it, so a lively conversation does not flood anyone's inbox.
 */
export async function tellOfMessage(
  tx: Transaction,
  parties: ThreadParties,
  { to, body, publicUrl }: { to: CollaborationSide; body: string; publicUrl: string },
): Promise<void> {
  const unread = await tx
    .select({ userId: notifications.userId })
    .from(notifications)
    .where(and(eq(notifications.kind, 'message_received'), isNull(notifications.readAt), sql`${notifications.payload}->>'threadId' = ${parties.threadId}`));
  const told = new Set(unread.map((row) => row.userId));
  const recipients = (await membersOfSide(tx, parties, to)).filter((member) => !told.has(member.id));
  await notify(tx, recipients, {
    kind: 'message_received',
    payload: { thread: parties.thread, threadId: parties.threadId, needTitle: parties.needTitle, labName: parties.labName },
    email: (locale) => messageEmail(locale, publicUrl, { path: pathOf(parties), about: aboutIn(parties, locale), body }),
  });
}

/**
 * The reader opened a thread: the notices of it they had not read are read now, so the next
 * message is announced again (see tellOfMessage).
 */
export async function markThreadRead(db: DbOrTransaction, userId: string, threadId: string, now: Date): Promise<void> {
  await db
    .update(notifications)
    .set({ readAt: now })
    .where(
      and(
        eq(notifications.userId, userId),
        isNull(notifications.readAt),
        inArray(notifications.kind, ['message_received', 'question_received']),
        or(sql`${notifications.payload}->>'threadId' = ${threadId}`, sql`${notifications.payload}->>'questionId' = ${threadId}`),
      ),
    );
}
