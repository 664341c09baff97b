import type { UserRole } from '@kopir/shared';
import { AppError } from '../errors.ts';

/** The signed-in user behind a request, as the access token states it. */
export interface Actor {
  id: string;
  role: UserRole;
  organisationId: string | null;
  regionCode: string | null;
}

/**
 * The one answer for "this resource is not yours": 403 everywhere. The resources it guards are
 * visible to others in part anyway (organisations and labs are public; a confidential need shows
 * its title), so a 404 would hide nothing, and a 403 tells the person what went wrong.
 */
export const notYours = (what: string) => new AppError(403, 'NOT_YOURS', `This ${what} belongs to another organisation`);

/** Throws unless `actor` is a member of `organisationId`. */
export function assertMemberOf(actor: Actor, organisationId: string, what = 'organisation'): void {
  if (actor.organisationId !== organisationId) throw notYours(what);
}
