import { z } from 'zod';
import { inputRules } from './schemas/field-rules.ts';

// Multipliers people write after a number, in Russian, Kazakh and English, with and without dots.
const multipliers: [RegExp, number][] = [
  [/^(трлн|триллион(а|ов)?|trillion|trn|tn)$/, 1e12],
  [/^(млрд|миллиард(а|ов)?|миллиард|bn|bln|billion|b)$/, 1e9],
  [/^(млн|миллион(а|ов)?|million|mln|mn|m)$/, 1e6],
  [/^(тыс|тысяч(а|и)?|мың|k|thousand)$/, 1e3],
  [/^$/, 1],
];
// Currency marks that say "tenge" and change nothing.
const currency = /(₸|тенге|теңге|тг|kzt|tenge)$/;

/**
 * An amount as people type it, in whole tenge: "20 000 000", "20млн", "1,5 млрд", "20 mln",
 * "2.5 bn", "20000000 ₸". Null when it is not an amount (the caller says so; never a silent null).
 */
export function parseTenge(input: string): number | null {
  let rest = input
    .trim()
    .toLowerCase()
    .replace(/[\s\u00a0\u202f']/g, '')
    .replace(/\.$/, '');
  rest = rest.replace(currency, '').replace(/\.$/, '');
  const match = /^(\d+(?:[.,]\d+)*)(\D*)$/.exec(rest);
  if (!match) return null;
  const [, digits, word] = match as unknown as [string, string, string];
  const multiplier = multipliers.find(([pattern]) => pattern.test(word.replace(/\.$/, '')))?.[1];
  if (multiplier === undefined) return null;
  // Groups of three after a separator are thousands ("20,000,000", "20.000"); otherwise one
  // comma or dot is the decimal mark ("1,5 млрд", "2.5 bn").
  const thousands = /^\d{1,3}([.,]\d{3})+$/.test(digits) && (multiplier === 1 || /[.,].*[.,]/.test(digits));
  const normalised = thousands ? digits.replace(/[.,]/g, '') : digits.replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(normalised)) return null;
  const value = Number(normalised) * multiplier;
  // Tiyn are not tenge: a fraction is only meaningful before a multiplier ("1,5 млн").
  if (!Number.isFinite(value) || (multiplier === 1 && !Number.isInteger(value))) return null;
  const tenge = Math.round(value);
  return Number.isSafeInteger(tenge) ? tenge : null;
}

/**
 * A money field that takes a number or what people type, as integer tenge. Strings that are not
 * an amount are refused with the `not_money` rule rather than becoming null.
 */
export const tengeSchema = (max = 1_000_000_000_000) =>
  z.preprocess(
    (value, context) => {
      if (typeof value !== 'string') return value;
      const tenge = parseTenge(value);
      if (tenge === null) {
        context.issues.push({
          code: 'custom',
          input: value,
          message: 'Write an amount in tenge, like 20 000 000 or 20 млн',
          params: { rule: inputRules.notMoney },
        });
        return z.NEVER;
      }
      return tenge;
    },
    z
      .number('Write an amount in tenge, like 20 000 000 or 20 млн')
      .int('Whole tenge')
      .min(0, 'An amount cannot be negative')
      .max(max, `At most ${max.toLocaleString('en')} tenge`),
  );
