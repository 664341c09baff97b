import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { SqlClient } from '@kopir/db';

/** How often a process deletes windows that ended: the table stays the size of the last minutes' clients. */
const SWEEP_EVERY_MS = 60_000;

type Callback = Parameters<FastifyRateLimitStore['incr']>[1];

/**
 * The rate limiter's counts in PostgreSQL (`rate_limit_windows`), so that N API replicas behind a
 * balancer count one window, not N. PostgreSQL rather than Redis: it is already the one service
 * every replica must reach, the limited routes (sign-up, sign-in, links, invitations) each write
 * to it anyway, and one more server would be one more thing to run and to lose. Each count is one
 * upsert, atomic under concurrent replicas. When PostgreSQL is out the count fails and the route
 * answers 503 (never lets an unlimited burst through).
 */
export function postgresRateLimitStore(sql: SqlClient): FastifyRateLimitStoreCtor {
  let lastSweep = 0;
  const sweep = () => {
    if (Date.now() - lastSweep < SWEEP_EVERY_MS) return;
    lastSweep = Date.now();
    sql`delete from rate_limit_windows where ends_at < now()`.catch(() => {
      lastSweep = 0; // PostgreSQL is out: the next count tries again
    });
  };

  // Not `implements FastifyRateLimitStore`: its types say child() receives the route's options, but
  // the plugin passes its merged parameters, which carry the route as `routeInfo`.
  class PostgresRateLimitStore {
    /** The route's method and path: a key counts per route, as the in-memory store does. */
    readonly #scope: string;

    constructor(options: { routeInfo?: { method?: string | string[]; url?: string } } = {}) {
      const { method, url } = options.routeInfo ?? {};
      this.#scope = url ? `${[method].flat().join(',')} ${url}|` : '';
    }

    incr(key: string, callback: Callback, timeWindow: number): void {
      sweep();
      const scoped = this.#scope + key;
      sql<{ hits: number; ttl: number }[]>`
        insert into rate_limit_windows (key, hits, ends_at) values (${scoped}, 1, now() + ${timeWindow} * interval '1 millisecond')
        on conflict (key) do update set
          hits = case when rate_limit_windows.ends_at <= now() then 1 else rate_limit_windows.hits + 1 end,
          ends_at = case when rate_limit_windows.ends_at <= now() then excluded.ends_at else rate_limit_windows.ends_at end
        returning hits, greatest(0, ceil(extract(epoch from ends_at - now()) * 1000))::int as ttl`.then(
        ([row]) => callback(null, { current: row!.hits, ttl: row!.ttl }),
        (error: Error) => callback(error),
      );
    }

    child(parameters: ConstructorParameters<typeof PostgresRateLimitStore>[0]): PostgresRateLimitStore {
      return new PostgresRateLimitStore(parameters);
    }
  }
  return PostgresRateLimitStore as unknown as FastifyRateLimitStoreCtor;
}
