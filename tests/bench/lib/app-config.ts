import type { AppConfig } from '@kopir/server';
import type { BenchServices } from './services.ts';

/** The API as a benchmark runs it: one process, workers off, quiet logs. */
export const benchAppConfig = (services: BenchServices, prefix: string): AppConfig => ({
  databaseUrl: services.databaseUrl,
  databasePoolSize: 10,
  meilisearch: { url: services.meili.url, apiKey: services.meili.key, indexPrefix: prefix },
  logLevel: 'warn',
  bodyLimitBytes: 1_048_576,
  webDistDir: undefined,
  auth: { jwtSecret: 'bench-secret-bench-secret-bench-secret-0', accessTokenTtlSeconds: 3_600, refreshTokenTtlDays: 1, rateLimitPerMinute: 10 },
  corsOrigins: [],
  trustProxy: false,
  publicUrl: 'http://localhost:3000',
  searchOutboxWorker: false,
  backgroundWorkers: false,
  matchNotifyThreshold: 0.5,
  mail: { transport: 'log', from: 'bench@kopir.local', smtpUrl: undefined, fileDir: '/tmp' },
});
