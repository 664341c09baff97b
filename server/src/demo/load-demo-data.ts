import { sql } from 'drizzle-orm';
import { labs, needs, organisations, searchOutbox, type Database } from '@kopir/db';
import { demoLabs } from './labs.ts';
import { demoNeeds } from './needs.ts';
import { demoOrganisations } from './organisations.ts';

/**
 * Loads the demo data into an empty database (no organisations yet) and reports whether it did.
 * One transaction: either all of it is there, or none, and the search outbox learns of every
 * row, so the search indexes fill as soon as the outbox worker runs.
 */
export async function loadDemoDataIfEmpty(db: Database): Promise<boolean> {
  return db.transaction(async (tx) => {
    // Two replicas starting at once must not both load: take a transaction-scoped lock first.
    await tx.execute(sql`select pg_advisory_xact_lock(7346202)`);
    const [existing] = await tx.select({ id: organisations.id }).from(organisations).limit(1);
    if (existing) return false;
    const now = new Date();
    const insertedOrganisations = await tx
      .insert(organisations)
      .values(
        demoOrganisations.map(({ verified, ...organisation }) => ({
          ...organisation,
          ...(verified && { verifiedAt: now, verificationNote: 'Demo data' }),
        })),
      )
      .returning({ id: organisations.id, version: organisations.version, nameEn: sql<string>`${organisations.name}->>'en'` });
    const idOf = new Map(insertedOrganisations.map((row) => [row.nameEn, row.id]));
    const regionOf = (name: string) => demoOrganisations.find((organisation) => organisation.name.en === name)!.regionCode;
    const organisationId = (name: string) => {
      const id = idOf.get(name);
      if (!id) throw new Error(`Demo data names an unknown organisation: ${name}`);
      return id;
    };

    const insertedLabs = await tx
      .insert(labs)
      .values(demoLabs.map(({ organisation, lab }) => ({ ...lab, organisationId: organisationId(organisation), regionCode: lab.regionCode ?? regionOf(organisation) })))
      .returning({ id: labs.id, version: labs.version });
    const insertedNeeds = await tx
      .insert(needs)
      .values(demoNeeds.map(({ organisation, need }) => ({ ...need, organisationId: organisationId(organisation), regionCode: need.regionCode ?? regionOf(organisation) })))
      .returning({ id: needs.id, version: needs.version });

    await tx.insert(searchOutbox).values([
      ...insertedOrganisations.map((row) => ({ entityType: 'organisation' as const, entityId: row.id, entityVersion: row.version })),
      ...insertedLabs.map((row) => ({ entityType: 'lab' as const, entityId: row.id, entityVersion: row.version })),
      ...insertedNeeds.map((row) => ({ entityType: 'need' as const, entityId: row.id, entityVersion: row.version })),
    ]);
    return true;
  });
}
