import { and, count, desc, eq, inArray, isNull } from 'drizzle-orm';
import { notifications, users, type DbOrTransaction } from '@kopir/db';
import { notificationSchema, type Locale, type NotificationKind, type UserRole } from '@kopir/shared';
import { signedInActor, type ServiceContext } from '../context.ts';
import { queueEmails } from './emails/queue-email.ts';
import type { RenderedEmail } from './emails/rendered-email.ts';

/** The active members of an organisation with a given role: who hears about its collaborations. */
export async function membersOf(db: DbOrTransaction, organisationId: string, role: UserRole): Promise<{ id: string; email: string; locale: Locale }[]> {
  return db
    .select({ id: users.id, email: users.email, locale: users.locale })
    .from(users)
    .where(and(eq(users.organisationId, organisationId), eq(users.role, role), isNull(users.disabledAt)));
}

/**
 * Notifies people in the app and by email, inside the caller's transaction: the notification
 * exists exactly when what it announces does. The email goes out later, from the email outbox,
 * written for each recipient in their own language. A notification a unique index says was
 * already given (a matching need, told once) is skipped, and so is its email; answers how many
 * were given.
 */
export async function notify(
  db: DbOrTransaction,
  recipients: { id: string; email: string; locale: Locale }[],
  notification: { kind: NotificationKind; payload: Record<string, unknown>; email: (locale: Locale) => RenderedEmail },
): Promise<number> {
  if (recipients.length === 0) return 0;
  const given = await db
    .insert(notifications)
    .values(recipients.map((recipient) => ({ userId: recipient.id, kind: notification.kind, payload: notification.payload })))
    .onConflictDoNothing()
    .returning({ userId: notifications.userId });
  const told = new Set(given.map((row) => row.userId));
  await queueEmails(
    db,
    recipients.filter((recipient) => told.has(recipient.id)).map((recipient) => ({ to: recipient.email, email: notification.email(recipient.locale) })),
  );
  return given.length;
}

/** The signed-in person's newest 50 notifications and how many of all of them are unread (however many there are). */
export async function listNotifications({ ctx }: { ctx: ServiceContext }) {
  const { db } = ctx;
  const userId = signedInActor(ctx).id;
  const [rows, [unread]] = await Promise.all([
    db.select().from(notifications).where(eq(notifications.userId, userId)).orderBy(desc(notifications.id)).limit(50),
    db
      .select({ n: count() })
      .from(notifications)
      .where(and(eq(notifications.userId, userId), isNull(notifications.readAt))),
  ]);
  return {
    unread: unread?.n ?? 0,
    // The kind and its payload are two columns; parsing pairs them into the documented shape of each kind.
    items: rows.map((row) =>
      notificationSchema.parse({ id: row.id, kind: row.kind, payload: row.payload, read: row.readAt !== null, createdAt: row.createdAt.toISOString() }),
    ),
  };
}

/** Marks the signed-in person's own notifications read (all of them, or the ids given); answers the list as it is then. */
export async function markRead({ ctx, input: { ids } }: { ctx: ServiceContext; input: { ids?: number[] | undefined } }) {
  const userId = signedInActor(ctx).id;
  await ctx.db
    .update(notifications)
    .set({ readAt: ctx.now() })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt), ids ? inArray(notifications.id, ids) : undefined));
  return listNotifications({ ctx });
}
