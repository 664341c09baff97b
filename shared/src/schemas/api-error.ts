import { z } from 'zod';
import { fieldRules } from './field-rules.ts';

/** One failing input: where it is (`body.email`, `query.page`) and what is wrong with it. */
export const fieldErrorSchema = z.object({
  path: z.string(),
  /** For people, in English; the web renders `rule` and `params` in kk/ru/en instead. */
  message: z.string(),
  /** The stable name of the broken rule, from one closed list (`too_long`, `bin_check_digit`, `taken` …), when known. */
  rule: z
    .enum(fieldRules)
    .optional()
    .meta({ description: 'The broken rule, from a closed list; zod issue codes are folded into it (too_big on a string: too_long).' }),
  /** The rule's figures, e.g. `{ max: 200 }` for `too_long`, `{ min: 10, actual: 3 }` for a short password. */
  params: z
    .record(z.string(), z.unknown())
    .optional()
    .meta({ description: 'The figures of the rule: min, max, actual (lengths and sizes), format, expected, kinds, or the limits of a date.' }),
});

/**
 * The one error shape every endpoint answers with. `code` is stable and machine-readable
 * (`VALIDATION_FAILED`, `NOT_FOUND`, …); `message` is for people; `fields` names the failing
 * inputs when the request itself was wrong. Its id makes it one component of the API document
 * (`#/components/schemas/ApiError`) that every error answer refers to, instead of a copy per answer.
 */
export const apiErrorSchema = z
  .object({
    status: z.number().int(),
    code: z.string(),
    message: z.string(),
    fields: z.array(fieldErrorSchema).optional(),
    /** Facts that help the caller recover, e.g. the current status after an illegal transition. */
    details: z.record(z.string(), z.unknown()).optional(),
    requestId: z.string().optional(),
  })
  .meta({ id: 'ApiError' });
export type ApiError = z.infer<typeof apiErrorSchema>;
export type FieldError = z.infer<typeof fieldErrorSchema>;
