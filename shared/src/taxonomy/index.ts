import { z } from 'zod';
import { capabilities } from './capabilities.ts';
import { priorityAreas } from './priority-areas.ts';
import { regionCodes, regions } from './regions.ts';
import { researchAreas, researchFields } from './research-fields.ts';
import { sectors } from './sectors.ts';
import type { Capability, Taxonomy, Territory } from './types.ts';

export * from './types.ts';
export * from './regions.ts';
export * from './sectors.ts';
export * from './research-fields.ts';
export * from './capabilities.ts';
export * from './territories.ts';
export * from './priority-areas.ts';

/** A region code validated against the taxonomy (never a raw string). */
export const regionCodeSchema = z.enum(regionCodes);

/**
 * The taxonomy as the API serves it: the classifications shipped in code plus the capability
 * tags and territories that admins added at run time.
 */
export function buildTaxonomy(extra: { capabilities: Capability[]; territories: Territory[] }): Taxonomy {
  const shippedCodes = new Set(capabilities.map((capability) => capability.code));
  return {
    regions: [...regions],
    sectors: [...sectors],
    researchAreas: [...researchAreas],
    researchFields: [...researchFields],
    capabilities: [...capabilities, ...extra.capabilities.filter((capability) => !shippedCodes.has(capability.code))],
    territories: extra.territories,
    priorityAreas,
  };
}
export * from './suggest-capabilities.ts';
