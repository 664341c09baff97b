import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { collaborationEvents, collaborations, labs, needs, organisations, users, type DbOrTransaction } from '@kopir/db';
import { cancelReasonCodes, declineReasonCodes, fundingSources, type CollaborationStatus } from '@kopir/shared';
import { hashPassword } from '../services/auth/password.ts';

const DAY_MS = 86_400_000;
// Steps the lab takes; the demo has no researcher accounts to record them under.
const labSide: CollaborationStatus[] = ['accepted', 'declined', 'completed'];

/** The path each demo collaboration took, in turn: most reach a contract, some stop on the way. */
const journeys: CollaborationStatus[][] = [
  ['proposed', 'accepted', 'contracted', 'completed'],
  ['proposed', 'accepted', 'contracted'],
  ['proposed'],
  ['proposed', 'accepted', 'contracted', 'completed'],
  ['proposed', 'declined'],
  ['proposed', 'accepted'],
  ['proposed', 'accepted', 'contracted'],
  ['proposed', 'accepted', 'cancelled'],
];

/**
 * Demo collaborations, so the dashboards, reports and open data have something to show on a first
 * start: each demo need paired with up to three labs that share its capabilities, along the
 * journeys above, dated over the last two years (relative to the day the demo loads, so last
 * year's report always has figures). Steps are recorded as a demo contact of each company would
 * have taken them; those contacts are disabled accounts with unguessable passwords, so nobody
 * signs in as them. Every step also has its event, so timelines read as if it happened here.
 */
export async function loadDemoCollaborations(tx: DbOrTransaction, now = new Date()): Promise<number> {
  const needRows = await tx.select().from(needs).orderBy(needs.createdAt, needs.title);
  const labRows = await tx.select().from(labs).orderBy(labs.createdAt);
  const contacts = new Map<string, string>();
  const contactOf = async (organisationId: string) => {
    let id = contacts.get(organisationId);
    if (!id) {
      const [organisation] = await tx.select({ bin: organisations.bin }).from(organisations).where(eq(organisations.id, organisationId));
      const [user] = await tx
        .insert(users)
        .values({
          email: `demo-contact-${organisation?.bin ?? organisationId}@demo.kopir.local`,
          passwordHash: await hashPassword(randomBytes(24).toString('base64url')),
          fullName: 'Demo contact',
          role: 'company',
          organisationId,
          disabledAt: now,
        })
        .returning({ id: users.id });
      id = user!.id;
      contacts.set(organisationId, id);
    }
    return id;
  };

  let journeyIndex = 0;
  let created = 0;
  for (const [needIndex, need] of needRows.entries()) {
    // Spread the needs' publication over the last two years, oldest first.
    const publishedAt = new Date(now.getTime() - (700 - needIndex * 40) * DAY_MS);
    await tx.update(needs).set({ publishedAt }).where(eq(needs.id, need.id));
    const partners = labRows
      .map((lab) => ({ lab, shared: lab.capabilities.filter((code) => need.capabilities.includes(code)).length }))
      .filter((candidate) => candidate.shared > 0)
      .sort((a, b) => b.shared - a.shared)
      .slice(0, 3);
    const createdBy = await contactOf(need.organisationId);
    for (const [partnerIndex, { lab }] of partners.entries()) {
      const journey = journeys[journeyIndex++ % journeys.length]!;
      // Steps a few weeks apart, starting 5 to 40 days after publication; never in the future.
      const at = (step: number) =>
        new Date(
          Math.min(
            publishedAt.getTime() + (5 + partnerIndex * 12 + (needIndex % 3) * 7 + step * 35) * DAY_MS,
            now.getTime() - (journey.length - step) * DAY_MS,
          ),
        );
      const stepAt = (status: CollaborationStatus) => (journey.includes(status) ? at(journey.indexOf(status)) : null);
      const contracted = stepAt('contracted');
      const final = journey.at(-1)!;
      const [collaboration] = await tx
        .insert(collaborations)
        .values({
          needId: need.id,
          labId: lab.id,
          status: final,
          initiatedBy: 'company',
          createdBy,
          createdAt: at(0),
          acceptedAt: stepAt('accepted'),
          declinedAt: stepAt('declined'),
          cancelledAt: stepAt('cancelled'),
          // Varied reasons, so the dashboard's "why matches fail" has something to show.
          closingReasonCode:
            final === 'declined'
              ? declineReasonCodes[(needIndex + partnerIndex) % declineReasonCodes.length]!
              : final === 'cancelled'
                ? cancelReasonCodes[(needIndex + partnerIndex) % cancelReasonCodes.length]!
                : null,
          closingReason: final === 'declined' || final === 'cancelled' ? 'Demo: the reason in words' : null,
          contractedAt: contracted,
          contractBudgetKzt: contracted ? (12 + ((needIndex * 7 + partnerIndex * 13) % 60)) * 1_000_000 : null,
          fundingSource: contracted ? fundingSources[(needIndex + partnerIndex) % fundingSources.length]! : null,
          contractStartOn: contracted ? contracted.toISOString().slice(0, 10) : null,
          completedAt: stepAt('completed'),
          outcomePublications: final === 'completed' ? 1 + (needIndex % 3) : 0,
          outcomePatents: final === 'completed' ? needIndex % 2 : 0,
          outcomePrototypes: final === 'completed' ? 1 : 0,
        })
        .returning({ id: collaborations.id });
      await tx.insert(collaborationEvents).values(
        journey.map((status, step) => ({
          collaborationId: collaboration!.id,
          fromStatus: step === 0 ? null : journey[step - 1]!,
          toStatus: status,
          actorUserId: labSide.includes(status) ? null : createdBy,
          occurredAt: at(step),
        })),
      );
      created++;
    }
  }
  return created;
}
