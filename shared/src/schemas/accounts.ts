import { z } from 'zod';
import { isValidBin } from '../bin.ts';
import { membershipStatuses, membershipVias, organisationKinds, userRoles } from '../domain.ts';
import { localeSchema, localizedTextSchema } from '../locales.ts';
import { regionCodeSchema } from '../taxonomy/index.ts';
import { inputRules } from './field-rules.ts';
import { passwordSchema } from './password.ts';

/** Emails compare case-insensitively; we keep them trimmed and lower-cased. */
export const emailSchema = z.string().trim().toLowerCase().pipe(z.email('Enter an email address like name@example.kz').max(254)).meta({ format: 'email' });
/** An address as the API answers it: one that `emailSchema` accepted. Documented, not re-validated on the way out. */
const storedEmailSchema = z.string().meta({ format: 'email' });

/** The BIN rule in words, for the API document: the pattern alone lets through numbers no registry issues. */
const binDescription =
  'Business Identification Number: 12 digits, the last a check digit. The check digit is the sum of the first 11 digits ' +
  'times the weights 1…11, mod 11; if that is 10, the weights 3…11, 1, 2 instead; if it is 10 again, no valid BIN has those 11 digits.';

export const binSchema = z
  .string()
  .trim()
  .refine((bin) => /^\d{12}$/.test(bin), { message: 'A BIN is exactly 12 digits', params: { rule: inputRules.binFormat }, abort: true })
  .refine(isValidBin, {
    message: 'This BIN is not valid: its last digit (the check digit) does not match the others',
    params: { rule: inputRules.binCheckDigit },
  })
  .meta({ description: binDescription });

export const fullNameSchema = z.string().trim().min(2, 'Enter your full name').max(200);

// ---- organisations --------------------------------------------------------------------------

const websiteSchema = z.url({ protocol: /^https?$/, message: 'Enter a web address starting with http:// or https://' }).max(300);
const phoneSchema = z
  .string()
  .trim()
  .regex(/^\+?[\d\s()-]{6,20}$/, 'Enter a phone number like +7 727 123 45 67');

export const organisationKindSchema = z.enum(organisationKinds);

/** Other names an organisation is found by (abbreviations in each language): a few, each short. */
const organisationAliasesSchema = z.array(z.string().trim().min(1).max(60)).max(8);

/** A new organisation, created by the person who registers it. */
export const createOrganisationSchema = z
  .strictObject({
    kind: organisationKindSchema,
    name: localizedTextSchema,
    shortName: z.string().trim().min(1).max(60).optional(),
    aliases: organisationAliasesSchema.optional(),
    bin: binSchema.optional(),
    regionCode: regionCodeSchema,
    city: z.string().trim().min(1).max(100).optional(),
    website: websiteSchema.optional(),
  })
  .refine((organisation) => organisation.kind !== 'company' || organisation.bin !== undefined, {
    message: 'A company needs its BIN (12 digits)',
    path: ['bin'],
    params: { rule: inputRules.binRequired },
  });

/** What an organisation's own members may change. Null clears an optional field. */
export const updateOrganisationSchema = z.strictObject({
  name: localizedTextSchema.optional(),
  shortName: z.string().trim().min(1).max(60).nullable().optional(),
  aliases: organisationAliasesSchema.optional(),
  regionCode: regionCodeSchema.optional(),
  city: z.string().trim().min(1).max(100).nullable().optional(),
  website: websiteSchema.nullable().optional(),
  contactEmail: emailSchema.nullable().optional(),
  contactPhone: phoneSchema.nullable().optional(),
});

/** The fields anyone may read. */
export const organisationPublicSchema = z.object({
  id: z.uuid(),
  kind: organisationKindSchema,
  name: localizedTextSchema,
  shortName: z.string().nullable(),
  aliases: z.array(z.string()),
  regionCode: z.string(),
  territoryCode: z.string().nullable(),
  city: z.string().nullable(),
  website: z.string().nullable(),
  verified: z.boolean(),
  verifiedAt: z.iso.datetime().nullable(),
});
export type OrganisationPublic = z.infer<typeof organisationPublicSchema>;

/** What signed-in users see: the public fields plus how to reach the organisation. */
export const organisationDetailSchema = organisationPublicSchema.extend({
  bin: z.string().meta({ pattern: '^\\d{12}$', description: binDescription }).nullable(),
  contactEmail: z.string().nullable(),
  contactPhone: z.string().nullable(),
});
export type OrganisationDetail = z.infer<typeof organisationDetailSchema>;

/** What admins see in their list: details plus the verification record and member count. */
export const organisationAdminSchema = organisationDetailSchema.extend({
  verificationNote: z.string().nullable(),
  verifiedDomain: z.string().nullable(),
  memberCount: z.number().int(),
  createdAt: z.iso.datetime(),
});

export const verificationRequestSchema = z.strictObject({
  verified: z.boolean(),
  reason: z.string().trim().min(3, 'Say why, in a few words').max(1000),
});

// ---- users and sessions ---------------------------------------------------------------------

export const userRoleSchema = z.enum(userRoles);

/** The roles a person may choose when registering; the rest are created by an admin. */
export const selfRegisteredRoles = ['researcher', 'company'] as const;

export const registerRequestSchema = z.strictObject({
  email: emailSchema,
  password: passwordSchema,
  fullName: fullNameSchema,
  role: z.enum(selfRegisteredRoles),
  locale: localeSchema.optional(),
  /** Join an existing organisation by id, or create a new one. */
  organisation: z.union([z.strictObject({ id: z.uuid() }), z.strictObject({ create: createOrganisationSchema })]),
  /** The token of an emailed invitation to that organisation, for this address. */
  invitation: z
    .string()
    .trim()
    .min(10)
    .max(200)
    .regex(/^[\w-]+$/, 'Not an invitation token')
    .optional(),
});
export type RegisterRequest = z.infer<typeof registerRequestSchema>;

export const signInRequestSchema = z.strictObject({
  email: emailSchema,
  password: z.string().min(1, 'Enter your password').max(1024),
});

export const userSchema = z.object({
  id: z.uuid(),
  email: storedEmailSchema,
  fullName: z.string(),
  role: userRoleSchema,
  organisationId: z.uuid().nullable(),
  regionCode: z.string().nullable(),
  locale: localeSchema,
  disabled: z.boolean(),
  /** Until the address is confirmed the person belongs to no organisation. */
  emailVerified: z.boolean(),
  secondFactorEnabled: z.boolean(),
});
export type User = z.infer<typeof userSchema>;

/** How far the session is from full use (see docs/authorization.md). */
export const accountStages = ['complete', 'verify_email', 'second_factor', 'second_factor_setup'] as const;
export const accountStageSchema = z.enum(accountStages);
export type AccountStage = z.infer<typeof accountStageSchema>;

/** Answer to register, sign-in and refresh. The refresh token travels only in an httpOnly cookie. */
export const sessionSchema = z.object({
  accessToken: z.string(),
  expiresInSeconds: z.number().int(),
  user: userSchema,
  stage: accountStageSchema,
});

/** The answer to a registration, the same whether or not the address had an account already. */
export const registrationOutcomeSchema = z.object({ status: z.literal('verification_sent') });

const linkToken = z
  .string()
  .trim()
  .min(10, 'Not a valid link')
  .max(200)
  .regex(/^[\w-]+$/, 'Not a valid link');
/** Confirming an address takes the account's password too: the link proves the mailbox, the password the registrant. */
export const verifyEmailSchema = z.strictObject({ token: linkToken, password: z.string().min(1, 'Enter your password').max(1024) });
export const passwordResetRequestSchema = z.strictObject({ email: emailSchema });
export const setPasswordSchema = z.strictObject({ token: linkToken, password: passwordSchema });

const totpCode = z
  .string()
  .trim()
  .regex(/^\d{6}$/, 'Enter the 6 digits your app shows');
export const secondFactorCodeSchema = z.strictObject({ code: totpCode });
export const secondFactorProofSchema = z.union([z.strictObject({ code: totpCode }), z.strictObject({ recoveryCode: z.string().trim().min(6).max(40) })]);
export const secondFactorSetupSchema = z.object({ secret: z.string(), otpauthUri: z.string() });
export const recoveryCodesSchema = z.object({ recoveryCodes: z.array(z.string()) });

// ---- memberships ----------------------------------------------------------------------------

export const memberSchema = z.object({
  userId: z.uuid(),
  fullName: z.string(),
  email: storedEmailSchema,
  role: userRoleSchema,
  via: z.enum(membershipVias),
  /** Members and those who asked to join; rejected and revoked memberships are not listed. */
  status: z.enum(membershipStatuses).extract(['active', 'pending']),
  invitedByName: z.string().nullable(),
  since: z.iso.datetime(),
});
export const invitationRequestSchema = z.strictObject({ email: emailSchema });
export const joinRequestSchema = z.object({
  id: z.uuid(),
  userId: z.uuid(),
  fullName: z.string(),
  email: storedEmailSchema,
  emailVerified: z.boolean(),
  organisationId: z.uuid(),
  organisationName: localizedTextSchema,
  requestedAt: z.iso.datetime(),
});
export const joinDecisionSchema = z.strictObject({ approve: z.boolean() });
export const verifiedDomainSchema = z.strictObject({ domain: z.string().trim().min(3).max(253).nullable() });
export type Session = z.infer<typeof sessionSchema>;

/**
 * What the signed-in person may do, as the server's route rules decide it: the web offers these
 * and nothing else, so it never re-derives an access rule from a role.
 */
export const abilitiesSchema = z.object({
  /** Their organisation's labs (a researcher's). */
  manageLabs: z.boolean(),
  /** Their company's needs. */
  manageNeeds: z.boolean(),
  /** The collaborations list. */
  seeCollaborations: z.boolean(),
  /** A shortlist of labs and needs to come back to. */
  keepShortlist: z.boolean(),
  /** Questions and answers with the other side (a company's or a researcher's). */
  converse: z.boolean(),
  /** Saved searches that tell of new results. */
  keepSavedSearches: z.boolean(),
  /** The analytics dashboard. */
  openDashboard: z.boolean(),
  /** The one region whose figures and reports they are limited to (a region officer's), or null for all. */
  ownRegion: z.string().nullable(),
  /** The list of annual reports of a year. */
  readReports: z.boolean(),
  /** The region whose report they write and submit, or null. */
  writeRegionReport: z.string().nullable(),
  /** Writing and publishing the national report. */
  publishNationalReport: z.boolean(),
  /** The admin pages: verification, join requests, staff accounts. */
  administer: z.boolean(),
});
export type Abilities = z.infer<typeof abilitiesSchema>;

export const meSchema = z.object({ user: userSchema, organisation: organisationDetailSchema.nullable(), can: abilitiesSchema });
export type Me = z.infer<typeof meSchema>;

export const updateMeSchema = z.strictObject({
  fullName: fullNameSchema.optional(),
  locale: localeSchema.optional(),
});

/** Roles an admin creates; researcher and company accounts register themselves. */
export const staffRoles = ['region', 'ministry', 'admin'] as const;

/** An admin creates the account; the person chooses their password from an emailed link. */
export const createStaffAccountSchema = z
  .strictObject({
    email: emailSchema,
    fullName: fullNameSchema,
    role: z.enum(staffRoles),
    regionCode: regionCodeSchema.optional(),
  })
  .refine((account) => (account.role === 'region') === (account.regionCode !== undefined), {
    message: 'A region officer needs a region, and only a region officer has one',
    path: ['regionCode'],
    params: { rule: inputRules.regionForRegionOfficer },
  });

export const updateUserByAdminSchema = z
  .strictObject({
    role: userRoleSchema.optional(),
    regionCode: regionCodeSchema.nullable().optional(),
    disabled: z.boolean().optional(),
  })
  .refine((change) => Object.keys(change).length > 0, { message: 'Say what to change', params: { rule: inputRules.nothingToChange } });

// ---- lists ----------------------------------------------------------------------------------

export const pageQuerySchema = {
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
};

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

export const auditEntrySchema = z.object({
  id: z.number().int(),
  occurredAt: z.iso.datetime(),
  actorUserId: z.uuid().nullable(),
  action: z.string(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  ip: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
