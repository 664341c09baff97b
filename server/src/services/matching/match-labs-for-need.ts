import { eq } from 'drizzle-orm';
import { needs, organisations } from '@kopir/db';
import { pickText, type LocalizedText } from '@kopir/shared';
import { assertMemberOf, type Actor } from '../../access/actor.ts';
import { AppError, notFound } from '../../errors.ts';
import { findCandidates } from '../../matching/candidates.ts';
import { capabilityRarity } from '../../matching/capability-rarity.ts';
import { scoreAndExplain } from '../../matching/explain.ts';
import { matchingQuery } from '../../matching/query-words.ts';
import type { Weights } from '../../matching/score.ts';
import { indexUid } from '../../search/index-settings.ts';
import type { ServiceContext } from '../context.ts';
import { completedCollaborations } from './track-record.ts';

export const labAttributes = [
  'id',
  'name_kk',
  'name_ru',
  'name_en',
  'organisation',
  'capabilities',
  'sectors',
  'researchFields',
  'trlMin',
  'trlMax',
  'regionCode',
  'territoryCode',
  'verified',
];
export const labTexts = ['name_kk', 'name_ru', 'name_en', 'description_kk', 'description_ru', 'description_en'];

/**
 * The ministry matches any need and a company its own. So does the system: the job that tells labs
 * about a newly published need reads it whole, and what it reads goes to no one but the labs'
 * researchers, as a link to the need's public page.
 */
function assertMayMatch(actor: Actor | null, needOrganisationId: string): void {
  if (!actor) throw new AppError('UNAUTHENTICATED', 'Sign in to do this');
  if (actor.kind === 'user' && actor.role === 'company') assertMemberOf(actor, needOrganisationId, 'need');
}

const nameOf = (hit: Record<string, unknown>): LocalizedText => {
  const name: LocalizedText = {};
  for (const locale of ['kk', 'ru', 'en'] as const) if (typeof hit[`name_${locale}`] === 'string') name[locale] = hit[`name_${locale}`] as string;
  return name;
};

/**
 * The labs that best fit a need, best first, each with its score and the reasons. Candidates come
 * from Meilisearch (the need's words, and its capability codes); the ranking is ours (score.ts).
 */
export async function matchLabsForNeed({ ctx, input }: { ctx: ServiceContext; input: { needId: string; limit: number; weights?: Weights } }) {
  const { needId, limit, weights } = input;
  const [row] = await ctx.db.select().from(needs).innerJoin(organisations, eq(organisations.id, needs.organisationId)).where(eq(needs.id, needId));
  if (!row) throw notFound('The need');
  assertMayMatch(ctx.actor, row.needs.organisationId);
  const need = row.needs;
  const { search } = ctx;

  const labsIndex = indexUid(search.indexPrefix, 'labs');
  const filter = ['status = "active"'];
  const description = Object.values(need.description).join(' ');
  const [candidates, rarityOf] = await Promise.all([
    findCandidates({
      client: search.client,
      indexUid: labsIndex,
      texts: [matchingQuery(need.title, description)],
      capabilities: need.capabilities,
      sectors: need.sectors,
      filter,
      attributes: labAttributes,
      highlighted: labTexts,
    }),
    capabilityRarity(search.client, labsIndex, filter[0]!),
  ]);
  const trackRecord = await completedCollaborations(ctx.db, [...candidates.keys()]);

  const needSide = {
    capabilities: need.capabilities,
    sectors: need.sectors,
    researchFields: need.researchFields,
    regionCode: need.regionCode,
    territoryCode: need.territoryCode,
    trlTarget: need.trlTarget,
  };
  const matches = [...candidates.values()].map(({ hit, textScore, highlights }) => {
    const lab = {
      capabilities: hit.capabilities as string[],
      sectors: hit.sectors as string[],
      researchFields: hit.researchFields as string[],
      regionCode: hit.regionCode as string,
      territoryCode: (hit.territoryCode as string | null) ?? null,
      trlMin: hit.trlMin as number,
      trlMax: hit.trlMax as number,
      verified: Boolean(hit.verified),
      completedCollaborations: trackRecord.get(hit.id as string) ?? 0,
    };
    const { score, explanation } = scoreAndExplain(needSide, lab, textScore, highlights, rarityOf, weights);
    return {
      score,
      lab: {
        id: hit.id as string,
        name: nameOf(hit),
        organisation: hit.organisation as { id: string; name: LocalizedText; verified: boolean },
        regionCode: lab.regionCode,
        trlMin: lab.trlMin,
        trlMax: lab.trlMax,
        capabilities: lab.capabilities,
      },
      explanation,
    };
  });
  // Ties break by name so the order is stable from one call to the next.
  matches.sort((a, b) => b.score - a.score || pickText(a.lab.name, 'en').localeCompare(pickText(b.lab.name, 'en')));
  return { needId, matches: matches.slice(0, limit) };
}
