import type { FastifyRequest } from 'fastify';
import type { Database } from '@kopir/db';
import type { Actor } from '../access/actor.ts';
import type { TaxonomyCache } from '../taxonomy/live-taxonomy.ts';
import { AppError } from '../errors.ts';

/** What every service verb receives besides its input: the database and who is asking. */
export interface ServiceContext {
  db: Database;
  actor: Actor | null;
  /** The caller's address, for the audit log and rate limits. */
  ip: string;
  taxonomy: TaxonomyCache;
  /** The current time; a test may set the app's clock. */
  now: () => Date;
  /** Where people reach the web client, for absolute links in emails (no trailing slash). */
  publicUrl: string;
}

export const contextOf = (request: FastifyRequest): ServiceContext => ({
  db: request.server.db,
  actor: request.actor,
  ip: request.ip,
  taxonomy: request.server.taxonomy,
  now: request.server.clock,
  publicUrl: request.server.config.publicUrl,
});

/** The actor of a route whose rule requires sign-in (the rule check has already run). */
export function signedInActor(ctx: ServiceContext): Actor {
  if (!ctx.actor) throw new AppError('UNAUTHENTICATED', 'Sign in to do this');
  return ctx.actor;
}
