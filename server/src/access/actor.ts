import type { UserRole } from '@kopir/shared';
import { AppError } from '../errors.ts';

/**
 * How far a signed-in account is from full use: it verifies its address first, then (ministry,
 * region and admin accounts, and anyone who turned it on) gives its second factor in this session.
 */
export type AccountStage = 'complete' | 'verify_email' | 'second_factor' | 'second_factor_setup';

/** The signed-in user behind a request, as PostgreSQL states it now (not as the token remembers it). */
export interface UserActor {
  kind: 'user';
  id: string;
  role: UserRole;
  /** The organisation the person is an active member of; null until the address is verified. */
  organisationId: string | null;
  regionCode: string | null;
  /** The session of the access token. */
  sessionId: string;
  stage: AccountStage;
}

/**
 * Kopir itself, doing work nobody asked for in person: a background job or a command-line tool.
 * It is no user and holds no role, so no rule written for people lets it through; each verb a job
 * calls says what the system may do there (see `docs/authorization.md`, "The system").
 */
export interface SystemActor {
  kind: 'system';
  /** Which job or tool is acting, for the audit log and the logs. */
  job: string;
}

/** Who a service verb acts for: a signed-in person or the system. */
export type Actor = UserActor | SystemActor;

/** The actor of a background job or command, named for it (e.g. `systemActor('notify-matching-labs')`). */
export const systemActor = (job: string): SystemActor => ({ kind: 'system', job });

/** The signed-in person among the actors, or null for the anonymous and for the system. */
export const personOf = (actor: Actor | null): UserActor | null => (actor?.kind === 'user' ? actor : null);

/**
 * The one answer for "this resource is not yours": 403 everywhere. The resources it guards are
 * visible to others in part anyway (organisations and labs are public; a confidential need shows
 * its title), so a 404 would hide nothing, and a 403 tells the person what went wrong.
 */
const notYours = (what: string) => new AppError('NOT_YOURS', `This ${what} belongs to another organisation`);

/** Throws unless `actor` is a member of `organisationId`. */
export function assertMemberOf(actor: UserActor, organisationId: string, what = 'organisation'): void {
  if (actor.organisationId !== organisationId) throw notYours(what);
}

/** The ministry and admins, who read every need, lab, collaboration and report; the system is neither. */
export function readsEverything(actor: Actor | null): boolean {
  const person = personOf(actor);
  return person?.role === 'ministry' || person?.role === 'admin';
}
