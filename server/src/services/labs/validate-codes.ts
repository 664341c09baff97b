import type { ServiceContext } from '../context.ts';
import { assertKnownCodes } from '../../taxonomy/live-taxonomy.ts';

/** Capability and territory codes are checked against the live taxonomy (admins add to it). */
export async function assertKnownCatalogueCodes(
  ctx: ServiceContext,
  input: { capabilities?: string[] | undefined; territoryCode?: string | null | undefined },
) {
  const taxonomy = await ctx.taxonomy.current();
  assertKnownCodes(taxonomy.capabilityCodes, input.capabilities, 'body.capabilities', 'capability');
  assertKnownCodes(taxonomy.territoryCodes, input.territoryCode ? [input.territoryCode] : [], 'body.territoryCode', 'territory');
}
