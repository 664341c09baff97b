import fp from 'fastify-plugin';
import { backgroundJobs, emailOutbox } from '@kopir/db';
import { createMailTransport, type MailSettings } from '../../background/mail-transport.ts';
import { oneByOne, QueuePoller } from '../../background/poller.ts';
import { notifyMatchingLabs } from '../../services/matching/notify-matching-labs.ts';

declare module 'fastify' {
  interface FastifyInstance {
    backgroundJobs: QueuePoller<typeof backgroundJobs.$inferSelect>;
    emailSender: QueuePoller<typeof emailOutbox.$inferSelect>;
  }
}

// A job or an email that failed 12 times (about an hour of retries) stays for an operator.
const retries = { batchSize: 20, maxAttempts: 12, backoff: { firstSeconds: 1, maxSeconds: 600 } };

/** The background job queue and the email outbox, worked in this process when configured to. */
export default fp<{ run: boolean; mail: MailSettings; matchNotifyThreshold: number }>(
  async function backgroundWork(app, options) {
    const send = createMailTransport(options.mail, app.log);
    const jobs = new QueuePoller<typeof backgroundJobs.$inferSelect>({
      name: 'background jobs',
      db: app.db,
      table: backgroundJobs,
      log: app.log,
      ...retries,
      handle: oneByOne(async (job, tx) => {
        if (job.kind === 'notify_matching_labs') {
          await notifyMatchingLabs(tx, job.payload.needId!, {
            search: app.meilisearch,
            taxonomy: app.taxonomy,
            threshold: options.matchNotifyThreshold,
            publicUrl: app.config.publicUrl,
          });
        }
      }),
    });
    const emails = new QueuePoller<typeof emailOutbox.$inferSelect>({
      name: 'email outbox',
      db: app.db,
      table: emailOutbox,
      log: app.log,
      ...retries,
      handle: oneByOne((email) => send({ to: email.toAddress, subject: email.subject, text: email.body, html: email.html ?? undefined })),
    });
    app.decorate('backgroundJobs', jobs);
    app.decorate('emailSender', emails);
    if (!options.run) return;
    app.addHook('onReady', async () => {
      await Promise.all([jobs.start(), emails.start()]);
    });
    app.addHook('onClose', async () => {
      await Promise.all([jobs.stop(), emails.stop()]);
    });
  },
  { name: 'background-work', dependencies: ['database', 'search', 'taxonomy'] },
);
