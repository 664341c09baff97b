import { eq } from 'drizzle-orm';
import { needs, organisations } from '@kopir/db';
import { pickText } from '@kopir/shared';
import { assertMemberOf, type Actor } from '../../access/actor.ts';
import { AppError, notFound } from '../../errors.ts';
import { findCandidates } from '../../matching/candidates.ts';
import { capabilityRarity } from '../../matching/capability-rarity.ts';
import { scoreAndExplain } from '../../matching/explain.ts';
import { matchingQuery } from '../../matching/query-words.ts';
import type { Weights } from '../../matching/score.ts';
import type { LabDocument } from '../../search/documents.ts';
import { indexUid } from '../../search/index-settings.ts';
import { localizedFrom, type HitOf } from '../../search/query/highlights.ts';
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
] satisfies (keyof LabDocument)[];
export const labTexts = ['name_kk', 'name_ru', 'name_en', 'description_kk', 'description_ru', 'description_en'] satisfies (keyof LabDocument)[];

/**
 * The ministry matches any need and a company its own. So does the system: the job that tells labs
 * about a newly published need reads it whole, and what it reads goes to no one but the labs'
 * researchers, as a link to the need's public page.
 */
function assertMayMatch(actor: Actor | null, needOrganisationId: string): void {
  if (!actor) throw new AppError('UNAUTHENTICATED', 'Sign in to do this');
  if (actor.kind === 'user' && actor.role === 'company') assertMemberOf(actor, needOrganisationId, 'need');
}

type LabCandidate = HitOf<LabDocument, (typeof labAttributes)[number], (typeof labTexts)[number]>;

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
