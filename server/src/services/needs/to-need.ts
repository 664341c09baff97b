import type { needs, organisations } from '@kopir/db';
import type { Need, NeedView } from '@kopir/shared';
import { personOf, readsEverything, type Actor } from '../../access/actor.ts';
import { organisationSummary } from '../labs/to-lab.ts';

type NeedRow = typeof needs.$inferSelect;
type OrganisationRow = Pick<typeof organisations.$inferSelect, 'id' | 'name' | 'verifiedAt'>;

export const toNeed = (need: NeedRow, organisation: OrganisationRow): Need => ({
  id: need.id,
  organisation: organisationSummary(organisation),
  title: need.title,
  description: need.description,
  sectors: need.sectors,
  capabilities: need.capabilities,
  researchFields: need.researchFields,
  trlTarget: need.trlTarget,
  budgetMinKzt: need.budgetMinKzt,
  budgetMaxKzt: need.budgetMaxKzt,
  deadlineOn: need.deadlineOn,
  closedReason: need.closedReason,
  regionCode: need.regionCode,
  territoryCode: need.territoryCode,
  visibility: need.visibility,
  status: need.status,
  publishedAt: need.publishedAt.toISOString(),
  version: need.version,
  updatedAt: need.updatedAt.toISOString(),
});

/**
 * Who reads a confidential need in full from the need alone: the company itself, the ministry and
 * admins. Labs the company invited read it too (checked in get-need.ts, which needs the database).
 * Everyone else sees its title, sectors and region.
 */
function mayReadInFull(need: NeedRow, actor: Actor | null): boolean {
  if (need.visibility === 'public') return true;
  return personOf(actor)?.organisationId === need.organisationId || readsEverything(actor);
}

export function toNeedView(need: NeedRow, organisation: OrganisationRow, actor: Actor | null): NeedView {
  if (mayReadInFull(need, actor)) return toNeed(need, organisation);
  return {
    id: need.id,
    title: need.title,
    sectors: need.sectors,
    regionCode: need.regionCode,
    visibility: need.visibility,
    status: need.status,
    publishedAt: need.publishedAt.toISOString(),
    restricted: true,
  };
}
