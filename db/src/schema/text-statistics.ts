import { check, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { oneOf } from './columns.ts';

/** The two kinds of searchable text whose term statistics matching keeps. */
export const textCorpora = ['labs', 'needs'] as const;
export type TextCorpus = (typeof textCorpora)[number];

/**
 * The analysed text of each lab and need as the search index holds it (stems and how often each
 * occurs), kept by the search outbox worker in the same step that sends the document to
 * Meilisearch. Matching re-ranks Meilisearch's candidates with BM25 over these, which needs what
 * Meilisearch does not expose: per-document term frequencies and corpus-wide document frequencies.
 */
export const textDocuments = pgTable(
  'text_documents',
  {
    corpus: text().$type<TextCorpus>().notNull(),
    entityId: uuid().notNull(),
    /** Stem → occurrences in the document. */
    terms: jsonb().$type<Record<string, number>>().notNull(),
    /** Occurrences of all stems (the document's length for BM25). */
    length: integer().notNull(),
  },
  (table) => [primaryKey({ columns: [table.corpus, table.entityId] }), check('text_documents_corpus_check', oneOf(table.corpus, textCorpora))],
);

/** How many documents of a corpus contain each stem: BM25's document frequency, kept by the same worker. */
export const textTerms = pgTable(
  'text_terms',
  {
    corpus: text().$type<TextCorpus>().notNull(),
    term: text().notNull(),
    documents: integer().notNull(),
  },
  (table) => [primaryKey({ columns: [table.corpus, table.term] }), check('text_terms_corpus_check', oneOf(table.corpus, textCorpora))],
);
