import type { CollaborationSide } from '@kopir/shared';
import type { Actor } from '../../access/actor.ts';

/** Which side of a collaboration the actor is on: the need's company, the lab's researchers, or neither. */
export function sideOf(actor: Actor | null, needOrganisationId: string, labOrganisationId: string): CollaborationSide | null {
  if (!actor?.organisationId) return null;
  if (actor.role === 'company' && actor.organisationId === needOrganisationId) return 'company';
  if (actor.role === 'researcher' && actor.organisationId === labOrganisationId) return 'lab';
  return null;
}

/** The ministry and admins read every collaboration; they take no part in one. */
export const readsAll = (actor: Actor | null) => actor?.role === 'ministry' || actor?.role === 'admin';
