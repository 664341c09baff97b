import { z } from 'zod';
import {
  cancelReasonCodes,
  closingReasonCodes,
  collaborationActions,
  collaborationSides,
  collaborationStatuses,
  declineReasonCodes,
  fundingSources,
  notificationKinds,
} from '../domain.ts';
import { localizedTextSchema } from '../locales.ts';
import { threadRefSchema } from './conversations.ts';
import { tengeSchema } from '../money.ts';
import { isoDateWithin, planYears } from './dates.ts';
import { inputRules } from './field-rules.ts';
import { text, textLimits } from './text.ts';

const note = text(textLimits.note);
const count = z.number().int().min(0).max(100_000);

export const createCollaborationSchema = z.strictObject({
  needId: z.uuid(),
  labId: z.uuid(),
  message: note.optional(),
  /** The engine's score when started from a match. */
  matchScore: z.number().min(0).max(1).optional(),
});

export const contractSchema = z
  .strictObject({
    budgetKzt: tengeSchema(),
    fundingSource: z.enum(fundingSources),
    startOn: isoDateWithin(planYears),
    endOn: isoDateWithin(planYears).optional(),
  })
  .refine((contract) => !contract.endOn || contract.endOn >= contract.startOn, {
    message: 'The contract cannot end before it starts',
    path: ['endOn'],
    params: { rule: inputRules.endBeforeStart },
  });

export const outcomesSchema = z.strictObject({
  publications: count.default(0),
  patents: count.default(0),
  prototypes: count.default(0),
  products: count.default(0),
  peopleTrained: count.default(0),
});

/**
 * One step of the lifecycle, with what that step must record. A decline or a cancellation names
 * its reason from a closed list (`reasonCode`, counted by the "why matches fail" indicator) and
 * may explain it in words (`reason`).
 */
export const collaborationTransitionSchema = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('accept'), note: note.optional() }),
  z.strictObject({ action: z.literal('decline'), note: note.optional(), reasonCode: z.enum(declineReasonCodes), reason: note.optional() }),
  z.strictObject({ action: z.literal('contract'), note: note.optional(), contract: contractSchema }),
  z.strictObject({ action: z.literal('complete'), note: note.optional(), outcomes: outcomesSchema }),
  z.strictObject({ action: z.literal('cancel'), note: note.optional(), reasonCode: z.enum(cancelReasonCodes), reason: note.optional() }),
]);
export type CollaborationTransition = z.infer<typeof collaborationTransitionSchema>;

export const collaborationEventSchema = z.object({
  fromStatus: z.enum(collaborationStatuses).nullable(),
  toStatus: z.enum(collaborationStatuses),
  actorUserId: z.uuid().nullable(),
  actorName: z.string().nullable(),
  note: z.string().nullable(),
  occurredAt: z.iso.datetime(),
});

export const collaborationSchema = z.object({
  id: z.uuid(),
  status: z.enum(collaborationStatuses),
  initiatedBy: z.enum(collaborationSides),
  /** organisationId is null for a lab that proposed to a confidential need the company has not answered. */
  need: z.object({ id: z.uuid(), title: z.string(), organisationId: z.uuid().nullable() }),
  lab: z.object({ id: z.uuid(), name: localizedTextSchema, organisationId: z.uuid() }),
  message: z.string().nullable(),
  matchScore: z.number().nullable(),
  contract: z.object({ budgetKzt: z.number().int(), fundingSource: z.enum(fundingSources), startOn: z.string(), endOn: z.string().nullable() }).nullable(),
  outcomes: z.object({
    publications: z.number().int(),
    patents: z.number().int(),
    prototypes: z.number().int(),
    products: z.number().int(),
    peopleTrained: z.number().int(),
  }),
  /** Declined or cancelled: why, from the closed list of that step, and in words if given. */
  closingReasonCode: z.enum(closingReasonCodes).nullable(),
  closingReason: z.string().nullable(),
  /** The actions the reader may take now. */
  actions: z.array(z.enum(collaborationActions)),
  timeline: z.array(collaborationEventSchema),
  createdAt: z.iso.datetime(),
});
export type Collaboration = z.infer<typeof collaborationSchema>;

const notificationFields = { id: z.number().int(), read: z.boolean(), createdAt: z.iso.datetime() };

/** One notification; its `payload` has the shape of its `kind`, so a client can link to what it is about. */
export const notificationSchema = z.discriminatedUnion('kind', [
  z.object({
    ...notificationFields,
    kind: z.literal('proposal_received'),
    payload: z.object({ collaborationId: z.uuid(), needTitle: z.string(), from: z.enum(collaborationSides) }),
  }),
  z.object({
    ...notificationFields,
    kind: z.literal('collaboration_updated'),
    payload: z.object({ collaborationId: z.uuid(), status: z.enum(collaborationStatuses), needTitle: z.string() }),
  }),
  z.object({
    ...notificationFields,
    kind: z.literal('matching_need'),
    // One per need and person: every lab of theirs the need fits, best first.
    payload: z.object({
      needId: z.uuid(),
      needTitle: z.string(),
      labs: z.array(z.object({ labId: z.uuid(), name: localizedTextSchema, score: z.number() })),
    }),
  }),
  z.object({
    ...notificationFields,
    kind: z.literal('need_deadline_near'),
    // The deadline it warns of: a later deadline, once near, warns again.
    payload: z.object({ needId: z.uuid(), needTitle: z.string(), deadlineOn: z.iso.date() }),
  }),
  z.object({
    ...notificationFields,
    kind: z.literal('need_closed_by_deadline'),
    payload: z.object({ needId: z.uuid(), needTitle: z.string(), deadlineOn: z.iso.date() }),
  }),
  z.object({
    ...notificationFields,
    kind: z.literal('lab_confirmation_due'),
    // When the lab was last edited or confirmed.
    payload: z.object({ labId: z.uuid(), labName: localizedTextSchema, currentSince: z.iso.datetime() }),
  }),
  z.object({
    ...notificationFields,
    kind: z.literal('question_received'),
    payload: z.object({ questionId: z.uuid(), needTitle: z.string().nullable(), labName: localizedTextSchema.nullable() }),
  }),
  z.object({
    ...notificationFields,
    kind: z.literal('message_received'),
    payload: threadRefSchema,
  }),
  z.object({
    ...notificationFields,
    kind: z.literal('saved_search_match'),
    // A lab or need newly in a saved search's results: the lab's name, or the need's title as search shows it.
    payload: z.union([
      z.object({ savedSearchId: z.uuid(), searchName: z.string(), labId: z.uuid(), labName: localizedTextSchema }),
      z.object({ savedSearchId: z.uuid(), searchName: z.string(), needId: z.uuid(), needTitle: z.string() }),
    ]),
  }),
]);
// Every kind in domain.ts has its payload shape above: a new kind fails to compile until it does.
notificationKinds satisfies readonly z.infer<typeof notificationSchema>['kind'][];
export const notificationListSchema = z.object({ unread: z.number().int(), items: z.array(notificationSchema) });
