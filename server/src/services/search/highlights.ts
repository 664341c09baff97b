/** The attributes of a hit in which Meilisearch marked matched words, and their marked text. */
export function highlightsOf(formatted: Record<string, unknown> | undefined, attributes: string[]): Record<string, string> {
  const highlights: Record<string, string> = {};
  for (const attribute of attributes) {
    const value = formatted?.[attribute];
    if (typeof value === 'string' && value.includes('<mark>')) highlights[attribute] = value;
  }
  return highlights;
}

/** The text without Meilisearch's highlight tags. */
export const unmark = (text: string) => text.replace(/<\/?mark>/g, '');

/** Rebuilds `{ kk, ru, en }` from the flat `name_kk`, `name_ru`, `name_en` fields of a document. */
export function localizedFrom(document: Record<string, unknown> | undefined, prefix: string, options: { unmark?: boolean } = {}) {
  const text: { kk?: string; ru?: string; en?: string } = {};
  for (const locale of ['kk', 'ru', 'en'] as const) {
    const value = document?.[`${prefix}_${locale}`];
    if (typeof value === 'string' && value !== '') text[locale] = options.unmark ? unmark(value) : value;
  }
  return text;
}
