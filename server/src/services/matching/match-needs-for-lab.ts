import { eq } from 'drizzle-orm';
import { labs } from '@kopir/db';
import { assertMemberOf } from '../../access/actor.ts';
import { notFound } from '../../errors.ts';
import { findCandidates } from '../../matching/candidates.ts';
import { capabilityRarity } from '../../matching/capability-rarity.ts';
import { conceptsIn, conceptWords } from '../../matching/concepts.ts';
import { scoreAndExplain } from '../../matching/explain.ts';
import { analyze } from '../../matching/text/analyze.ts';
import { prepareText, scoreTexts } from '../../matching/text-relevance.ts';
import type { NeedDocument } from '../../search/documents.ts';
import { indexUid } from '../../search/index-settings.ts';
import { signedInActor, type ServiceContext } from '../context.ts';
import { pairCollaborations } from '../collaborations/pair-collaborations.ts';
import { sideOf } from '../collaborations/parties.ts';
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
type NeedCandidate = Pick<NeedDocument, (typeof needAttributes)[number]>;

/**
 * The open needs that best fit a lab, best first, with reasons. The needs index holds a
 * confidential need's public fields only, so it is matched (and explained) on its title, sectors
 * and region alone: nothing confidential can leak through a match (its statistics for BM25 come
 * from the same public fields, matching/text/lexicon.ts). The lab is read whole, as a need is.
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
  const { data: taxonomy } = await ctx.taxonomy.current();
  const languages = ['kk', 'ru', 'en'] as const;
  const concepts = conceptsIn(taxonomy.capabilities, [...Object.values(lab.name), ...Object.values(lab.description), ...lab.keywords].join('\n'));
  const capabilities = [...new Set([...lab.capabilities, ...concepts.keys()])];
  const text = analyze([
    ...languages.map((language) => ({ text: lab.name[language], language })),
    ...languages.map((language) => ({ text: lab.description[language], language })),
    ...[...lab.keywords, ...lab.equipment, ...conceptWords(capabilities, taxonomy.capabilities)].map((words) => ({ text: words })),
  ]);
  const prepared = await prepareText(ctx.db, 'needs', text, search.indexPrefix);
  const [candidates, rarityOf, trackRecord] = await Promise.all([
    findCandidates<NeedCandidate>({
      client: search.client,
      indexUid: needsIndex,
      text: prepared.searchText,
      capabilities,
      sectors: lab.sectors,
      filter,
      attributes: needAttributes,
    }),
    capabilityRarity(search.client, needsIndex, filter[0]!),
    completedCollaborations(ctx.db, [lab.id]),
  ]);
  const needIds = [...candidates.keys()];
  // Only the lab's own researchers see its collaborations with these needs; the ministry matches without them.
  const side = sideOf(actor, '', lab.organisationId);
  const [texts, existing] = await Promise.all([
    scoreTexts(ctx.db, 'needs', prepared, needIds),
    side ? pairCollaborations(ctx.db, { needIds, labIds: [lab.id], side, now: ctx.now() }) : new Map(),
  ]);
  const labSide = {
    ...lab,
    capabilities,
    verified: true,
    completedCollaborations: trackRecord.get(lab.id) ?? 0,
  };

  const matches = [...candidates.values()].map((hit) => {
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
    const { score, explanation } = scoreAndExplain(needSide, labSide, { ...texts.get(hit.id)!, concepts }, rarityOf);
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
      collaboration: existing.get(`${hit.id}:${lab.id}`) ?? null,
    };
  });
  matches.sort((a, b) => b.score - a.score || a.need.title.localeCompare(b.need.title));
  const shown = matches.slice(0, limit);
  ctx.listings?.shown(
    'matchesShown',
    'need',
    shown.map((match) => match.need),
  );
  return { labId, matches: shown };
}
