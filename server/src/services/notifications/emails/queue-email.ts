import { emailOutbox, type DbOrTransaction } from '@kopir/db';
import type { RenderedEmail } from './rendered-email.ts';

/** Queues emails in the caller's transaction, for the email worker to send: the text part as `body`, the HTML beside it. */
export async function queueEmails(db: DbOrTransaction, emails: { to: string; email: RenderedEmail }[]): Promise<void> {
  if (emails.length === 0) return;
  await db.insert(emailOutbox).values(emails.map(({ to, email }) => ({ toAddress: to, subject: email.subject, body: email.text, html: email.html })));
}
