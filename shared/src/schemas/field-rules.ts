/**
 * The closed vocabulary of field rules. A field error names the rule it broke (`rule`) with its
 * figures (`params`), so the web renders it in kk/ru/en without parsing the English message.
 * Zod's own issue codes are folded into these by `ruleOfIssue`; our checks name theirs in
 * `params.rule`.
 */
export const inputRules = {
  // Characters and lengths.
  nulCharacter: 'nul_character',
  loneSurrogate: 'lone_surrogate',
  required: 'required',
  tooShort: 'too_short',
  tooLong: 'too_long',
  tooFew: 'too_few',
  tooMany: 'too_many',
  tooSmall: 'too_small',
  tooLarge: 'too_large',
  // Zod's kinds of wrong value.
  invalidFormat: 'invalid_format',
  invalidType: 'invalid_type',
  invalidValue: 'invalid_value',
  unrecognizedKeys: 'unrecognized_keys',
  invalidUnion: 'invalid_union',
  notMultipleOf: 'not_multiple_of',
  notWhole: 'not_whole',
  // Dates, periods and money.
  dateOutOfRange: 'date_out_of_range',
  dateInPast: 'date_in_past',
  periodOrder: 'period_order',
  periodTooLong: 'period_too_long',
  periodTooManyDays: 'period_too_many_days',
  daysOrFrom: 'days_or_from',
  endBeforeStart: 'end_before_start',
  notMoney: 'not_money',
  budgetOrder: 'budget_order',
  trlOrder: 'trl_order',
  // Accounts and organisations.
  binFormat: 'bin_format',
  binCheckDigit: 'bin_check_digit',
  binRequired: 'bin_required',
  passwordLetter: 'password_letter',
  passwordDigit: 'password_digit',
  passwordCommon: 'password_common',
  wrongPassword: 'wrong_password',
  wrongCode: 'wrong_code',
  taken: 'taken',
  unknownOrganisation: 'unknown_organisation',
  organisationKind: 'organisation_kind',
  invitationInvalid: 'invitation_invalid',
  roleMismatch: 'role_mismatch',
  regionForRegionOfficer: 'region_for_region_officer',
  domainFormat: 'domain_format',
  linkInvalid: 'link_invalid',
  unknownCode: 'unknown_code',
  // Content.
  oneLanguage: 'one_language',
  chooseAtLeastOne: 'choose_at_least_one',
  nothingToChange: 'nothing_to_change',
} as const;
export type InputRule = (typeof inputRules)[keyof typeof inputRules];

/** Every rule a field error may name, for the API document and the web's translations. */
export const fieldRules = Object.values(inputRules) as [InputRule, ...InputRule[]];

const isRule = (value: unknown): value is InputRule => (fieldRules as readonly unknown[]).includes(value);

/**
 * The rule and figures of one zod issue: its code and the rest of the issue (what
 * fastify-type-provider-zod calls `params`). Used by the server's error handler and by the web
 * when it checks a form before sending, so both say the same thing.
 */
export function ruleOfIssue(code: string, details: Record<string, unknown> = {}, message = ''): { rule?: InputRule; params?: Record<string, unknown> } {
  const custom = details.params as Record<string, unknown> | undefined;
  if (isRule(custom?.rule)) {
    const { rule, ...params } = custom;
    return { rule, ...(Object.keys(params).length > 0 && { params }) };
  }
  const origin = details.origin;
  if (code === 'too_big') {
    if (origin === 'string') return { rule: inputRules.tooLong, params: { max: details.maximum } };
    if (origin === 'array' || origin === 'set') return { rule: inputRules.tooMany, params: { max: details.maximum } };
    return { rule: inputRules.tooLarge, params: { max: details.maximum } };
  }
  if (code === 'too_small') {
    if (origin === 'string') return details.minimum === 1 ? { rule: inputRules.required } : { rule: inputRules.tooShort, params: { min: details.minimum } };
    if (origin === 'array' || origin === 'set') return { rule: inputRules.tooFew, params: { min: details.minimum } };
    return { rule: inputRules.tooSmall, params: { min: details.minimum } };
  }
  if (code === 'invalid_format') return { rule: inputRules.invalidFormat, ...(typeof details.format === 'string' && { params: { format: details.format } }) };
  if (code === 'invalid_type') {
    // A missing or emptied field is "fill this in", whatever type it should have had. Zod keeps
    // the input out of its issues and says what it received only in its message.
    if (/received (null|undefined)$/.test(message)) return { rule: inputRules.required };
    if (details.expected === 'int') return { rule: inputRules.notWhole };
    return { rule: inputRules.invalidType, ...(typeof details.expected === 'string' && { params: { expected: details.expected } }) };
  }
  if (code === 'invalid_value' || code === 'invalid_enum_value') return { rule: inputRules.invalidValue };
  if (code === 'unrecognized_keys') return { rule: inputRules.unrecognizedKeys };
  if (code === 'invalid_union') return { rule: inputRules.invalidUnion };
  if (code === 'not_multiple_of')
    return details.divisor === 1 ? { rule: inputRules.notWhole } : { rule: inputRules.notMultipleOf, params: { divisor: details.divisor } };
  return {};
}
