import { sql } from 'drizzle-orm';
import { organisations, searchOutbox, type Database } from '@kopir/db';
import { demoOrganisations } from './organisations.ts';

/**
 * Loads the demo data into an empty database (no organisations yet) and reports whether it did.
 * One transaction: either all of it is there, or none, and the search outbox learns of every row.
 */
export async function loadDemoDataIfEmpty(db: Database): Promise<boolean> {
  return db.transaction(async (tx) => {
    // Two replicas starting at once must not both load: take a transaction-scoped lock first.
    await tx.execute(sql`select pg_advisory_xact_lock(7346202)`);
    const [existing] = await tx.select({ id: organisations.id }).from(organisations).limit(1);
    if (existing) return false;
    const now = new Date();
    const inserted = await tx
      .insert(organisations)
      .values(
        demoOrganisations.map(({ verified, ...organisation }) => ({
          ...organisation,
          ...(verified && { verifiedAt: now, verificationNote: 'Demo data' }),
        })),
      )
      .returning({ id: organisations.id, version: organisations.version });
    await tx
      .insert(searchOutbox)
      .values(inserted.map((row) => ({ entityType: 'organisation' as const, entityId: row.id, entityVersion: row.version })));
    return true;
  });
}
