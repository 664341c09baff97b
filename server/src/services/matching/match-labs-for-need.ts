import { eq } from 'drizzle-orm';
import { needs, organisations } from '@kopir/db';
import { pickText } from '@kopir/shared';
import { assertMemberOf } from '../../access/actor.ts';
import { notFound } from '../../errors.ts';
import { findCandidates } from '../../matching/candidates.ts';
import { capabilityRarity } from '../../matching/capability-rarity.ts';
import { scoreAndExplain } from '../../matching/explain.ts';
import { matchingQuery } from '../../matching/query-words.ts';
import type { Weights } from '../../matching/score.ts';
import type { SearchService } from '../../search/client.ts';
import type { LabDocument } from '../../search/documents.ts';
import { indexUid } from '../../search/index-settings.ts';
import { localizedFrom, type HitOf } from '../../search/query/highlights.ts';
import { signedInActor, type ServiceContext } from '../context.ts';
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
] satisfies (keyof LabDocument)[];
export const labTexts = ['name_kk', 'name_ru', 'name_en', 'description_kk', 'description_ru', 'description_en'] satisfies (keyof LabDocument)[];

type LabCandidate = HitOf<LabDocument, (typeof labAttributes)[number], (typeof labTexts)[number]>;

/**
 * The labs that best fit a need, best first, each with its score and the reasons. Candidates come
 * from Meilisearch (the need's words, and its capability codes); the ranking is ours (score.ts).
 */
export async function matchLabsForNeed({
  ctx,
  search,
  needId,
  limit,
  weights,
}: {
  ctx: ServiceContext;
  search: SearchService;
  needId: string;
  limit: number;
  weights?: Weights;
}) {
  const actor = signedInActor(ctx);
  const [row] = await ctx.db.select().from(needs).innerJoin(organisations, eq(organisations.id, needs.organisationId)).where(eq(needs.id, needId));
  if (!row) throw notFound('The need');
  if (actor.role === 'company') assertMemberOf(actor, row.needs.organisationId, 'need');
  const need = row.needs;

  const labsIndex = indexUid(search.indexPrefix, 'labs');
  const filter = ['status = "active"'];
  const description = Object.values(need.description).join(' ');
  const [candidates, rarityOf] = await Promise.all([
    findCandidates<LabCandidate>({
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
      capabilities: hit.capabilities,
      sectors: hit.sectors,
      researchFields: hit.researchFields,
      regionCode: hit.regionCode,
      territoryCode: hit.territoryCode,
      trlMin: hit.trlMin,
      trlMax: hit.trlMax,
      verified: hit.verified,
      completedCollaborations: trackRecord.get(hit.id) ?? 0,
    };
    const { score, explanation } = scoreAndExplain(needSide, lab, textScore, highlights, rarityOf, weights);
    return {
      score,
      lab: {
        id: hit.id,
        name: localizedFrom(hit, 'name'),
        organisation: hit.organisation,
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
