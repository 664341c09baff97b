import t from 'tap';
import { eq, sql } from 'drizzle-orm';
import { emailOutbox } from '@kopir/db';
import { findFreePort } from '@kopir/server/stack';
import { createTestApp } from '../harness/test-app.ts';

t.test('an email the mail server does not take stays in the outbox with its error, retried later, and after 12 attempts waits for an operator', async (t) => {
  // A port nobody listens on: the SMTP connection is refused for real.
  const app = await createTestApp(t, {
    mail: { transport: 'smtp', from: 'Kopir <kopir@kopir.local>', smtpUrl: `smtp://127.0.0.1:${await findFreePort()}`, fileDir: '' },
  });
  const [email] = await app.db.insert(emailOutbox).values({ toAddress: 'someone@example.kz', subject: 'Hello', body: 'Hello.' }).returning();

  t.equal(await app.emailSender.drainOnce(), 1, 'the poller claims the email');
  const [kept] = await app.db.select().from(emailOutbox).where(eq(emailOutbox.id, email!.id));
  t.equal(kept?.attempts, 1, 'it stays, with the attempt counted');
  t.match(kept?.lastError, /ECONNREFUSED|connect/i, 'and the reason');
  t.ok(kept && kept.availableAt.getTime() > Date.now(), 'not due again before its backoff');
  t.equal(await app.emailSender.drainOnce(), 0, 'so the next poll leaves it alone');

  await app.db.update(emailOutbox).set({ attempts: 12, availableAt: sql`now()` }).where(eq(emailOutbox.id, email!.id));
  t.equal(await app.emailSender.drainOnce(), 0, 'after 12 attempts it is not claimed any more');
  t.equal((await app.db.select().from(emailOutbox)).length, 1, 'but kept, for an operator to look at');
});
