import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { AdmissionLimits } from './search/admission.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

const port = z.coerce.number().int().min(0).max(65_535);
const optionalUrl = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .pipe(z.url().optional());
const optionalString = z
  .string()
  .trim()
  .transform((value) => value || undefined);

/**
 * Every setting Kopir reads, with its default. The README's configuration table is this list;
 * nothing else in the code reads `process.env`.
 */
const environmentSchema = z.object({
  PORT: port.default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATA_DIR: z.string().min(1).default(`${repoRoot}.data`),
  DATABASE_URL: optionalUrl.optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
  EMBEDDED_POSTGRES_PORT: port.default(0),
  MEILI_URL: optionalUrl.optional(),
  MEILI_MASTER_KEY: optionalString.optional(),
  MEILI_BIN: optionalString.optional(),
  MEILI_INDEX_PREFIX: z
    .string()
    .regex(/^[a-zA-Z0-9_-]*$/, 'use only letters, digits, - and _')
    .default('kopir_'),
  EMBEDDED_MEILI_PORT: port.default(0),
  BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1_024)
    .max(100 * 1024 * 1024)
    .default(1024 * 1024),
  DEMO_DATA: z.stringbool().default(true),
  WEB_DIST_DIR: z.string().min(1).default(`${repoRoot}web/dist`),
  JWT_SECRET: optionalString.pipe(z.string().min(32, 'use at least 32 characters').optional()).optional(),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(86_400).default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  AUTH_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(10),
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((list) =>
      list
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.url('list full origins, e.g. https://kopir.gov.kz'))),
  // How many proxies stand in front (`true` is one), or their addresses (`10.0.0.0/8,127.0.0.1`).
  // Never "trust every hop": the client writes the first X-Forwarded-For entries itself, and would
  // choose its own address for the rate limits and the audit log.
  TRUST_PROXY: z
    .string()
    .trim()
    .default('false')
    .transform((value, context): number | string[] => {
      if (/^(false|0|)$/i.test(value)) return 0;
      if (/^true$/i.test(value)) return 1;
      if (/^\d{1,2}$/.test(value)) return Number(value);
      const addresses = value.split(',').map((address) => address.trim());
      if (addresses.every((address) => /^[0-9a-f.:]+(\/\d{1,3})?$/i.test(address))) return addresses;
      context.addIssue({ code: 'custom', message: 'use false, true (one proxy), the number of proxies, or their addresses (10.0.0.0/8,127.0.0.1)' });
      return z.NEVER;
    }),
  PUBLIC_URL: optionalUrl.optional(),
  SEARCH_OUTBOX_WORKER: z.stringbool().default(true),
  MEILI_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  SEARCH_VERIFY_AFTER_MS: z.coerce.number().int().min(0).max(3_600_000).default(10_000),
  SEARCH_INDEX_CHECK_MS: z.coerce.number().int().min(100).max(3_600_000).default(15_000),
  SEARCH_CONCURRENCY: z.coerce.number().int().min(1).max(1_000).default(4),
  SEARCH_QUEUE_SIZE: z.coerce.number().int().min(0).max(100_000).default(64),
  SEARCH_QUEUE_WAIT_MS: z.coerce.number().int().min(0).max(60_000).default(2_000),
  BACKGROUND_WORKERS: z.stringbool().default(true),
  LISTING_STATS_FLUSH_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  MATCH_NOTIFY_THRESHOLD: z.coerce.number().min(0).max(1).default(0.5),
  EMAIL_TRANSPORT: z.enum(['file', 'log', 'smtp']).default('file'),
  EMAIL_FROM: z.string().min(3).default('Kopir <no-reply@kopir.local>'),
  SMTP_URL: optionalUrl.optional(),
});

export type Environment = z.infer<typeof environmentSchema>;

/** A configuration that cannot start; the message names every wrong variable. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Parses the environment once, at start. */
export function parseEnvironment(env: NodeJS.ProcessEnv): Environment {
  const result = environmentSchema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const variable = String(issue.path[0]);
    return `${variable}=${JSON.stringify(env[variable] ?? '')} is not valid: ${issue.message}`;
  });
  throw new ConfigError(`Cannot start: ${problems.join('; ')}.`);
}

/** What the API needs once the stack is running: resolved addresses, no optional services. */
export interface AppConfig {
  databaseUrl: string;
  databasePoolSize: number;
  meilisearch: { url: string; apiKey: string | undefined; indexPrefix: string };
  logLevel: Environment['LOG_LEVEL'];
  bodyLimitBytes: number;
  /** The built web client served on the same origin; absent in API-only setups and most tests. */
  webDistDir: string | undefined;
  auth: {
    jwtSecret: string;
    accessTokenTtlSeconds: number;
    refreshTokenTtlDays: number;
    /** Sign-in, registration and refresh attempts per minute, per IP and per account. */
    rateLimitPerMinute: number;
  };
  /** Origins other than our own that browsers may call the API from; empty: same origin only. */
  corsOrigins: string[];
  /** Where people reach the web client (absolute links in emails), without a trailing slash. */
  publicUrl: string;
  /** Behind a load balancer: take the client address from X-Forwarded-For. */
  /** Proxies in front: how many hops, or their addresses; 0 when clients connect directly. */
  trustProxy: number | string[];
  /** Run the worker that carries the search outbox to Meilisearch in this process. */
  searchOutboxWorker: boolean;
  /** How long a request to Meilisearch may take before the client gives up (its outcome is then unknown). */
  meilisearchTimeoutMs: number;
  /** How long after delivery a document is checked against PostgreSQL: past the time a late, older write could land. */
  searchVerifyAfterMs: number;
  /** How often the index watch looks for an index Meilisearch lost. */
  searchIndexCheckMs: number;
  /** User-facing searches (search, matching) this process sends Meilisearch at once, and the queue behind them. */
  searchAdmission: AdmissionLimits;
  /** Run the background job and email workers in this process. */
  backgroundWorkers: boolean;
  /** A new need notifies the labs it fits at least this well (0 … 1). */
  matchNotifyThreshold: number;
  /** How often this process writes the listing counters it holds in memory (a crash loses at most this much). */
  listingStatsFlushMs: number;
  mail: { transport: 'file' | 'log' | 'smtp'; from: string; smtpUrl: string | undefined; fileDir: string };
}

/** What the launcher (or a test, a benchmark, a CLI) found or started: the addresses and the secret. */
export interface ResolvedServices {
  databaseUrl: string;
  meilisearch: AppConfig['meilisearch'];
  /** JWT_SECRET, or the one generated once per data folder. */
  jwtSecret: string;
}

/**
 * The one place an `AppConfig` is made: the parsed environment plus the services resolved at start.
 * The launcher, the CLI, the tests and the benchmarks all build theirs here, so a new setting is
 * added once and reaches every way of running the app.
 */
export function buildAppConfig(env: Environment, services: ResolvedServices): AppConfig {
  return {
    databaseUrl: services.databaseUrl,
    databasePoolSize: env.DATABASE_POOL_SIZE,
    meilisearch: services.meilisearch,
    logLevel: env.LOG_LEVEL,
    bodyLimitBytes: env.BODY_LIMIT_BYTES,
    webDistDir: env.WEB_DIST_DIR,
    auth: {
      jwtSecret: services.jwtSecret,
      accessTokenTtlSeconds: env.ACCESS_TOKEN_TTL_SECONDS,
      refreshTokenTtlDays: env.REFRESH_TOKEN_TTL_DAYS,
      rateLimitPerMinute: env.AUTH_RATE_LIMIT_PER_MINUTE,
    },
    corsOrigins: env.CORS_ORIGINS,
    trustProxy: env.TRUST_PROXY,
    // Links in emails; behind a proxy or a domain, set PUBLIC_URL.
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${env.PORT || 3000}`).replace(/\/+$/, ''),
    searchOutboxWorker: env.SEARCH_OUTBOX_WORKER,
    meilisearchTimeoutMs: env.MEILI_TIMEOUT_MS,
    searchVerifyAfterMs: env.SEARCH_VERIFY_AFTER_MS,
    searchIndexCheckMs: env.SEARCH_INDEX_CHECK_MS,
    searchAdmission: { concurrent: env.SEARCH_CONCURRENCY, queued: env.SEARCH_QUEUE_SIZE, maxWaitMs: env.SEARCH_QUEUE_WAIT_MS },
    backgroundWorkers: env.BACKGROUND_WORKERS,
    matchNotifyThreshold: env.MATCH_NOTIFY_THRESHOLD,
    listingStatsFlushMs: env.LISTING_STATS_FLUSH_MS,
    mail: { transport: env.EMAIL_TRANSPORT, from: env.EMAIL_FROM, smtpUrl: env.SMTP_URL, fileDir: join(env.DATA_DIR, 'mail') },
  };
}
