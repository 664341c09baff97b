import { z } from 'zod';
import { regionCodes, regions } from './regions.ts';
import type { Taxonomy } from './types.ts';

export * from './types.ts';
export * from './regions.ts';

/** A region code validated against the taxonomy (never a raw string). */
export const regionCodeSchema = z.enum(regionCodes);

/** The taxonomy as the API serves it. Sectors, fields, capabilities and territories come later. */
export const taxonomy: Taxonomy = {
  regions: [...regions],
  sectors: [],
  researchFields: [],
  capabilities: [],
  territories: [],
};
