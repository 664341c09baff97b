import { and, eq, inArray, sql } from 'drizzle-orm';
import { textDocuments, textTerms, type Database, type DbOrTransaction, type TextCorpus } from '@kopir/db';
import type { LabDocument, NeedDocument } from '../../search/documents.ts';
import { analyze, type AnalyzedText } from './analyze.ts';
import type { CorpusStatistics, DocumentTerms } from './bm25.ts';

/** What BM25 reads of a lab: everything its search document says, in every language, and its capabilities' labels in all three. */
export const labText = (document: LabDocument): AnalyzedText =>
  analyze([
    { text: document.name_kk, language: 'kk' },
    { text: document.name_ru, language: 'ru' },
    { text: document.name_en, language: 'en' },
    { text: document.description_kk, language: 'kk' },
    { text: document.description_ru, language: 'ru' },
    { text: document.description_en, language: 'en' },
    ...[...document.keywords, ...document.equipment, ...document.capability_text].map((text) => ({ text })),
  ]);

/** What BM25 reads of a need: what its search document holds (a confidential need's public fields only). */
export const needText = (document: NeedDocument): AnalyzedText =>
  analyze([
    { text: document.title },
    { text: document.description_kk, language: 'kk' },
    { text: document.description_ru, language: 'ru' },
    { text: document.description_en, language: 'en' },
    ...document.capability_text.map((text) => ({ text })),
  ]);

/**
 * Brings the term statistics of `corpus` in line with the given documents (and removes `gone`
 * ones): each document's stems replace its previous ones and the document frequencies move by
 * the difference. Runs in the outbox worker's transaction, so statistics and index move together;
 * terms are updated in sorted order, so two workers never wait on each other in a cycle.
 */
export async function updateTextStatistics(db: DbOrTransaction, corpus: TextCorpus, documents: { id: string; text: AnalyzedText }[], gone: string[]) {
  const ids = [...documents.map((document) => document.id), ...gone];
  if (ids.length === 0) return;
  const previous = await db
    .select({ entityId: textDocuments.entityId, terms: textDocuments.terms })
    .from(textDocuments)
    .where(and(eq(textDocuments.corpus, corpus), inArray(textDocuments.entityId, ids)))
    .for('update');
  const delta = new Map<string, number>();
  for (const row of previous) for (const term of Object.keys(row.terms)) delta.set(term, (delta.get(term) ?? 0) - 1);
  for (const document of documents) for (const term of document.text.terms.keys()) delta.set(term, (delta.get(term) ?? 0) + 1);

  if (gone.length > 0) await db.delete(textDocuments).where(and(eq(textDocuments.corpus, corpus), inArray(textDocuments.entityId, gone)));
  if (documents.length > 0) {
    const rows = documents.map(({ id, text }) => ({ corpus, entityId: id, terms: Object.fromEntries(text.terms), length: text.length }));
    await db
      .insert(textDocuments)
      .values(rows)
      .onConflictDoUpdate({ target: [textDocuments.corpus, textDocuments.entityId], set: { terms: sql`excluded.terms`, length: sql`excluded.length` } });
  }
  const changes = [...delta].filter(([, change]) => change !== 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (let i = 0; i < changes.length; i += 1_000) {
    const slice = changes.slice(i, i + 1_000).map(([term, documents]) => ({ corpus, term, documents }));
    await db
      .insert(textTerms)
      .values(slice)
      .onConflictDoUpdate({ target: [textTerms.corpus, textTerms.term], set: { documents: sql`${textTerms.documents} + excluded.documents` } });
  }
  const shrunk = changes.filter(([, change]) => change < 0).map(([term]) => term);
  for (let i = 0; i < shrunk.length; i += 1_000) {
    const slice = shrunk.slice(i, i + 1_000);
    await db.delete(textTerms).where(and(eq(textTerms.corpus, corpus), inArray(textTerms.term, slice), sql`${textTerms.documents} <= 0`));
  }
}

const totalsCache = new Map<string, { at: number; totals: Promise<{ documents: number; averageLength: number }> }>();
const TOTALS_MAX_AGE_MS = 10_000;

/** Documents and average length of a corpus: one scan, cached for ten seconds per database and corpus (they move slowly). */
function corpusTotals(db: DbOrTransaction, corpus: TextCorpus, cacheKey: string) {
  const key = `${cacheKey}|${corpus}`;
  const cached = totalsCache.get(key);
  if (cached && Date.now() - cached.at < TOTALS_MAX_AGE_MS) return cached.totals;
  const totals = db
    .select({ documents: sql<number>`count(*)::int`, averageLength: sql<number>`coalesce(avg(${textDocuments.length}), 0)::float8` })
    .from(textDocuments)
    .where(eq(textDocuments.corpus, corpus))
    .then(([row]) => ({ documents: row?.documents ?? 0, averageLength: row?.averageLength ?? 0 }));
  totals.catch(() => totalsCache.delete(key));
  totalsCache.set(key, { at: Date.now(), totals });
  return totals;
}

/** The statistics BM25 needs for the stems of one query. */
export async function corpusStatistics(db: DbOrTransaction, corpus: TextCorpus, terms: string[], cacheKey: string): Promise<CorpusStatistics> {
  const [totals, frequencies] = await Promise.all([
    corpusTotals(db, corpus, cacheKey),
    terms.length === 0
      ? []
      : db
          .select({ term: textTerms.term, documents: textTerms.documents })
          .from(textTerms)
          .where(and(eq(textTerms.corpus, corpus), inArray(textTerms.term, terms))),
  ]);
  return { ...totals, documentFrequency: new Map(frequencies.map((row) => [row.term, row.documents])) };
}

/** The stems of the given documents, by id. */
export async function documentTerms(db: DbOrTransaction, corpus: TextCorpus, ids: string[]): Promise<Map<string, DocumentTerms>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ entityId: textDocuments.entityId, terms: textDocuments.terms, length: textDocuments.length })
    .from(textDocuments)
    .where(and(eq(textDocuments.corpus, corpus), inArray(textDocuments.entityId, ids)));
  return new Map(rows.map((row) => [row.entityId, { terms: row.terms, length: row.length }]));
}

/**
 * Rebuilds the statistics of `corpus` from scratch (`pnpm reindex`), in one transaction that holds
 * the outbox worker's updates back until it commits; those then apply on top of the rebuilt state.
 */
export async function rebuildTextStatistics(db: Database, corpus: TextCorpus, pages: AsyncIterable<{ id: string; text: AnalyzedText }[]>) {
  await db.transaction(async (tx) => {
    await tx.execute(sql`lock table ${textDocuments}, ${textTerms} in share row exclusive mode`);
    await tx.delete(textDocuments).where(eq(textDocuments.corpus, corpus));
    await tx.delete(textTerms).where(eq(textTerms.corpus, corpus));
    const frequency = new Map<string, number>();
    for await (const page of pages) {
      if (page.length === 0) continue;
      for (const { text } of page) for (const term of text.terms.keys()) frequency.set(term, (frequency.get(term) ?? 0) + 1);
      await tx.insert(textDocuments).values(page.map(({ id, text }) => ({ corpus, entityId: id, terms: Object.fromEntries(text.terms), length: text.length })));
    }
    const rows = [...frequency].map(([term, documents]) => ({ corpus, term, documents }));
    for (let i = 0; i < rows.length; i += 5_000) await tx.insert(textTerms).values(rows.slice(i, i + 5_000));
  });
}
