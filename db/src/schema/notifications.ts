import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { backgroundJobKinds, notificationKinds, type BackgroundJobKind, type NotificationKind } from '@kopir/shared';
import { oneOf, timestamptz } from './columns.ts';
import { users } from './users.ts';

/** In-app notifications, one row per recipient. */
export const notifications = pgTable(
  'notifications',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text().$type<NotificationKind>().notNull(),
    /** Ids, names and figures the client needs to word and link it (collaborationId, needId, status, labs and their scores). */
    payload: jsonb().$type<Record<string, unknown>>().notNull(),
    readAt: timestamptz(),
    createdAt: timestamptz().notNull().defaultNow(),
  },
  (table) => [
    check('notifications_kind_check', oneOf(table.kind, notificationKinds)),
    index('notifications_user_idx').on(table.userId, table.createdAt),
    // A need announces itself to a person once, however many of their labs it fits and however often its job runs.
    uniqueIndex('notifications_matching_need_once').on(table.userId, sql`(${table.payload}->>'needId')`).where(sql`${table.kind} = 'matching_need'`),
    // A deadline warns a person once, even if a sweep ran twice (the sweep's own mark already sees to it; this is the proof).
    uniqueIndex('notifications_deadline_near_once')
      .on(table.userId, sql`(${table.payload}->>'needId')`, sql`(${table.payload}->>'deadlineOn')`)
      .where(sql`${table.kind} = 'need_deadline_near'`),
  ],
);

/** Emails waiting for the mail transport; written with the notification, sent by a worker. */
export const emailOutbox = pgTable(
  'email_outbox',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    toAddress: text().notNull(),
    subject: text().notNull(),
    /** The plain-text part: every email has one, and tests read links from it. */
    body: text().notNull(),
    /** The HTML part; null for emails queued before emails had one. */
    html: text(),
    attempts: integer().notNull().default(0),
    availableAt: timestamptz().notNull().defaultNow(),
    lastError: text(),
    createdAt: timestamptz().notNull().defaultNow(),
  },
  (table) => [index('email_outbox_available_idx').on(table.availableAt, table.id)],
);

/** Background jobs (e.g. finding the labs a new need fits), queued in the transaction that causes them. */
export const backgroundJobs = pgTable(
  'background_jobs',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    kind: text().$type<BackgroundJobKind>().notNull(),
    payload: jsonb().$type<Record<string, string>>().notNull(),
    attempts: integer().notNull().default(0),
    availableAt: timestamptz().notNull().defaultNow(),
    lastError: text(),
    createdAt: timestamptz().notNull().defaultNow(),
  },
  (table) => [
    check('background_jobs_kind_check', oneOf(table.kind, backgroundJobKinds)),
    index('background_jobs_available_idx').on(table.availableAt, table.id),
    // One periodic sweep in the queue, however many replicas start and schedule it.
    uniqueIndex('background_jobs_one_sweep').on(table.kind).where(sql`${table.kind} = 'sweep_listings'`),
    // One digest run in the queue, likewise.
    uniqueIndex('background_jobs_one_digest').on(table.kind).where(sql`${table.kind} = 'send_saved_search_digests'`),
  ],
);
