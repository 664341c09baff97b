import type { organisations } from '@kopir/db';
import type { OrganisationDetail, OrganisationPublic } from '@kopir/shared';

type OrganisationRow = typeof organisations.$inferSelect;

export const toOrganisationPublic = (row: OrganisationRow): OrganisationPublic => ({
  id: row.id,
  kind: row.kind,
  name: row.name,
  shortName: row.shortName,
  aliases: row.aliases,
  regionCode: row.regionCode,
  territoryCode: row.territoryCode,
  city: row.city,
  website: row.website,
  verified: row.verifiedAt !== null,
  verifiedAt: row.verifiedAt?.toISOString() ?? null,
});

export const toOrganisationDetail = (row: OrganisationRow): OrganisationDetail => ({
  ...toOrganisationPublic(row),
  bin: row.bin,
  contactEmail: row.contactEmail,
  contactPhone: row.contactPhone,
});
