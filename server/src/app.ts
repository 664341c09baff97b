import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppConfig } from './config.ts';
import { redactedPaths, safeErrorSerializer } from './log-safety.ts';
import openapi from './plugins/external/openapi.ts';
import webClient from './plugins/external/web-client.ts';
import database from './plugins/app/database.ts';
import errorHandler from './plugins/app/error-handler.ts';
import { clientErrorHandler, frameworkErrors } from './plugins/app/client-errors.ts';
import inputGuard from './plugins/app/input-guard.ts';
import search from './plugins/app/search.ts';
import auth from './plugins/app/auth.ts';
import security from './plugins/external/security.ts';
import adminRoutes from './routes/api/admin.ts';
import authRoutes from './routes/api/auth.ts';
import meRoutes from './routes/api/me.ts';
import organisationRoutes from './routes/api/organisations.ts';
import collaborationRoutes from './routes/api/collaborations.ts';
import notificationRoutes from './routes/api/notifications.ts';
import analyticsRoutes from './routes/api/analytics.ts';
import publicRoutes from './routes/api/public.ts';
import reportRoutes from './routes/api/reports.ts';
import labRoutes from './routes/api/labs.ts';
import needRoutes from './routes/api/needs.ts';
import shortlistRoutes from './routes/api/shortlist.ts';
import questionRoutes from './routes/api/questions.ts';
import savedSearchRoutes from './routes/api/saved-searches.ts';
import taxonomyRoutes from './routes/api/taxonomy.ts';
import searchIndexing from './plugins/app/search-indexing.ts';
import backgroundWork from './plugins/app/background-work.ts';
import taxonomy from './plugins/app/taxonomy.ts';
import listingStats from './plugins/app/listing-stats.ts';
import healthRoutes from './routes/health.ts';
import pageRoutes from './routes/pages.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** The configuration this app was built with. */
    config: AppConfig;
    /** The time, as services see it; tests set it to check deadlines. */
    clock: () => Date;
  }
}

export interface BuildAppOptions {
  /** Where logs go instead of stdout (tests capture them). */
  logStream?: NodeJS.WritableStream;
  /** The time services see (deadlines, lateness); the real clock unless a test sets one. */
  clock?: () => Date;
}

/** A caller-supplied request id is kept only if it is a plain token, so it cannot forge log lines. */
const requestIdPattern = /^[\w.:-]{1,64}$/;

/**
 * Builds the whole API without listening, so tests can `inject` requests into exactly what
 * production runs. Plugins load in a fixed order: error handling, external, app services, routes.
 */
export async function buildApp(config: AppConfig, options: BuildAppOptions = {}) {
  const logger: FastifyServerOptions['logger'] = {
    level: config.logLevel,
    redact: { paths: redactedPaths, censor: '[redacted]' },
    serializers: { err: safeErrorSerializer },
    ...(options.logStream && { stream: options.logStream }),
  };
  const app = Fastify({
    logger,
    bodyLimit: config.bodyLimitBytes,
    // A hop count as a trust function: hop 0 is the proxy that connected to us, then the one before it.
    trustProxy: Array.isArray(config.trustProxy)
      ? config.trustProxy
      : config.trustProxy > 0 && ((_address: string, hop: number) => hop < (config.trustProxy as number)),
    // While stopping, a request that arrives on a connection already open (keep-alive) is served,
    // not refused with 503: PostgreSQL and Meilisearch are still there until the last response is
    // sent, and the balancer or browser that sent it would otherwise see a failure for nothing.
    // Idle connections are closed at once and new ones refused, so the drain still ends.
    return503OnClosing: false,
    // Errors met before routing (bad percent-encoding, 431) answer in the API's error shape too.
    frameworkErrors,
    clientErrorHandler,
    genReqId: (request) => {
      const supplied = request.headers['x-request-id'];
      return typeof supplied === 'string' && requestIdPattern.test(supplied) ? supplied : randomUUID();
    },
  }).withTypeProvider<ZodTypeProvider>();

  app.decorate('config', config);
  app.decorate('clock', options.clock ?? (() => new Date()));
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(errorHandler);
  await app.register(inputGuard);
  await app.register(database, { url: config.databaseUrl, poolSize: config.databasePoolSize });
  await app.register(security, { corsOrigins: config.corsOrigins });
  await app.register(openapi);
  await app.register(search, { ...config.meilisearch, admission: config.searchAdmission, timeoutMs: config.meilisearchTimeoutMs });
  await app.register(taxonomy);
  await app.register(searchIndexing, {
    runWorker: config.searchOutboxWorker,
    verifyAfterMs: config.searchVerifyAfterMs,
    indexCheckMs: config.searchIndexCheckMs,
  });
  await app.register(backgroundWork, { run: config.backgroundWorkers, mail: config.mail, matchNotifyThreshold: config.matchNotifyThreshold });
  await app.register(listingStats, { secret: config.auth.jwtSecret, flushMs: config.listingStatsFlushMs });
  await app.register(auth, { secret: config.auth.jwtSecret, accessTokenTtlSeconds: config.auth.accessTokenTtlSeconds });

  await app.register(healthRoutes);
  await app.register(
    async (api) => {
      await api.register(authRoutes, { prefix: '/auth', auth: config.auth });
      await api.register(meRoutes);
      await api.register(organisationRoutes);
      await api.register(adminRoutes);
      await api.register(taxonomyRoutes);
      await api.register(labRoutes);
      await api.register(needRoutes);
      await api.register(shortlistRoutes);
      await api.register(questionRoutes);
      await api.register(savedSearchRoutes);
      await api.register(collaborationRoutes);
      await api.register(notificationRoutes);
      await api.register(analyticsRoutes);
      await api.register(publicRoutes);
      await api.register(reportRoutes);
    },
    { prefix: '/api/v1' },
  );
  if (config.webDistDir) await app.register(webClient, { distDir: config.webDistDir });
  else app.decorate('webPage', null);
  await app.register(pageRoutes);
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
