import { z } from 'zod';
import { collaborationSides, questionSubjects, threadKinds } from '../domain.ts';
import { localizedTextSchema } from '../locales.ts';
import { text, textLimits } from './text.ts';

/** A message's words: as long as a note, never empty, never a character PostgreSQL cannot keep. */
const body = text(textLimits.note);

/** The most questions one person may ask in a day (Kazakhstan's day): enough to explore, too few to spam a catalogue. */
export const QUESTIONS_PER_DAY = 20;

/**
 * A question before any proposal. A company asks about a lab (and may name the need of its own it
 * concerns); a researcher asks about a need (and may name the lab of theirs it concerns).
 */
export const askQuestionSchema = z.discriminatedUnion('subject', [
  z.strictObject({ subject: z.literal('lab'), labId: z.uuid(), needId: z.uuid().optional(), body }),
  z.strictObject({ subject: z.literal('need'), needId: z.uuid(), labId: z.uuid().optional(), body }),
]);
export type AskQuestion = z.infer<typeof askQuestionSchema>;

export const postMessageSchema = z.strictObject({ body });

/**
 * Turn a question into a collaboration: the side that starts it names its own half of the pair
 * if the question does not (the company its need, the researcher their lab), and may add a message.
 */
export const collaborationFromQuestionSchema = z.strictObject({
  needId: z.uuid().optional(),
  labId: z.uuid().optional(),
  message: text(textLimits.note).optional(),
});

/**
 * One message. `authorName` is null where the reader may not learn who wrote it: a lab reading
 * what the company behind a confidential need wrote, before that company made itself known.
 */
export const messageSchema = z.object({
  id: z.number().int(),
  authorSide: z.enum(collaborationSides),
  authorName: z.string().nullable(),
  /** Written by the reader themselves. */
  mine: z.boolean(),
  body: z.string(),
  createdAt: z.iso.datetime(),
});
export type Message = z.infer<typeof messageSchema>;

export const messageListSchema = z.object({ items: z.array(messageSchema) });

const questionFields = {
  id: z.uuid(),
  subject: z.enum(questionSubjects),
  askerSide: z.enum(collaborationSides),
  /** The reader's side of it. */
  mySide: z.enum(collaborationSides),
  lab: z.object({ id: z.uuid(), name: localizedTextSchema }).nullable(),
  need: z.object({ id: z.uuid(), title: z.string() }).nullable(),
  /** Null for the lab's side of a question on a confidential need whose company has not made itself known. */
  companyOrganisation: z.object({ id: z.uuid(), name: localizedTextSchema }).nullable(),
  labOrganisation: z.object({ id: z.uuid(), name: localizedTextSchema }),
  /** The collaboration it became, if it did. */
  collaborationId: z.uuid().nullable(),
  createdAt: z.iso.datetime(),
  lastMessageAt: z.iso.datetime(),
};

/** A question's thread, every message oldest first. */
export const questionSchema = z.object({ ...questionFields, messages: z.array(messageSchema) });
export type Question = z.infer<typeof questionSchema>;

/** The questions the reader's organisation asked or was asked, latest activity first, each with its last message. */
export const questionListSchema = z.object({
  items: z.array(z.object({ ...questionFields, lastMessage: messageSchema.nullable() })),
});
export type QuestionSummary = z.infer<typeof questionListSchema>['items'][number];

/** What a `message_received` notification points at. */
export const threadRefSchema = z.object({
  thread: z.enum(threadKinds),
  threadId: z.uuid(),
  needTitle: z.string().nullable(),
  labName: localizedTextSchema.nullable(),
});
