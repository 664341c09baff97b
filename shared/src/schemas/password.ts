import { z } from 'zod';
import { inputRules, type InputRule } from './field-rules.ts';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

// The passwords people pick first. Length and variety rules alone let these through.
const commonPasswords = new Set([
  'password123',
  'password1234',
  'qwerty12345',
  'qwerty123456',
  '1234567890',
  '12345678910',
  'qwertyuiop1',
  'iloveyou123',
  'welcome1234',
  'admin12345',
  'letmein1234',
  'kazakhstan1',
  'kazakhstan2024',
  'kazakhstan2025',
  'kazakhstan2026',
  'astana2024',
  'astana12345',
  'almaty12345',
  'parol12345',
  'password2026',
  'kopir12345',
]);

/**
 * A password strong enough for an account that can see confidential R&D needs: at least 10
 * characters, with a letter and a digit, and not one of the commonest choices. Each missing
 * rule is its own issue, so the person sees everything to fix at once.
 */
export const passwordSchema = z.string().superRefine((password, context) => {
  const problem = (message: string, rule: InputRule, figures: Record<string, number> = {}) =>
    context.addIssue({ code: 'custom', message, params: { rule, ...figures } });
  if (password.length < PASSWORD_MIN_LENGTH) {
    problem(`Use at least ${PASSWORD_MIN_LENGTH} characters (this one has ${password.length})`, inputRules.tooShort, {
      min: PASSWORD_MIN_LENGTH,
      actual: password.length,
    });
  }
  if (password.length > PASSWORD_MAX_LENGTH) problem(`Use at most ${PASSWORD_MAX_LENGTH} characters`, inputRules.tooLong, { max: PASSWORD_MAX_LENGTH });
  if (!/\p{L}/u.test(password)) problem('Add at least one letter', inputRules.passwordLetter);
  if (!/\p{N}/u.test(password)) problem('Add at least one digit', inputRules.passwordDigit);
  if (commonPasswords.has(password.toLowerCase())) problem('This password is among the most common ones; choose another', inputRules.passwordCommon);
});
