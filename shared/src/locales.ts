import { z } from 'zod';
import { inputRules } from './schemas/field-rules.ts';
import { text, textLimits } from './schemas/text.ts';

/** The three languages of the product, as BCP 47 tags: Kazakh, Russian, English. */
export const locales = ['kk', 'ru', 'en'] as const;
export type Locale = (typeof locales)[number];
export const localeSchema = z.enum(locales);

/** A label in every language; taxonomy entries must have all three. */
export const trilingualSchema = z.strictObject({
  kk: text(textLimits.name, { trim: false }),
  ru: text(textLimits.name, { trim: false }),
  en: text(textLimits.name, { trim: false }),
});
export type Trilingual = z.infer<typeof trilingualSchema>;

/**
 * Text written by a user in one or more of the three languages (at least one), each at most
 * `max` characters (the text() rules: no NUL, no broken characters).
 */
export const localizedText = (max: number) =>
  z
    .strictObject({
      kk: text(max).optional(),
      ru: text(max).optional(),
      en: text(max).optional(),
    })
    .refine((value) => locales.some((locale) => value[locale] !== undefined), {
      message: 'Write the text in at least one of Kazakh, Russian or English',
      params: { rule: inputRules.oneLanguage },
    });
/** A name (organisation, lab) in up to three languages: the default localized text. */
export const localizedTextSchema = localizedText(textLimits.name);
/** A description in up to three languages. */
export const localizedDescriptionSchema = localizedText(textLimits.description);
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** The text in `locale`, else in the first language it was written in (ru, kk, en order). */
export function pickText(text: LocalizedText, locale: Locale): string {
  return text[locale] ?? text.ru ?? text.kk ?? text.en ?? '';
}
