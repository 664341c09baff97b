import fp from 'fastify-plugin';
import { ListingTally, pruneReaders } from '../../listing-stats/tally.ts';
import { dayInKazakhstan } from '@kopir/shared';

declare module 'fastify' {
  interface FastifyInstance {
    /** What this process counted for listings' owners and has not written yet. */
    listingTally: ListingTally;
    /** Writes what the tally holds now (the timer does it every `flushMs`, and closing does it last). */
    flushListingStats: () => Promise<void>;
  }
}

const hourMs = 3_600_000;

/**
 * The listing counters of this process: counted in memory on the request, written in batches
 * every `flushMs` and once more when the app closes (before the database pool, closed after it).
 */
export default fp<{ secret: string; flushMs: number }>(
  async function listingStats(app, options) {
    const tally = new ListingTally(options.secret);
    let prunedAt = 0;
    const flush = async () => {
      await tally.flush(app.db);
      const now = app.clock();
      if (now.getTime() - prunedAt < hourMs) return;
      prunedAt = now.getTime();
      // Yesterday's readers stay, so a flush just after midnight still finds them.
      await pruneReaders(app.db, dayInKazakhstan(new Date(now.getTime() - 24 * hourMs)));
    };
    const timer = setInterval(() => {
      flush().catch((error: unknown) => app.log.warn({ err: error }, 'listing counters not written; trying again with the next flush'));
    }, options.flushMs);
    timer.unref();
    app.decorate('listingTally', tally);
    app.decorate('flushListingStats', flush);
    app.addHook('onClose', async () => {
      clearInterval(timer);
      await flush().catch((error: unknown) => app.log.error({ err: error }, 'listing counters lost on close'));
    });
  },
  { name: 'listing-stats', dependencies: ['database'] },
);
