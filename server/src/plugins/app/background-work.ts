import fp from 'fastify-plugin';
import { backgroundJobs, emailOutbox } from '@kopir/db';
import { createMailTransport, type MailSettings } from '../../background/mail-transport.ts';
import { notifyMatchingLabs } from '../../background/notify-matching-labs.ts';
import { QueueWorker } from '../../background/queue-worker.ts';

declare module 'fastify' {
  interface FastifyInstance {
    backgroundJobs: QueueWorker<typeof backgroundJobs.$inferSelect>;
    emailSender: QueueWorker<typeof emailOutbox.$inferSelect>;
  }
}

/** The background job queue and the email outbox, worked in this process when configured to. */
export default fp<{ run: boolean; mail: MailSettings; matchNotifyThreshold: number }>(
  async function backgroundWork(app, options) {
    const send = createMailTransport(options.mail, app.log);
    const jobs = new QueueWorker<typeof backgroundJobs.$inferSelect>({
      name: 'background jobs',
      db: app.db,
      table: backgroundJobs,
      log: app.log,
      handle: async (job, tx) => {
        if (job.kind === 'notify_matching_labs') {
          await notifyMatchingLabs(tx, job.payload.needId!, {
            search: app.meilisearch,
            taxonomy: app.taxonomy,
            threshold: options.matchNotifyThreshold,
            publicUrl: app.config.publicUrl,
          });
        }
      },
    });
    const emails = new QueueWorker<typeof emailOutbox.$inferSelect>({
      name: 'email outbox',
      db: app.db,
      table: emailOutbox,
      log: app.log,
      handle: (email) => send({ to: email.toAddress, subject: email.subject, text: email.body }),
    });
    app.decorate('backgroundJobs', jobs);
    app.decorate('emailSender', emails);
    if (!options.run) return;
    app.addHook('onReady', async () => {
      jobs.start();
      emails.start();
    });
    app.addHook('onClose', async () => {
      await Promise.all([jobs.stop(), emails.stop()]);
    });
  },
  { name: 'background-work', dependencies: ['database', 'search', 'taxonomy'] },
);
