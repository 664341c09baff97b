import type { labs, organisations } from '@kopir/db';
import type { Lab } from '@kopir/shared';

type LabRow = typeof labs.$inferSelect;
type OrganisationRow = Pick<typeof organisations.$inferSelect, 'id' | 'name' | 'verifiedAt'>;

export const organisationSummary = (organisation: OrganisationRow) => ({
  id: organisation.id,
  name: organisation.name,
  verified: organisation.verifiedAt !== null,
});

export const toLab = (lab: LabRow, organisation: OrganisationRow): Lab => ({
  id: lab.id,
  organisation: organisationSummary(organisation),
  name: lab.name,
  description: lab.description,
  researchFields: lab.researchFields,
  sectors: lab.sectors,
  capabilities: lab.capabilities,
  keywords: lab.keywords,
  equipment: lab.equipment,
  trlMin: lab.trlMin,
  trlMax: lab.trlMax,
  teamSize: lab.teamSize,
  languages: lab.languages,
  regionCode: lab.regionCode,
  territoryCode: lab.territoryCode,
  contactName: lab.contactName,
  contactEmail: lab.contactEmail,
  status: lab.status,
  stale: lab.staleSince !== null,
  version: lab.version,
  updatedAt: lab.updatedAt.toISOString(),
  confirmedAt: lab.confirmedAt?.toISOString() ?? null,
});
