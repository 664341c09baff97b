import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { countPendingMigrations } from '@kopir/db';
import { livenessSchema, readinessSchema, type Readiness } from '@kopir/shared';
import { allow } from '../access/rules.ts';

const CHECK_TIMEOUT_MS = 2_000;

type Check = Readiness['checks']['postgres'];

/** `work`, or a rejection once it took longer than a check may: /ready answers in time, whatever hangs. */
const withinCheckTime = <T>(work: Promise<T>): Promise<T> =>
  Promise.race([
    work,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS).unref()),
  ]);

/** Runs one dependency check, timing it and turning a failure or a hang into `ok: false`. */
async function timed(check: () => Promise<unknown>): Promise<Check> {
  const started = performance.now();
  try {
    await withinCheckTime(check());
    return { ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { ok: false, latencyMs: Math.round(performance.now() - started), error: (error as Error).message };
  }
}

/** Liveness for the process supervisor, readiness for the load balancer. Both public. */
const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health',
    {
      config: { access: allow.public('liveness probe') },
      schema: { tags: ['operations'], summary: 'The process is alive', response: { 200: livenessSchema } },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/ready',
    {
      config: { access: allow.public('readiness probe') },
      schema: {
        tags: ['operations'],
        summary: 'PostgreSQL and Meilisearch are reachable and every migration is applied',
        response: { 200: readinessSchema, 503: readinessSchema },
      },
    },
    async (_request, reply) => {
      let pending: number | undefined;
      const [postgres, migrations, meilisearch, searchOutbox, verification, backgroundJobs, emailOutbox] = await Promise.all([
        timed(() => app.sql`select 1`),
        timed(async () => {
          pending = await countPendingMigrations(app.sql);
          if (pending > 0) throw new Error(`${pending} migration(s) not applied`);
        }),
        timed(() => app.meilisearch.client.health()),
        withinCheckTime(app.searchOutbox.lag()).catch(() => undefined),
        withinCheckTime(app.searchVerifier.state()).catch(() => undefined),
        withinCheckTime(app.backgroundJobs.queueState()).catch(() => undefined),
        withinCheckTime(app.emailSender.queueState()).catch(() => undefined),
      ]);
      const searchVerification = verification && { pending: verification.pending, driftFound: verification.found, driftHealed: verification.healed };
      const checks = { postgres, migrations: { ...migrations, ...(pending !== undefined && { pending }) }, meilisearch };
      const ready = postgres.ok && migrations.ok && meilisearch.ok;
      return reply.status(ready ? 200 : 503).send({
        ready,
        checks,
        ...(searchOutbox && { searchOutbox }),
        ...(searchVerification && { searchVerification }),
        ...(backgroundJobs && { backgroundJobs }),
        ...(emailOutbox && { emailOutbox }),
        searchIndexRebuilds: app.searchIndexWatch.rebuilds,
      });
    },
  );
};

export default healthRoutes;
