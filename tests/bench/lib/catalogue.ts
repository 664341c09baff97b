import { type createDatabase, labs, organisations } from '@kopir/db';
import { applyIndexSettings, reindex, type createSearchClient } from '@kopir/server';
import { buildTaxonomy, regions, seedTerritories } from '@kopir/shared';
import { generateLab, random } from './generate-labs.ts';

export const benchTaxonomy = buildTaxonomy({ capabilities: [], territories: seedTerritories });

/** 200 universities in every region and `labCount` generated labs, written straight to PostgreSQL. */
export async function generateCatalogue(database: ReturnType<typeof createDatabase>, labCount: number) {
  const rng = random(2026);
  const orgRows = await database.db
    .insert(organisations)
    .values(
      Array.from({ length: 200 }, (_, i) => ({
        kind: 'university' as const,
        name: { en: `Bench University ${i}` },
        regionCode: regions[i % regions.length]!.code,
        ...(i % 3 === 0 && { verifiedAt: new Date() }),
      })),
    )
    .returning({ id: organisations.id });
  const organisationIds = orgRows.map((row) => row.id);
  for (let start = 0; start < labCount; start += 2_000) {
    await database.db.insert(labs).values(Array.from({ length: Math.min(2_000, labCount - start) }, (_, i) => generateLab(rng, start + i, organisationIds)));
  }
  return organisationIds;
}

/** Fills `<prefix>labs` from PostgreSQL through the product's reindex. */
export async function indexCatalogue(database: ReturnType<typeof createDatabase>, client: ReturnType<typeof createSearchClient>, prefix: string) {
  await applyIndexSettings(client, `${prefix}labs`, 'labs', benchTaxonomy);
  await applyIndexSettings(client, `${prefix}needs`, 'needs', benchTaxonomy);
  return reindex({ db: database.db, client, prefix, taxonomy: benchTaxonomy, name: 'labs' });
}
