import type { ServiceContext } from '../context.ts';
import { assertKnownCodes } from '../../taxonomy/live-taxonomy.ts';

/** The class is a capability of the live taxonomy, and the territory one admins know of. */
export async function assertKnownInstrumentCodes(ctx: ServiceContext, input: { classCode?: string | undefined; territoryCode?: string | null | undefined }) {
  const taxonomy = await ctx.taxonomy.current();
  assertKnownCodes(taxonomy.capabilityCodes, input.classCode ? [input.classCode] : [], 'body.classCode', 'instrument class');
  assertKnownCodes(taxonomy.territoryCodes, input.territoryCode ? [input.territoryCode] : [], 'body.territoryCode', 'territory');
}
