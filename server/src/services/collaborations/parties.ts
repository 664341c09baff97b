import type { CollaborationSide } from '@kopir/shared';
import { personOf, readsEverything, type Actor } from '../../access/actor.ts';

/** Which side of a collaboration the actor is on: the need's company, the lab's researchers, or neither. */
export function sideOf(actor: Actor | null, needOrganisationId: string, labOrganisationId: string): CollaborationSide | null {
  const person = personOf(actor);
  if (!person?.organisationId) return null;
  if (person.role === 'company' && person.organisationId === needOrganisationId) return 'company';
  if (person.role === 'researcher' && person.organisationId === labOrganisationId) return 'lab';
  return null;
}

/** The ministry and admins read every collaboration; they take no part in one. */
export const readsAll = readsEverything;
