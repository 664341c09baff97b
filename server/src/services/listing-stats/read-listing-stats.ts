import { and, between, eq, sql } from 'drizzle-orm';
import { labs, listingStats, needs } from '@kopir/db';
import {
  dayInKazakhstan,
  daysBetween,
  inputRules,
  LISTING_STATS_DEFAULT_DAYS,
  LISTING_STATS_MAX_DAYS,
  listingStatMeasures,
  type ListingKind,
  type ListingStats,
  type ListingStatsQuery,
} from '@kopir/shared';
import { assertMemberOf } from '../../access/actor.ts';
import { AppError, notFound } from '../../errors.ts';
import { signedInActor, type ServiceContext } from '../context.ts';
import { addDays } from '../needs/deadline.ts';

type Counts = ListingStats['totals'];
const zeros = (): Counts => ({ views: 0, searchAppearances: 0, matchesShown: 0, proposalsReceived: 0, invitationsReceived: 0, questions: 0 });

/** The listing's organisation, and whether outsiders see it at all in full (an active lab, a public need). */
async function ownerOf(ctx: ServiceContext, kind: ListingKind, id: string) {
  if (kind === 'lab') {
    const [lab] = await ctx.db.select({ organisationId: labs.organisationId, status: labs.status }).from(labs).where(eq(labs.id, id));
    return lab && { organisationId: lab.organisationId, openToAll: lab.status === 'active', what: 'The lab' };
  }
  const [need] = await ctx.db.select({ organisationId: needs.organisationId, visibility: needs.visibility }).from(needs).where(eq(needs.id, id));
  return need && { organisationId: need.organisationId, openToAll: need.visibility === 'public', what: 'The need' };
}

/** The period asked for, with today (in Kazakhstan) standing in for a missing end. */
function periodOf(query: ListingStatsQuery, today: string): { from: string; to: string } {
  const to = query.to ?? today;
  const from = query.from ?? addDays(to, -(query.days ?? LISTING_STATS_DEFAULT_DAYS) + 1);
  // The schema checked a period given whole; one ending today by default is checked here.
  if (from > to) {
    throw new AppError('VALIDATION_FAILED', 'The period cannot end before it starts', [
      { path: 'query.from', message: 'After the end of the period (today, unless to is given)', rule: inputRules.periodOrder },
    ]);
  }
  if (daysBetween(from, to) + 1 > LISTING_STATS_MAX_DAYS) {
    throw new AppError('VALIDATION_FAILED', `Ask for at most ${LISTING_STATS_MAX_DAYS} days at a time`, [
      {
        path: 'query.from',
        message: `At most ${LISTING_STATS_MAX_DAYS} days before the end`,
        rule: inputRules.periodTooManyDays,
        params: { maxDays: LISTING_STATS_MAX_DAYS },
      },
    ]);
  }
  return { from, to };
}

/**
 * What happened to a lab or a need, day by day: for the listing's own organisation and admins.
 * Another organisation's member is told it is not theirs (403), unless the listing is not shown to
 * them in full at all (a hidden lab, a confidential need): then it is not there for them (404).
 */
export async function readListingStats({
  ctx,
  input: { kind, id, query },
}: {
  ctx: ServiceContext;
  input: { kind: ListingKind; id: string; query: ListingStatsQuery };
}): Promise<ListingStats> {
  const actor = signedInActor(ctx);
  const owner = await ownerOf(ctx, kind, id);
  if (!owner) throw notFound(kind === 'lab' ? 'The lab' : 'The need');
  if (actor.role !== 'admin') {
    if (actor.organisationId !== owner.organisationId && !owner.openToAll) throw notFound(owner.what);
    assertMemberOf(actor, owner.organisationId, kind);
  }
  const { from, to } = periodOf(query, dayInKazakhstan(ctx.now()));
  const rows = await ctx.db
    .select({
      day: listingStats.day,
      views: listingStats.views,
      searchAppearances: listingStats.searchAppearances,
      matchesShown: listingStats.matchesShown,
      proposalsReceived: listingStats.proposalsReceived,
      invitationsReceived: listingStats.invitationsReceived,
      questions: listingStats.questions,
    })
    .from(listingStats)
    .where(and(eq(listingStats.kind, kind), eq(listingStats.listingId, id), between(listingStats.day, sql`${from}::date`, sql`${to}::date`)));
  const byDay = new Map(rows.map((row) => [row.day, row]));
  const totals = zeros();
  const days: ListingStats['days'] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    const counts = byDay.get(day) ?? zeros();
    const entry = { day, ...zeros() };
    for (const measure of listingStatMeasures) {
      entry[measure] = counts[measure];
      totals[measure] += counts[measure];
    }
    days.push(entry);
  }
  return { kind, id, from, to, totals, days };
}
