import { and, eq, isNull, ne, notExists, or, sql } from 'drizzle-orm';
import { labs, needs, notifications, savedSearchAlerts, savedSearches, users } from '@kopir/db';
import type { LocalizedText, SavedSearchKind } from '@kopir/shared';
import { labsIndex, needsIndex } from '../../search/client.ts';
import { systemActorOf, type ServiceContext } from '../context.ts';
import { resultsRequest } from './results-request.ts';

/** Saved searches asked of Meilisearch in one multi-search. */
const BATCH = 50;

/** The search index does not hold the version to check yet: the job is tried again shortly. */
class NotIndexedYet extends Error {}

interface Entity {
  organisationId: string;
  /** What the notification names it by: a lab's name, a need's title (public even when the need is confidential). */
  label: { labName: LocalizedText } | { needTitle: string };
}

async function entityOf(ctx: ServiceContext, kind: 'lab' | 'need', id: string): Promise<Entity | null> {
  if (kind === 'lab') {
    const [lab] = await ctx.db.select({ organisationId: labs.organisationId, name: labs.name, status: labs.status }).from(labs).where(eq(labs.id, id));
    return lab && lab.status === 'active' ? { organisationId: lab.organisationId, label: { labName: lab.name } } : null;
  }
  const [need] = await ctx.db
    .select({ organisationId: needs.organisationId, title: needs.title, visibility: needs.visibility })
    .from(needs)
    .where(eq(needs.id, id));
  // A confidential need is not announced, as new needs are not announced to fitting labs: being
  // told of it in person would say more than finding it among search results.
  return need && need.visibility === 'public' ? { organisationId: need.organisationId, label: { needTitle: need.title } } : null;
}

async function indexedVersion(ctx: ServiceContext, kind: 'lab' | 'need', id: string): Promise<number | undefined> {
  const index = kind === 'lab' ? labsIndex(ctx.search) : needsIndex(ctx.search);
  const { results } = await index.getDocuments({ ids: [id], fields: ['id', 'version'], limit: 1 });
  return results[0]?.version;
}

/**
 * The `match_saved_searches` job for a lab or need just created or changed: runs every saved
 * search of its kind, but its owners' organisation's, narrowed to it, and for each whose results
 * now hold it records an alert and tells the owner in the app. The unique alert index makes it
 * once per saved search and entity: a retry, a second job for the same entity or a second worker
 * inserts nothing, and only the alerts actually inserted notify anyone. Answers how many were told.
 */
export async function matchSavedSearches({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { kind: 'lab' | 'need'; id: string; version: number };
}): Promise<number> {
  systemActorOf(ctx);
  const { kind, id } = input;
  const entity = await entityOf(ctx, kind, id);
  if (!entity) return 0;
  const indexed = await indexedVersion(ctx, kind, id);
  if (indexed === undefined || indexed < input.version) throw new NotIndexedYet(`The search index does not hold ${kind} version ${input.version} yet`);

  const searchKind: SavedSearchKind = kind === 'lab' ? 'labs' : 'needs';
  const candidates = await ctx.db
    .select({ id: savedSearches.id, name: savedSearches.name, query: savedSearches.query, digest: savedSearches.digest, userId: savedSearches.userId })
    .from(savedSearches)
    .innerJoin(users, eq(users.id, savedSearches.userId))
    .where(
      and(
        eq(savedSearches.kind, searchKind),
        isNull(users.disabledAt),
        // Nobody is alerted to their own organisation's labs and needs.
        or(isNull(users.organisationId), ne(users.organisationId, entity.organisationId)),
        notExists(
          ctx.db
            .select({ one: sql`1` })
            .from(savedSearchAlerts)
            .where(and(eq(savedSearchAlerts.savedSearchId, savedSearches.id), eq(savedSearchAlerts.entityKind, kind), eq(savedSearchAlerts.entityId, id))),
        ),
      ),
    );
  const fitting: typeof candidates = [];
  for (let start = 0; start < candidates.length; start += BATCH) {
    const batch = candidates.slice(start, start + BATCH);
    const { results } = await ctx.search.client.multiSearch({ queries: batch.map((search) => resultsRequest(ctx.search, searchKind, search.query, id)) });
    results.forEach((result, index) => {
      if (result.hits.length > 0) fitting.push(batch[index]!);
    });
  }
  if (fitting.length === 0) return 0;

  const now = ctx.now();
  const inserted = await ctx.db
    .insert(savedSearchAlerts)
    // A search whose digest is off has nothing to wait for: its alert is settled at once.
    .values(
      fitting.map((search) => ({
        savedSearchId: search.id,
        entityKind: kind,
        entityId: id,
        firstMatchedAt: now,
        digestedAt: search.digest === 'off' ? now : null,
      })),
    )
    .onConflictDoNothing()
    .returning({ savedSearchId: savedSearchAlerts.savedSearchId });
  const told = new Set(inserted.map((row) => row.savedSearchId));
  const recipients = fitting.filter((search) => told.has(search.id));
  if (recipients.length > 0) {
    await ctx.db.insert(notifications).values(
      recipients.map((search) => ({
        userId: search.userId,
        kind: 'saved_search_match' as const,
        payload: { savedSearchId: search.id, searchName: search.name, ...(kind === 'lab' ? { labId: id } : { needId: id }), ...entity.label },
      })),
    );
  }
  return recipients.length;
}
