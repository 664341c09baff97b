import { eq } from 'drizzle-orm';
import { needs, organisations } from '@kopir/db';
import { pickText } from '@kopir/shared';
import { assertMemberOf, type Actor } from '../../access/actor.ts';
import { AppError, notFound } from '../../errors.ts';
import { findCandidates, type CandidateRequest } from '../../matching/candidates.ts';
import { capabilityRarity } from '../../matching/capability-rarity.ts';
import { conceptsIn, conceptWords } from '../../matching/concepts.ts';
import { scoreAndExplain } from '../../matching/explain.ts';
import type { Weights } from '../../matching/score.ts';
import { analyze } from '../../matching/text/analyze.ts';
import { prepareText, scoreTexts } from '../../matching/text-relevance.ts';
import type { LabDocument } from '../../search/documents.ts';
import { indexUid } from '../../search/index-settings.ts';
import { localizedFrom } from '../../search/query/highlights.ts';
import type { ServiceContext } from '../context.ts';
import { pairCollaborations } from '../collaborations/pair-collaborations.ts';
import { sideOf } from '../collaborations/parties.ts';
import { completedCollaborations } from './track-record.ts';

const labAttributes = [
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

/**
 * The ministry matches any need and a company its own. So does the system: the job that tells labs
 * about a newly published need reads it whole, and what it reads goes to no one but the labs'
 * researchers, as a link to the need's public page.
 */
function assertMayMatch(actor: Actor | null, needOrganisationId: string): void {
  if (!actor) throw new AppError('UNAUTHENTICATED', 'Sign in to do this');
  if (actor.kind === 'user' && actor.role === 'company') assertMemberOf(actor, needOrganisationId, 'need');
}

type LabCandidate = Pick<LabDocument, (typeof labAttributes)[number]>;

/**
 * A need as matching reads it: its whole text in every language it is written in, the
 * capabilities it declares or its text speaks of, and the Meilisearch candidate request made of
 * them. The benchmark sends the same text query directly, to compare like with like.
 */
export async function readNeedForMatching(ctx: ServiceContext, need: typeof needs.$inferSelect) {
  const { data: taxonomy } = await ctx.taxonomy.current();
  const concepts = conceptsIn(taxonomy.capabilities, [need.title, ...Object.values(need.description)].join('\n'));
  const capabilities = [...new Set([...need.capabilities, ...concepts.keys()])];
  const text = analyze([
    { text: need.title },
    ...(['kk', 'ru', 'en'] as const).map((language) => ({ text: need.description[language], language })),
    ...conceptWords(capabilities, taxonomy.capabilities).map((words) => ({ text: words })),
  ]);
  const prepared = await prepareText(ctx.db, 'labs', text, ctx.search.indexPrefix);
  const request = {
    indexUid: indexUid(ctx.search.indexPrefix, 'labs'),
    text: prepared.searchText,
    capabilities,
    sectors: need.sectors,
    filter: ['status = "active"'],
    attributes: labAttributes,
  } satisfies CandidateRequest;
  return { prepared, concepts, capabilities, request };
}

/**
 * The labs that best fit a need, best first, each with its score and the reasons. The need is read
 * whole, in every language it is written in: its salient words and its capabilities (declared, and
 * those its text speaks of in any language) bring candidates from Meilisearch; BM25 over each
 * candidate's whole text and the other factors rank them (score.ts, docs/matching.md).
 */
export async function matchLabsForNeed({ ctx, input }: { ctx: ServiceContext; input: { needId: string; limit: number; weights?: Weights } }) {
  const { needId, limit, weights } = input;
  const [row] = await ctx.db.select().from(needs).innerJoin(organisations, eq(organisations.id, needs.organisationId)).where(eq(needs.id, needId));
  if (!row) throw notFound('The need');
  assertMayMatch(ctx.actor, row.needs.organisationId);
  const need = row.needs;
  const { search } = ctx;

  const { prepared, concepts, capabilities, request } = await readNeedForMatching(ctx, need);
  const [candidates, rarityOf] = await Promise.all([
    findCandidates<LabCandidate>({ client: search.client, ...request }),
    capabilityRarity(search.client, request.indexUid, request.filter[0]!),
  ]);
  const ids = [...candidates.keys()];
  // Only the need's own company sees its collaborations with these labs; the ministry matches without them.
  const side = sideOf(ctx.actor, need.organisationId, '');
  const [trackRecord, texts, existing] = await Promise.all([
    completedCollaborations(ctx.db, ids),
    scoreTexts(ctx.db, 'labs', prepared, ids),
    side ? pairCollaborations(ctx.db, { needIds: [need.id], labIds: ids, side, now: ctx.now() }) : new Map(),
  ]);

  const needSide = {
    capabilities,
    sectors: need.sectors,
    researchFields: need.researchFields,
    regionCode: need.regionCode,
    territoryCode: need.territoryCode,
    trlTarget: need.trlTarget,
  };
  const matches = [...candidates.values()].map((hit) => {
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
    const { score, explanation } = scoreAndExplain(needSide, lab, { ...texts.get(hit.id)!, concepts }, rarityOf, weights);
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
      collaboration: existing.get(`${need.id}:${hit.id}`) ?? null,
    };
  });
  // Ties break by name so the order is stable from one call to the next.
  matches.sort((a, b) => b.score - a.score || pickText(a.lab.name, 'en').localeCompare(pickText(b.lab.name, 'en')));
  const shown = matches.slice(0, limit);
  // The job that tells labs about a new need has no counter: it shows the list to nobody.
  ctx.listings?.shown(
    'matchesShown',
    'lab',
    shown.map((match) => match.lab),
  );
  return { needId, matches: shown };
}
