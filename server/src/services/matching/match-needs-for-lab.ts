import { eq } from 'drizzle-orm';
import { labs } from '@kopir/db';
import { assertMemberOf } from '../../access/actor.ts';
import { notFound } from '../../errors.ts';
import { findCandidates } from '../../matching/candidates.ts';
import { capabilityRarity } from '../../matching/capability-rarity.ts';
import { scoreAndExplain } from '../../matching/explain.ts';
import { matchingQuery } from '../../matching/query-words.ts';
import type { NeedDocument } from '../../search/documents.ts';
import { indexUid } from '../../search/index-settings.ts';
import type { HitOf } from '../../search/query/highlights.ts';
import { signedInActor, type ServiceContext } from '../context.ts';
import { completedCollaborations } from './track-record.ts';

const needAttributes = [
  'id',
  'title',
  'organisation',
  'capabilities',
  'sectors',
  'researchFields',
  'trlTarget',
  'regionCode',
  'territoryCode',
  'visibility',
] satisfies (keyof NeedDocument)[];
const needTexts = ['title', 'description_kk', 'description_ru', 'description_en'] satisfies (keyof NeedDocument)[];

type NeedCandidate = HitOf<NeedDocument, (typeof needAttributes)[number], (typeof needTexts)[number]>;

/**
 * The open needs that best fit a lab, best first, with reasons. The needs index holds a
 * confidential need's public fields only, so it is matched (and explained) on its title, sectors
 * and region alone: nothing confidential can leak through a match.
 */
export async function matchNeedsForLab({ ctx, input }: { ctx: ServiceContext; input: { labId: string; limit: number } }) {
  const { labId, limit } = input;
  const { search } = ctx;
  const actor = signedInActor(ctx);
  const [lab] = await ctx.db.select().from(labs).where(eq(labs.id, labId));
  if (!lab) throw notFound('The lab');
  if (actor.role === 'researcher') assertMemberOf(actor, lab.organisationId, 'lab');

  const needsIndex = indexUid(search.indexPrefix, 'needs');
  const filter = ['status = "open"'];
  const [candidates, rarityOf, trackRecord] = await Promise.all([
    findCandidates<NeedCandidate>({
      client: search.client,
      indexUid: needsIndex,
      texts: [matchingQuery(Object.values(lab.name).join(' '), [Object.values(lab.description).join(' '), ...lab.keywords].join(' '))],
      capabilities: lab.capabilities,
      sectors: lab.sectors,
      filter,
      attributes: needAttributes,
      highlighted: needTexts,
    }),
    capabilityRarity(search.client, needsIndex, filter[0]!),
    completedCollaborations(ctx.db, [lab.id]),
  ]);
  const labSide = { ...lab, verified: true, completedCollaborations: trackRecord.get(lab.id) ?? 0 };

  const matches = [...candidates.values()].map(({ hit, textScore, highlights }) => {
    const needSide = {
      capabilities: hit.capabilities,
      sectors: hit.sectors,
      researchFields: hit.researchFields,
      regionCode: hit.regionCode,
      territoryCode: hit.territoryCode,
      trlTarget: hit.trlTarget,
    };
    // From the lab's side the question is the same — does this lab fit this need — so the same
    // scoring runs with the roles as they are; the lab's own verification is not a differentiator.
    const { score, explanation } = scoreAndExplain(needSide, labSide, textScore, highlights, rarityOf);
    return {
      score,
      need: {
        id: hit.id,
        title: hit.title,
        organisation: hit.organisation,
        regionCode: needSide.regionCode,
        sectors: needSide.sectors,
        visibility: hit.visibility,
      },
      explanation,
    };
  });
  matches.sort((a, b) => b.score - a.score || a.need.title.localeCompare(b.need.title));
  return { labId, matches: matches.slice(0, limit) };
}
