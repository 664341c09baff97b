import { buildAppConfig, parseEnvironment, type AppConfig } from '@kopir/server';
import type { BenchServices } from './services.ts';

/** The API as a benchmark runs it: one process, workers off, quiet logs. */
export const benchAppConfig = (services: BenchServices, prefix: string): AppConfig => ({
  ...buildAppConfig(
    parseEnvironment({
      LOG_LEVEL: 'warn',
      ACCESS_TOKEN_TTL_SECONDS: '3600',
      SEARCH_OUTBOX_WORKER: 'false',
      BACKGROUND_WORKERS: 'false',
      EMAIL_TRANSPORT: 'log',
    }),
    {
      databaseUrl: services.databaseUrl,
      meilisearch: { url: services.meili.url, apiKey: services.meili.key, indexPrefix: prefix },
      jwtSecret: 'bench-secret-bench-secret-bench-secret-0',
    },
  ),
  webDistDir: undefined,
});
