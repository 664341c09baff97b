import { desc, eq } from 'drizzle-orm';
import { emailOutbox } from '@kopir/db';
import type { App } from '@kopir/server';

/** The newest email queued for `to` (tests run without the email worker, so it waits in the outbox). */
export async function latestEmailTo(app: App, to: string) {
  const [email] = await app.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, to)).orderBy(desc(emailOutbox.id)).limit(1);
  return email;
}

/** The token of the link in the newest email to `to` (`…#token=…` or `…#invitation=…`). */
export async function linkTokenSentTo(app: App, to: string): Promise<string> {
  const email = await latestEmailTo(app, to);
  const token = email?.body.match(/[?&#](?:token|invitation)=([\w-]+)/)?.[1];
  if (!token) throw new Error(`No link in the newest email to ${to}: ${email?.subject ?? 'no email at all'}`);
  return token;
}
