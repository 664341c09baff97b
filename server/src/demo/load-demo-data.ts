import { sql } from 'drizzle-orm';
import { organisations, type Database } from '@kopir/db';
import { importCatalogue } from '../services/catalogue/import-catalogue.ts';
import { loadDemoCollaborations } from './collaborations.ts';
import { demoCatalogue } from './demo-catalogue.ts';

/**
 * Loads the demo data into an empty database (no organisations yet) and reports whether it did:
 * all of it or none, through the catalogue import, so the search indexes fill at once; then the
 * demo collaborations, so the dashboards and reports have figures.
 */
export async function loadDemoDataIfEmpty(db: Database): Promise<boolean> {
  return db.transaction(async (tx) => {
    // Two replicas starting at once must not both load: take a transaction-scoped lock first.
    await tx.execute(sql`select pg_advisory_xact_lock(7346202)`);
    const [existing] = await tx.select({ id: organisations.id }).from(organisations).limit(1);
    if (existing) return false;
    await importCatalogue(tx, demoCatalogue());
    await loadDemoCollaborations(tx);
    return true;
  });
}
