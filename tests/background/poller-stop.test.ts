import t from 'tap';
import { emailOutbox } from '@kopir/db';
import { QueuePoller } from '@kopir/server';
import { createTestApp } from '../harness/test-app.ts';

t.test('stopping a poller gives up a batch that waits on a slow service: the stop does not wait, and the row stays for later', async (t) => {
  const app = await createTestApp(t);
  await app.db.insert(emailOutbox).values({ toAddress: 'someone@example.kz', subject: 'Hello', body: 'Hello.' });
  let claimed!: () => void;
  const batchClaimed = new Promise<void>((resolve) => (claimed = resolve));
  const poller = new QueuePoller<typeof emailOutbox.$inferSelect>({
    name: 'slow service',
    db: app.db,
    table: emailOutbox,
    log: app.log,
    backoff: { firstSeconds: 1, maxSeconds: 1 },
    // A service that answers only after ten minutes (as a frozen Meilisearch would), unless told to stop waiting.
    handle: (_rows, _tx, stopping) => {
      claimed();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => resolve(new Map()), 600_000);
        stopping.addEventListener('abort', () => {
          clearTimeout(timer);
          reject(new Error('stopping'));
        });
      });
    },
  });
  await poller.start();
  await batchClaimed;
  const stopped = await Promise.race([poller.stop().then(() => 'stopped'), new Promise((resolve) => setTimeout(() => resolve('still waiting'), 10_000))]);
  t.equal(stopped, 'stopped', 'the poller stopped without waiting for the service');
  const [row] = await app.db.select().from(emailOutbox);
  t.equal(row?.attempts, 1, 'the email stays in the outbox, its attempt counted');
  t.match(row?.lastError, /stopping/, 'with the reason it was not sent');
});
