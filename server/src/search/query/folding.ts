import { foldCyrillic } from '@kopir/shared';

/**
 * Search folding. Meilisearch 1.21 folds none of the Kazakh letters, nor ё (checked against the
 * server: "кымыз" does not find "қымыз", "еж" does not find "ёж"), and it has no Kazakh locale.
 * So both sides are folded here:
 * - a document carries, in `folded_text`, the folded copy of each of its texts that folding
 *   changes, searchable at the lowest weight; its original fields stay as they are, so highlights
 *   and every field a hit shows are the original text, and a text typed without the special
 *   letters ("кымыз") finds "қымыз" through the copy;
 * - the query is folded too ("қымыз" is sent as "кымыз"), and finds every spelling: through the
 *   original fields where a text is written without the letters, through `folded_text` where it
 *   has them. One query with the same words as typed keeps Meilisearch's prefix search on the last
 *   word, which Kazakh needs for its suffixes ("сутегі" finds "сутегінің"); appending the original
 *   words as well ("кымыз қымыз") ranked the typed spelling first but lost that prefix (in the
 *   search benchmark, "сутегі" fell from 77 hits to 50). The index's synonyms carry folded terms
 *   too, so a folded word still reaches the other languages.
 */
export const foldedQuery = (q: string): string => foldCyrillic(q);

/** The folded copies of the texts that folding changes, for a document's `folded_text`. */
export function foldedTexts(texts: readonly (string | null | undefined)[]): string[] {
  return texts.flatMap((text) => {
    if (!text) return [];
    const folded = foldCyrillic(text);
    return folded === text ? [] : [folded];
  });
}
