import { collaborations, labs, needs } from '@kopir/db';
import { cancelReasonCodes, declineReasonCodes, fundingSources, type RegionCode } from '@kopir/shared';
import type { App } from '@kopir/server';
import { random } from '../bench/lib/generate-labs.ts';
import { createOrganisation, createUser } from './factories.ts';

export interface GeneratedCollaborationsOptions {
  /** How many collaborations (one need each); 120 unless told. */
  count?: number;
  /** The regions of the labs, one university each; Astana, Almaty, Karaganda and Kostanay unless told. */
  regions?: readonly RegionCode[];
  /** The seed of the generator: the same seed gives the same sectors, fields, months and budgets. */
  seed?: number;
  /** The calendar year the collaborations are dated in; 2026 unless told. */
  year?: number;
}

const defaultRegions = ['KZ-71', 'KZ-75', 'KZ-35', 'KZ-39'] as const satisfies readonly RegionCode[];

/**
 * Collaborations in every state (proposed, accepted, declined, contracted, completed, cancelled, in
 * turn), with their labs spread over the regions, five sectors (A, C, D, J, M), four research fields
 * and one territory, dated through the year. Inserted directly, as the analytics read them: this
 * makes the data, it does not exercise the collaboration API.
 */
export async function generateCollaborations(app: App, options: GeneratedCollaborationsOptions = {}) {
  const { count = 120, regions = defaultRegions, seed = 42, year = 2026 } = options;
  const day = (month: number, dayOfMonth: number) => new Date(Date.UTC(year, month, dayOfMonth, 10));
  const rng = random(seed);
  const universities = await Promise.all(regions.map((regionCode) => createOrganisation(app, { kind: 'university', regionCode })));
  const company = await createOrganisation(app, { kind: 'company' });
  const creator = await createUser(app, 'company', { organisationId: company.id });
  const labRows = await app.db
    .insert(labs)
    .values(
      Array.from({ length: Math.max(regions.length, Math.min(12, count)) }, (_, i) => ({
        organisationId: universities[i % universities.length]!.id,
        name: { en: `Lab ${i}` },
        description: { en: 'Generated' },
        researchFields: [rng.pick(['2.7', '4.1', '1.2', '2.9'])],
        trlMin: 2,
        trlMax: 7,
        regionCode: regions[i % regions.length]!,
        territoryCode: i % 3 === 0 ? 'astana-hub' : null,
      })),
    )
    .returning();
  const needRows = await app.db
    .insert(needs)
    .values(
      Array.from({ length: count }, (_, i) => ({
        organisationId: company.id,
        title: `Need ${i}`,
        description: { en: 'Generated' },
        sectors: rng.some(['A', 'C', 'D', 'J', 'M'], 1, 2),
        trlTarget: 5,
        regionCode: 'KZ-71',
        publishedAt: day(0, 2),
      })),
    )
    .returning();
  const statuses = ['proposed', 'accepted', 'declined', 'contracted', 'completed', 'cancelled'] as const;
  const rows = await app.db
    .insert(collaborations)
    .values(
      needRows.map((need, i) => {
        const status = statuses[i % statuses.length]!;
        const month = Math.floor(rng.next() * 10);
        const accepted = ['accepted', 'contracted', 'completed', 'cancelled'].includes(status);
        const contracted = status === 'contracted' || status === 'completed';
        return {
          needId: need.id,
          labId: labRows[i % labRows.length]!.id,
          status,
          initiatedBy: 'company' as const,
          createdBy: creator.user.id,
          createdAt: day(month, 5),
          acceptedAt: accepted ? day(month, 10) : null,
          declinedAt: status === 'declined' ? day(month, 12) : null,
          cancelledAt: status === 'cancelled' ? day(month + 1, 3) : null,
          closingReasonCode: status === 'declined' ? rng.pick(declineReasonCodes) : status === 'cancelled' ? rng.pick(cancelReasonCodes) : null,
          contractedAt: contracted ? day(month + 1, 15) : null,
          contractBudgetKzt: contracted ? 1_000_000 * (1 + Math.floor(rng.next() * 90)) : null,
          fundingSource: contracted ? rng.pick(fundingSources) : null,
          contractStartOn: contracted ? `${year}-06-01` : null,
          completedAt: status === 'completed' ? day(month + 2, 20) : null,
          outcomePublications: status === 'completed' ? Math.floor(rng.next() * 4) : 0,
          outcomePatents: status === 'completed' ? Math.floor(rng.next() * 2) : 0,
        };
      }),
    )
    .returning({ id: collaborations.id });
  return { universities, company, labs: labRows, needs: needRows, collaborations: rows };
}
