import fp from 'fastify-plugin';
import { backgroundJobs, emailOutbox } from '@kopir/db';
import { createMailTransport, type MailSettings } from '../../background/mail-transport.ts';
import { oneByOne, QueuePoller } from '../../background/poller.ts';
import { notifyMatchingLabs } from '../../services/matching/notify-matching-labs.ts';
import { runListingSweep, scheduleListingSweep } from '../../services/listings/schedule-sweep.ts';
import { sweepListings, type SweepReport } from '../../services/listings/sweep-listings.ts';
import { systemContext } from '../../services/context.ts';
import { matchSavedSearches } from '../../services/saved-searches/match-saved-searches.ts';
import { runSavedSearchDigests, scheduleSavedSearchDigests } from '../../services/saved-searches/schedule-digests.ts';
import { sendSavedSearchDigests } from '../../services/saved-searches/send-digests.ts';

declare module 'fastify' {
  interface FastifyInstance {
    backgroundJobs: QueuePoller<typeof backgroundJobs.$inferSelect>;
    emailSender: QueuePoller<typeof emailOutbox.$inferSelect>;
    /** One sweep of deadlines and stale labs, as the queued job runs it (tests call it to move time on). */
    sweepListings: () => Promise<SweepReport>;
    /** One run of the saved-search digests, as the queued job runs it (tests call it from several apps at once). */
    sendSavedSearchDigests: () => Promise<{ sent: number; more: boolean }>;
  }
}

// A job or an email that failed 12 times (about an hour of retries) stays for an operator.
const retries = { batchSize: 20, maxAttempts: 12, backoff: { firstSeconds: 1, maxSeconds: 600 } };

/** The background job queue (with the periodic listing sweep and saved-search digests) and the email outbox, worked in this process when configured to. */
export default fp<{ run: boolean; mail: MailSettings; matchNotifyThreshold: number }>(
  async function backgroundWork(app, options) {
    const send = createMailTransport(options.mail, app.log);
    const contextParts = { db: app.db, search: app.meilisearch, taxonomy: app.taxonomy, now: app.clock, publicUrl: app.config.publicUrl };
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
        if (job.kind === 'sweep_listings') await runListingSweep(tx, job, contextParts, app.log);
        if (job.kind === 'match_saved_searches') {
          const { kind, id, version } = job.payload;
          await matchSavedSearches({
            ctx: systemContext({ ...contextParts, db: tx }, 'match-saved-searches'),
            input: { kind: kind === 'need' ? 'need' : 'lab', id: id!, version: Number(version) },
          });
        }
        if (job.kind === 'send_saved_search_digests') await runSavedSearchDigests(tx, job, contextParts, app.log);
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
    app.decorate('sweepListings', () => sweepListings({ ctx: systemContext(contextParts, 'sweep-listings') }));
    app.decorate('sendSavedSearchDigests', () => sendSavedSearchDigests({ ctx: systemContext(contextParts, 'send-saved-search-digests') }));
    if (!options.run) return;
    app.addHook('onReady', async () => {
      // The periodic sweep of deadlines and stale labs lives in the job queue; the first replica to start queues it.
      await scheduleListingSweep(app.db);
      await scheduleSavedSearchDigests(app.db);
      await Promise.all([jobs.start(), emails.start()]);
    });
    app.addHook('onClose', async () => {
      await Promise.all([jobs.stop(), emails.stop()]);
    });
  },
  { name: 'background-work', dependencies: ['database', 'search', 'taxonomy'] },
);
