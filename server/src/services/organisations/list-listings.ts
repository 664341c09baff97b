import { and, desc, eq } from 'drizzle-orm';
import { labs, needs } from '@kopir/db';
import type { OrganisationListings } from '@kopir/shared';
import type { ServiceContext } from '../context.ts';
import { getOrganisation } from './get-organisation.ts';

/** The most of each kind a page lists; an organisation with more is searched by its name. */
const LISTING_LIMIT = 100;

/**
 * What anyone may see listed under an organisation: its active labs and its open public needs.
 * A confidential need is never listed here, for anyone: its search hit and its page hide which
 * company posted it, and a list under the company's name would give that away.
 */
export async function listOrganisationListings({ ctx, input: { id } }: { ctx: ServiceContext; input: { id: string } }): Promise<OrganisationListings> {
  await getOrganisation({ ctx, input: { id } });
  const [labRows, needRows] = await Promise.all([
    ctx.db
      .select()
      .from(labs)
      .where(and(eq(labs.organisationId, id), eq(labs.status, 'active')))
      .orderBy(desc(labs.updatedAt), labs.id)
      .limit(LISTING_LIMIT + 1),
    ctx.db
      .select()
      .from(needs)
      .where(and(eq(needs.organisationId, id), eq(needs.status, 'open'), eq(needs.visibility, 'public')))
      .orderBy(desc(needs.publishedAt), needs.id)
      .limit(LISTING_LIMIT + 1),
  ]);
  return {
    labs: labRows.slice(0, LISTING_LIMIT).map((lab) => ({
      id: lab.id,
      name: lab.name,
      regionCode: lab.regionCode,
      capabilities: lab.capabilities,
      trlMin: lab.trlMin,
      trlMax: lab.trlMax,
      updatedAt: lab.updatedAt.toISOString(),
    })),
    needs: needRows.slice(0, LISTING_LIMIT).map((need) => ({
      id: need.id,
      title: need.title,
      sectors: need.sectors,
      regionCode: need.regionCode,
      deadlineOn: need.deadlineOn,
      publishedAt: need.publishedAt.toISOString(),
    })),
    truncated: labRows.length > LISTING_LIMIT || needRows.length > LISTING_LIMIT,
  };
}
