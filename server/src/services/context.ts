import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { DbOrTransaction, Transaction } from '@kopir/db';
import { systemActor, type Actor, type SystemActor, type UserActor } from '../access/actor.ts';
import { AppError } from '../errors.ts';
import { listingCounter, type ListingCounter } from '../listing-stats/counter.ts';
import type { SearchService } from '../search/client.ts';
import type { TaxonomyCache } from '../taxonomy/live-taxonomy.ts';

/** What every service verb receives besides its input: where the data is, who is asking, and when. */
export interface ServiceContext {
  /** The database, or the transaction the verb runs in (see `withTransaction`). */
  db: DbOrTransaction;
  /** A signed-in person, the system (a job or a command), or null for an anonymous request. */
  actor: Actor | null;
  /** The caller's address, for the audit log and rate limits; null when the system acts. */
  ip: string | null;
  search: SearchService;
  taxonomy: TaxonomyCache;
  /** The current time; a test may set the app's clock. */
  now: () => Date;
  /** Where people reach the web client, for absolute links in emails (no trailing slash). */
  publicUrl: string;
  /**
   * Where a request counts what it showed of listings (views, search results, matches); absent for
   * jobs and commands, which show nobody anything.
   */
  listings?: ListingCounter;
}

/** The parts of a context that do not depend on who is asking. */
export type ContextParts = Omit<ServiceContext, 'actor' | 'ip'>;

/** The shared parts of every context, as the app holds them. */
const contextPartsOf = (app: FastifyInstance): ContextParts => ({
  db: app.db,
  search: app.meilisearch,
  taxonomy: app.taxonomy,
  now: app.clock,
  publicUrl: app.config.publicUrl,
});

/** The context of a request: its signed-in person (or nobody) and its address. */
export const contextOf = (request: FastifyRequest): ServiceContext => ({
  ...contextPartsOf(request.server),
  actor: request.actor,
  ip: request.ip,
  listings: listingCounter(
    request.server.listingTally,
    { actor: request.actor, ip: request.ip, userAgent: request.headers['user-agent'] },
    request.server.clock,
  ),
});

/** The context of a background job or command: the system acts, named for the job (e.g. 'notify-matching-labs'). */
export const systemContext = (parts: ContextParts, job: string): ServiceContext => ({ ...parts, actor: systemActor(job), ip: null });

/**
 * Runs `work` in one transaction, with a context whose `db` is that transaction, so that every
 * verb it calls writes inside it. Inside a transaction already, it opens a savepoint.
 */
export function withTransaction<T>(ctx: ServiceContext, work: (ctx: ServiceContext & { db: Transaction }) => Promise<T>): Promise<T> {
  return ctx.db.transaction((tx) => work({ ...ctx, db: tx }));
}

/**
 * The person behind a verb that only people may call (the route's rule requires sign-in, and has
 * run already). The system calling one is a bug in the job, not a refusal to explain to anyone.
 */
export function signedInActor(ctx: Pick<ServiceContext, 'actor'>): UserActor {
  if (ctx.actor?.kind === 'system') throw new Error(`The system (${ctx.actor.job}) called a verb that only a signed-in person may call`);
  if (!ctx.actor) throw new AppError('UNAUTHENTICATED', 'Sign in to do this');
  return ctx.actor;
}

/**
 * The system behind a verb only a job may call (the listing sweep closes and marks what nobody
 * asked it to in person). A request reaching one is a bug in its route, not a refusal.
 */
export function systemActorOf(ctx: Pick<ServiceContext, 'actor'>): SystemActor {
  if (ctx.actor?.kind !== 'system') throw new Error('A verb that only the system may call was called for a person or nobody');
  return ctx.actor;
}
