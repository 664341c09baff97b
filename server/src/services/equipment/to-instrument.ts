import type { instruments, organisations } from '@kopir/db';
import type { Instrument } from '@kopir/shared';
import { organisationSummary } from '../labs/to-lab.ts';

type InstrumentRow = typeof instruments.$inferSelect;
type OrganisationRow = Pick<typeof organisations.$inferSelect, 'id' | 'name' | 'verifiedAt'>;

export const toInstrument = (instrument: InstrumentRow, organisation: OrganisationRow): Instrument => ({
  id: instrument.id,
  organisation: organisationSummary(organisation),
  classCode: instrument.classCode,
  model: instrument.model,
  location: instrument.location,
  regionCode: instrument.regionCode,
  territoryCode: instrument.territoryCode,
  conditions: instrument.conditions,
  priceKzt: instrument.priceKzt,
  priceUnit: instrument.priceUnit,
  availability: instrument.availability,
  status: instrument.status,
  version: instrument.version,
  updatedAt: instrument.updatedAt.toISOString(),
});
