import { foldCyrillic } from '@kopir/shared';

/**
 * Search folding. Meilisearch 1.21 folds none of the Kazakh letters, nor ё (checked against the
 * server: "кымыз" does not find "қымыз", "еж" does not find "ёж"), and it has no Kazakh locale.
 * So both sides are folded here:
 * - a document carries, in `folded_text`, the folded copy of each of its texts that folding
 *   changes, searchable at the lowest weight; its original fields stay as they are, so highlights
 *   and every field a hit shows are the original text, and a text typed without the special
 *   letters ("кымыз") finds "қымыз" through the copy;
 * - a query with special letters ("қымыз") is sent as its folded words followed by the original
 *   forms of the words that changed ("кымыз қымыз"). With Meilisearch's default matching strategy
 *   (drop words from the end) the folded words alone still find every spelling, and a document
 *   spelled as typed matches more words, so it ranks first. A query without special letters is
 *   sent unchanged: one query in every case, so search costs what it did.
 */
export function foldedQuery(q: string): string {
  const words = q.split(/\s+/).filter(Boolean);
  const changed = words.filter((word) => foldCyrillic(word) !== word);
  return changed.length === 0 ? q : [...words.map(foldCyrillic), ...changed].join(' ');
}

/** The folded copies of the texts that folding changes, for a document's `folded_text`. */
export function foldedTexts(texts: readonly (string | null | undefined)[]): string[] {
  return texts.flatMap((text) => {
    if (!text) return [];
    const folded = foldCyrillic(text);
    return folded === text ? [] : [folded];
  });
}
