import { createHash } from 'node:crypto';
import { capabilityTags, territories, type Database } from '@kopir/db';
import { buildTaxonomy, inputRules, type Taxonomy } from '@kopir/shared';
import { AppError } from '../errors.ts';

/** The taxonomy as it is now (shipped + admin additions), with lookups for validation. */
export interface LiveTaxonomy {
  data: Taxonomy;
  capabilityCodes: Set<string>;
  territoryCodes: Set<string>;
  /** Changes whenever the content does; the HTTP ETag and the search settings key. */
  etag: string;
}

async function load(db: Database): Promise<LiveTaxonomy> {
  const [extraCapabilities, territoryRows] = await Promise.all([db.select().from(capabilityTags), db.select().from(territories)]);
  const data = buildTaxonomy({
    capabilities: extraCapabilities.map(({ code, labels, fields, sectors, synonyms }) => ({ code, labels, fields, sectors, synonyms })),
    territories: territoryRows.map(({ code, labels, regionCode }) => ({ code, labels, regionCode })).sort((a, b) => a.code.localeCompare(b.code)),
  });
  return {
    data,
    capabilityCodes: new Set(data.capabilities.map((capability) => capability.code)),
    territoryCodes: new Set(data.territories.map((territory) => territory.code)),
    etag: `"${createHash('sha256').update(JSON.stringify(data)).digest('base64url').slice(0, 22)}"`,
  };
}

const MAX_AGE_MS = 30_000;

/**
 * Caches the taxonomy per process. Admin changes in this process show at once (`invalidate`);
 * other replicas see them within 30 seconds.
 */
export class TaxonomyCache {
  #db: Database;
  #current: Promise<LiveTaxonomy> | undefined;
  #loadedAt = 0;

  constructor(db: Database) {
    this.#db = db;
  }

  current(): Promise<LiveTaxonomy> {
    if (!this.#current || Date.now() - this.#loadedAt > MAX_AGE_MS) {
      this.#loadedAt = Date.now();
      this.#current = load(this.#db).catch((error: unknown) => {
        this.#current = undefined;
        throw error;
      });
    }
    return this.#current;
  }

  invalidate(): void {
    this.#current = undefined;
  }
}

/** Throws 400 naming the field if any code is not in the live taxonomy. */
export function assertKnownCodes(known: Set<string>, codes: readonly string[] | null | undefined, path: string, what: string): void {
  const unknown = (codes ?? []).filter((code) => !known.has(code));
  if (unknown.length > 0) {
    throw new AppError('UNKNOWN_CODE', `Unknown ${what}: ${unknown.join(', ')}`, [
      { path, message: `Not a known ${what}: ${unknown.join(', ')}`, rule: inputRules.unknownCode, params: { codes: unknown } },
    ]);
  }
}
