import type { UserRole } from '@kopir/shared';
import { AppError } from '../errors.ts';

/**
 * How far a signed-in account is from full use: it verifies its address first, then (ministry,
 * region and admin accounts, and anyone who turned it on) gives its second factor in this session.
 */
export type AccountStage = 'complete' | 'verify_email' | 'second_factor' | 'second_factor_setup';

/** The signed-in user behind a request, as PostgreSQL states it now (not as the token remembers it). */
export interface Actor {
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
 * The one answer for "this resource is not yours": 403 everywhere. The resources it guards are
 * visible to others in part anyway (organisations and labs are public; a confidential need shows
 * its title), so a 404 would hide nothing, and a 403 tells the person what went wrong.
 */
export const notYours = (what: string) => new AppError('NOT_YOURS', `This ${what} belongs to another organisation`);

/** Throws unless `actor` is a member of `organisationId`. */
export function assertMemberOf(actor: Actor, organisationId: string, what = 'organisation'): void {
  if (actor.organisationId !== organisationId) throw notYours(what);
}
