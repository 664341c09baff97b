import type { FastifyBaseLogger } from 'fastify';
import type { Meilisearch, Settings } from 'meilisearch';
import type { Taxonomy } from '@kopir/shared';
import { indexNames, indexSettings, indexUid, type IndexName } from './index-settings.ts';

/**
 * Whether Meilisearch already has what we want. It answers with defaults we never set (extra
 * keys in nested objects), so objects compare on our keys only; arrays and values exactly.
 */
function alreadyHas(wanted: unknown, current: unknown): boolean {
  if (Array.isArray(wanted)) return Array.isArray(current) && wanted.length === current.length && wanted.every((item, i) => alreadyHas(item, current[i]));
  if (wanted && typeof wanted === 'object') {
    return (
      !!current && typeof current === 'object' && Object.entries(wanted).every(([key, value]) => alreadyHas(value, (current as Record<string, unknown>)[key]))
    );
  }
  return wanted === current;
}

/** Creates the index if needed and applies its settings, but only when they changed (a change re-indexes every document). */
export async function applyIndexSettings(client: Meilisearch, uid: string, name: IndexName, taxonomy: Taxonomy): Promise<boolean> {
  const wanted = indexSettings(name, taxonomy);
  const exists = await client.getIndex(uid).then(
    () => true,
    () => false,
  );
  if (!exists) await client.createIndex(uid, { primaryKey: 'id' }).waitTask({ timeout: 60_000 });
  if (alreadyHas(wanted, await client.index(uid).getSettings())) return false;
  await client
    .index(uid)
    .updateSettings(wanted as Settings)
    .waitTask({ timeout: 600_000 });
  return true;
}

/** Applies the settings of every index under `prefix`. */
export async function applyAllIndexSettings(client: Meilisearch, prefix: string, taxonomy: Taxonomy): Promise<void> {
  for (const name of indexNames) await applyIndexSettings(client, indexUid(prefix, name), name, taxonomy);
}

/**
 * Runs `apply` until it succeeds, retrying with backoff (0.5 s doubling, at most 10 s) while
 * Meilisearch is unreachable, so the API starts anyway; gives up quietly once `stopped()` says so.
 */
export async function applyWhenReachable(apply: () => Promise<void>, log: FastifyBaseLogger, stopped: () => boolean): Promise<boolean> {
  for (let attempt = 0; !stopped(); attempt++) {
    try {
      await apply();
      return true;
    } catch (error) {
      if (attempt === 0) log.warn({ err: (error as Error).message }, 'search settings not applied yet; retrying while Meilisearch is unreachable');
      await new Promise((resolve) => setTimeout(resolve, Math.min(10_000, 500 * 2 ** attempt)));
    }
  }
  return false;
}
