import { z } from 'zod';

/** The three languages of the product, as BCP 47 tags: Kazakh, Russian, English. */
export const locales = ['kk', 'ru', 'en'] as const;
export type Locale = (typeof locales)[number];
export const localeSchema = z.enum(locales);

/** A label in every language; taxonomy entries must have all three. */
export const trilingualSchema = z.strictObject({
  kk: z.string().min(1),
  ru: z.string().min(1),
  en: z.string().min(1),
});
export type Trilingual = z.infer<typeof trilingualSchema>;

/** Text written by a user in one or more of the three languages (at least one). */
export const localizedTextSchema = z
  .strictObject({
    kk: z.string().trim().min(1).optional(),
    ru: z.string().trim().min(1).optional(),
    en: z.string().trim().min(1).optional(),
  })
  .refine((text) => locales.some((locale) => text[locale] !== undefined), {
    message: 'Write the text in at least one of Kazakh, Russian or English',
  });
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** The text in `locale`, else in the first language it was written in (ru, kk, en order). */
export function pickText(text: LocalizedText, locale: Locale): string {
  return text[locale] ?? text.ru ?? text.kk ?? text.en ?? '';
}
