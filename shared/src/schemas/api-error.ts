import { z } from 'zod';

/** One failing input: where it is (`body.email`, `query.page`) and what is wrong with it. */
export const fieldErrorSchema = z.object({
  path: z.string(),
  /** For people, in English; the web may instead render `rule` and `params` in kk/ru/en. */
  message: z.string(),
  /** The stable name of the broken rule (`too_long`, `nul_character`, `date_out_of_range` …), when known. */
  rule: z.string().optional(),
  /** The rule's figures, e.g. `{ max: 200 }` for `too_long`. */
  params: z.record(z.string(), z.unknown()).optional(),
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
