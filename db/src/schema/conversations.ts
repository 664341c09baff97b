import { sql } from 'drizzle-orm';
import { bigint, check, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { collaborationSides, questionSubjects, type CollaborationSide, type QuestionSubject } from '@kopir/shared';
import { oneOf, timestamptz } from './columns.ts';
import { collaborations } from './collaborations.ts';
import { labs } from './labs.ts';
import { needs } from './needs.ts';
import { organisations } from './organisations.ts';
import { users } from './users.ts';

/**
 * A question before any proposal: a company asks about a lab, or a researcher about a need. Its
 * two parties are fixed when it is asked (the company's organisation and the lab's), so a thread
 * is read exactly as a collaboration is: by the people of either side. The asker may name a
 * listing of their own it concerns (the company's need, the researcher's lab); with both halves
 * known, either side can turn it into a collaboration, which it then links to.
 */
export const questions = pgTable(
  'questions',
  {
    id: uuid().primaryKey().defaultRandom(),
    subject: text().$type<QuestionSubject>().notNull(),
    labId: uuid().references(() => labs.id, { onDelete: 'cascade' }),
    needId: uuid().references(() => needs.id, { onDelete: 'cascade' }),
    askedBy: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    askerSide: text().$type<CollaborationSide>().notNull(),
    companyOrganisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    labOrganisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    collaborationId: uuid().references(() => collaborations.id, { onDelete: 'set null' }),
    createdAt: timestamptz().notNull().defaultNow(),
    lastMessageAt: timestamptz().notNull().defaultNow(),
  },
  (table) => [
    check('questions_subject_check', oneOf(table.subject, questionSubjects)),
    check('questions_asker_side_check', oneOf(table.askerSide, collaborationSides)),
    // A question names what it asks about; the asker's own half is optional.
    check(
      'questions_subject_named',
      sql`(${table.subject} = 'lab' and ${table.labId} is not null) or (${table.subject} = 'need' and ${table.needId} is not null)`,
    ),
    check('questions_asker_is_other_side', sql`(${table.subject} = 'lab') = (${table.askerSide} = 'company')`),
    // One thread per asking organisation and listing: asking again continues it.
    uniqueIndex('questions_one_per_lab').on(table.companyOrganisationId, table.labId).where(sql`${table.subject} = 'lab'`),
    uniqueIndex('questions_one_per_need').on(table.labOrganisationId, table.needId).where(sql`${table.subject} = 'need'`),
    index('questions_company_idx').on(table.companyOrganisationId, table.lastMessageAt),
    index('questions_lab_organisation_idx').on(table.labOrganisationId, table.lastMessageAt),
    index('questions_lab_idx').on(table.labId),
    index('questions_need_idx').on(table.needId),
  ],
);

/** One message in a question's thread or a collaboration's (never both), by a person of one side. */
export const messages = pgTable(
  'messages',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    questionId: uuid().references(() => questions.id, { onDelete: 'cascade' }),
    collaborationId: uuid().references(() => collaborations.id, { onDelete: 'restrict' }),
    authorUserId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    authorSide: text().$type<CollaborationSide>().notNull(),
    body: text().notNull(),
    createdAt: timestamptz().notNull().defaultNow(),
  },
  (table) => [
    check('messages_one_thread', sql`(${table.questionId} is null) <> (${table.collaborationId} is null)`),
    check('messages_author_side_check', oneOf(table.authorSide, collaborationSides)),
    index('messages_question_idx').on(table.questionId, table.id),
    index('messages_collaboration_idx').on(table.collaborationId, table.id),
  ],
);
