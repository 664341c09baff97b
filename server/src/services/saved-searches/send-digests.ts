import { randomBytes } from 'node:crypto';
import { and, eq, inArray, isNull, notExists } from 'drizzle-orm';
import { digestUnsubscribeTokens, labs, needs, savedSearchAlerts, savedSearchDigests, savedSearches, users } from '@kopir/db';
import { pickText, type DigestFrequency } from '@kopir/shared';
import { hashToken } from '../auth/account-tokens.ts';
import { systemActorOf, withTransaction, type ServiceContext } from '../context.ts';
import { queueEmails } from '../notifications/emails/queue-email.ts';
import { savedSearchDigestEmail, type DigestItem } from '../notifications/emails/saved-search-digest-email.ts';

/** People written to in one run at most; more wait for the next run, minutes later. */
const BATCH = 100;
/** The most results one digest lists; the rest are in the app, and marked with the digest. */
const MOST_ITEMS = 50;
/** Digests go out from 08:00 Kazakhstan time (UTC+5); weekly ones on Mondays. */
const KZ_OFFSET_HOURS = 5;
const SEND_FROM_HOUR = 8;

type Frequency = Exclude<DigestFrequency, 'off'>;

/** The periods due at `now`: today's daily one, and this week's weekly one on a Monday (each named by its Kazakhstan date). */
function duePeriods(now: Date): { frequency: Frequency; periodStart: string }[] {
  const shifted = new Date(now.getTime() + (KZ_OFFSET_HOURS - SEND_FROM_HOUR) * 3_600_000);
  const periodStart = shifted.toISOString().slice(0, 10);
  return [{ frequency: 'daily', periodStart }, ...(shifted.getUTCDay() === 1 ? [{ frequency: 'weekly' as const, periodStart }] : [])];
}

async function itemsOf(ctx: ServiceContext, alerts: { entityKind: 'lab' | 'need'; entityId: string; searchName: string }[], locale: 'kk' | 'ru' | 'en') {
  const labIds = alerts.filter((alert) => alert.entityKind === 'lab').map((alert) => alert.entityId);
  const needIds = alerts.filter((alert) => alert.entityKind === 'need').map((alert) => alert.entityId);
  const [labRows, needRows] = await Promise.all([
    labIds.length
      ? ctx.db
          .select({ id: labs.id, name: labs.name })
          .from(labs)
          .where(and(inArray(labs.id, labIds), eq(labs.status, 'active')))
      : [],
    needIds.length
      ? ctx.db
          .select({ id: needs.id, title: needs.title })
          .from(needs)
          .where(and(inArray(needs.id, needIds), eq(needs.visibility, 'public')))
      : [],
  ]);
  const names = new Map<string, string>([
    ...labRows.map((lab) => [lab.id, pickText(lab.name, locale)] as const),
    ...needRows.map((need) => [need.id, need.title] as const),
  ]);
  // What was hidden or deleted since it was found is left out (its alert is still settled).
  return alerts.flatMap((alert): DigestItem[] => {
    const name = names.get(alert.entityId);
    return name === undefined ? [] : [{ kind: alert.entityKind, id: alert.entityId, name, searchName: alert.searchName }];
  });
}

/**
 * Writes one person's digest for one period, if none was written for it: the digest row's unique
 * index is the claim, so a second worker running at the same time waits for the first and then
 * finds the period taken. The alerts listed are marked with the digest in the same transaction.
 * Answers whether an email was queued.
 */
async function digestFor(ctx: ServiceContext, userId: string, frequency: Frequency, periodStart: string): Promise<boolean> {
  return withTransaction(ctx, async (tx) => {
    const [digest] = await tx.db
      .insert(savedSearchDigests)
      .values({ userId, frequency, periodStart, sentAt: ctx.now() })
      .onConflictDoNothing()
      .returning({ id: savedSearchDigests.id });
    if (!digest) return false;
    const alerts = await tx.db
      .update(savedSearchAlerts)
      .set({ digestedAt: ctx.now(), digestId: digest.id })
      .from(savedSearches)
      .where(
        and(
          eq(savedSearches.id, savedSearchAlerts.savedSearchId),
          eq(savedSearches.userId, userId),
          eq(savedSearches.digest, frequency),
          isNull(savedSearchAlerts.digestedAt),
        ),
      )
      .returning({
        entityKind: savedSearchAlerts.entityKind,
        entityId: savedSearchAlerts.entityId,
        searchName: savedSearches.name,
        at: savedSearchAlerts.firstMatchedAt,
      });
    const [person] = await tx.db.select({ email: users.email, locale: users.locale, disabledAt: users.disabledAt }).from(users).where(eq(users.id, userId));
    if (!person || person.disabledAt) return false;
    alerts.sort((a, b) => a.at.getTime() - b.at.getTime());
    const items = await itemsOf(tx, alerts.slice(0, MOST_ITEMS), person.locale);
    if (items.length === 0) return false;
    const token = randomBytes(32).toString('base64url');
    await tx.db.insert(digestUnsubscribeTokens).values({ tokenHash: hashToken(token), userId, createdAt: ctx.now() });
    await queueEmails(tx.db, [
      { to: person.email, email: savedSearchDigestEmail(person.locale, ctx.publicUrl, { frequency, items, unsubscribeToken: token }) },
    ]);
    return true;
  });
}

/**
 * One run of the saved-search digests, as the system: for each period due now, each person with
 * alerts no digest has listed yet, in searches of that frequency, gets one email (see `digestFor`).
 * Safe to run on several workers at once and to repeat after a crash. Answers how many emails
 * were queued and whether more people may be waiting.
 */
export async function sendSavedSearchDigests({ ctx }: { ctx: ServiceContext }): Promise<{ sent: number; more: boolean }> {
  systemActorOf(ctx);
  let sent = 0;
  let more = false;
  for (const { frequency, periodStart } of duePeriods(ctx.now())) {
    const waiting = await ctx.db
      .selectDistinct({ userId: savedSearches.userId })
      .from(savedSearchAlerts)
      .innerJoin(savedSearches, eq(savedSearches.id, savedSearchAlerts.savedSearchId))
      .where(
        and(
          isNull(savedSearchAlerts.digestedAt),
          eq(savedSearches.digest, frequency),
          // Who had this period's digest already waits for the next period.
          notExists(
            ctx.db
              .select({ id: savedSearchDigests.id })
              .from(savedSearchDigests)
              .where(
                and(
                  eq(savedSearchDigests.userId, savedSearches.userId),
                  eq(savedSearchDigests.frequency, frequency),
                  eq(savedSearchDigests.periodStart, periodStart),
                ),
              ),
          ),
        ),
      )
      .limit(BATCH);
    if (waiting.length === BATCH) more = true;
    for (const { userId } of waiting) if (await digestFor(ctx, userId, frequency, periodStart)) sent += 1;
  }
  return { sent, more };
}
