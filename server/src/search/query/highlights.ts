import type { LocalizedText } from '@kopir/shared';

/**
 * A hit as Meilisearch sends it for a request: the retrieved attributes, and the highlighted (or
 * cropped) ones, which come back in `_formatted` even when not retrieved.
 */
export type HitOf<D, Retrieved extends keyof D, Highlighted extends keyof D = never> = Pick<D, Retrieved> & Partial<Pick<D, Highlighted>>;

type Flat<P extends string> = Partial<Record<`${P}_${'kk' | 'ru' | 'en'}`, string | null>>;

/** The attributes of a hit in which Meilisearch marked matched words, and their marked text. */
export function highlightsOf<D>(formatted: Partial<D> | undefined, attributes: readonly (keyof D & string)[]): Record<string, string> {
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
export function localizedFrom<P extends string>(document: Flat<P> | undefined, prefix: P, options: { unmark?: boolean } = {}): LocalizedText {
  const text: LocalizedText = {};
  for (const locale of ['kk', 'ru', 'en'] as const) {
    const value = document?.[`${prefix}_${locale}`];
    if (typeof value === 'string' && value !== '') text[locale] = options.unmark ? unmark(value) : value;
  }
  return text;
}
