import { labs, needs, organisations, searchOutbox, type DbOrTransaction } from '@kopir/db';
import { createLabSchema, createNeedSchema, type CreateLab, type CreateNeed, type LocalizedText, type OrganisationKind, type RegionCode } from '@kopir/shared';
import type { z } from 'zod';

export interface CatalogueImport {
  organisations: {
    key: string;
    kind: OrganisationKind;
    name: LocalizedText;
    regionCode: RegionCode;
    bin?: string;
    shortName?: string;
    city?: string;
    website?: string;
    verified?: boolean;
    verifiedDomain?: string;
  }[];
  labs: { organisation: string; lab: z.input<typeof createLabSchema> }[];
  needs: { organisation: string; need: z.input<typeof createNeedSchema> }[];
}

/**
 * Bulk import of organisations with their labs and needs: the path the demo data and the
 * relevance benchmark take. Every lab and need passes the same schema as the API's; everything
 * is written in one transaction with its search outbox rows, so the indexes follow at once.
 * Returns the ids by organisation key and in input order.
 */
export async function importCatalogue(db: DbOrTransaction, input: CatalogueImport) {
  const parsedLabs: { organisation: string; lab: CreateLab }[] = input.labs.map(({ organisation, lab }) => ({ organisation, lab: createLabSchema.parse(lab) }));
  const parsedNeeds: { organisation: string; need: CreateNeed }[] = input.needs.map(({ organisation, need }) => ({
    organisation,
    need: createNeedSchema.parse(need),
  }));
  return db.transaction(async (tx) => {
    const now = new Date(); // an import is not a service verb with a context; it stamps the time it runs
    const insertedOrganisations =
      input.organisations.length === 0
        ? []
        : await tx
            .insert(organisations)
            .values(
              input.organisations.map(({ key: _key, verified, ...organisation }) => ({
                ...organisation,
                ...(verified && { verifiedAt: now, verificationNote: 'Imported as verified' }),
              })),
            )
            .returning({ id: organisations.id, version: organisations.version, regionCode: organisations.regionCode });
    const byKey = new Map(input.organisations.map((organisation, i) => [organisation.key, insertedOrganisations[i]!]));
    const organisationOf = (key: string) => {
      const organisation = byKey.get(key);
      if (!organisation) throw new Error(`The import names an unknown organisation: ${key}`);
      return organisation;
    };
    const labRows =
      parsedLabs.length === 0
        ? []
        : await tx
            .insert(labs)
            .values(
              parsedLabs.map(({ organisation, lab }) => ({
                ...lab,
                organisationId: organisationOf(organisation).id,
                regionCode: lab.regionCode ?? organisationOf(organisation).regionCode,
              })),
            )
            .returning({ id: labs.id, version: labs.version });
    const needRows =
      parsedNeeds.length === 0
        ? []
        : await tx
            .insert(needs)
            .values(
              parsedNeeds.map(({ organisation, need }) => ({
                ...need,
                organisationId: organisationOf(organisation).id,
                regionCode: need.regionCode ?? organisationOf(organisation).regionCode,
              })),
            )
            .returning({ id: needs.id, version: needs.version });
    const outbox = [
      ...insertedOrganisations.map((row) => ({ entityType: 'organisation' as const, entityId: row.id, entityVersion: row.version })),
      ...labRows.map((row) => ({ entityType: 'lab' as const, entityId: row.id, entityVersion: row.version })),
      ...needRows.map((row) => ({ entityType: 'need' as const, entityId: row.id, entityVersion: row.version })),
    ];
    for (let i = 0; i < outbox.length; i += 1_000) await tx.insert(searchOutbox).values(outbox.slice(i, i + 1_000));
    return {
      organisationIds: new Map([...byKey].map(([key, row]) => [key, row.id])),
      labIds: labRows.map((row) => row.id),
      needIds: needRows.map((row) => row.id),
    };
  });
}
