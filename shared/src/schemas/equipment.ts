import { z } from 'zod';
import { bookingStatuses, instrumentPriceUnits, instrumentStatuses } from '../domain.ts';
import { localizedText, localizedTextSchema } from '../locales.ts';
import { tengeSchema } from '../money.ts';
import { regionCodeSchema } from '../taxonomy/index.ts';
import { capabilityCodeSchema, territoryCodeSchema } from './catalogue.ts';
import { daysBetween, isoDateWithin, planYears } from './dates.ts';
import { inputRules } from './field-rules.ts';
import { text, textLimits } from './text.ts';

/** The longest stretch one booking request may ask for: a year of days is a contract, not a booking. */
export const BOOKING_MAX_DAYS = 366;

/** The most a price per hour or per sample may be, in tenge: above it the figure is a typo. */
const PRICE_MAX_KZT = 100_000_000;

// ---- instruments ------------------------------------------------------------------------------

const instrumentFields = {
  /** The instrument's class: a capability tag of the taxonomy (its equipment classes: mass spectrometry, electron microscopy …). */
  classCode: capabilityCodeSchema,
  /** Maker and model as the nameplate says it ("Bruker D8 Advance"): a proper name, one language. */
  model: text(textLimits.name),
  /** Building and room, or a campus: where a sample is brought. */
  location: text(textLimits.name),
  regionCode: regionCodeSchema,
  territoryCode: territoryCodeSchema.nullable(),
  /** Conditions of use (training, sample preparation, who operates it) in up to three languages. */
  conditions: localizedText(textLimits.note),
  priceKzt: tengeSchema(PRICE_MAX_KZT).nullable(),
  priceUnit: z.enum(instrumentPriceUnits),
  /** When it can be booked, as the centre says it ("weekdays 9–18, not in August"). */
  availability: text(textLimits.note).nullable(),
  status: z.enum(instrumentStatuses),
};

/** A new instrument of the researcher's organisation; region and territory default to the organisation's. */
export const createInstrumentSchema = z.strictObject({
  ...instrumentFields,
  regionCode: instrumentFields.regionCode.optional(),
  territoryCode: instrumentFields.territoryCode.optional(),
  priceKzt: instrumentFields.priceKzt.optional(),
  priceUnit: instrumentFields.priceUnit.default('hour'),
  availability: instrumentFields.availability.optional(),
  status: instrumentFields.status.default('active'),
});
export type CreateInstrument = z.infer<typeof createInstrumentSchema>;

/** Edits of an instrument; hiding it is `status: hidden`. */
export const updateInstrumentSchema = z.strictObject(instrumentFields).partial();
export type UpdateInstrument = z.infer<typeof updateInstrumentSchema>;

const organisationSummarySchema = z.object({ id: z.uuid(), name: localizedTextSchema, verified: z.boolean() });

export const instrumentSchema = z.object({
  id: z.uuid(),
  organisation: organisationSummarySchema,
  classCode: z.string(),
  model: z.string(),
  location: z.string(),
  regionCode: z.string(),
  territoryCode: z.string().nullable(),
  conditions: localizedText(textLimits.note),
  priceKzt: z.number().int().nullable(),
  priceUnit: z.enum(instrumentPriceUnits),
  availability: z.string().nullable(),
  status: z.enum(instrumentStatuses),
  version: z.number().int(),
  updatedAt: z.iso.datetime(),
});
export type Instrument = z.infer<typeof instrumentSchema>;
export const instrumentListSchema = z.object({ items: z.array(instrumentSchema) });

/** A query-string filter given once or repeated. */
const oneOrMany = <T extends z.ZodType<string>>(item: T) =>
  z.preprocess((value) => (value === undefined || Array.isArray(value) ? value : [value]), z.array(item).max(20).optional());

export const instrumentSearchQuerySchema = z.strictObject({
  q: text(textLimits.query, { min: 0 }).optional(),
  class: oneOrMany(capabilityCodeSchema),
  region: oneOrMany(regionCodeSchema),
  territory: oneOrMany(territoryCodeSchema),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
});
export type InstrumentSearchQuery = z.infer<typeof instrumentSearchQuerySchema>;

export const instrumentHitSchema = z.object({
  id: z.uuid(),
  organisation: organisationSummarySchema,
  classCode: z.string(),
  model: z.string(),
  location: z.string(),
  regionCode: z.string(),
  territoryCode: z.string().nullable(),
  priceKzt: z.number().int().nullable(),
  priceUnit: z.enum(instrumentPriceUnits),
  /** The matched words wrapped in <mark>…</mark>, per attribute (`model`, `conditions_ru` …). */
  highlights: z.record(z.string(), z.string()),
});

// ---- booking requests -------------------------------------------------------------------------

const bookingDate = isoDateWithin(planYears);

/** A company asks for days of an instrument: from one day to a range, with a message to the centre. */
export const createBookingSchema = z
  .strictObject({
    startsOn: bookingDate,
    /** The last day wanted; the first day again (or left out) for a single day. */
    endsOn: bookingDate.optional(),
    message: text(textLimits.note),
  })
  .check((context) => {
    const { startsOn, endsOn } = context.value;
    if (endsOn === undefined) return;
    if (endsOn < startsOn) {
      context.issues.push({
        code: 'custom',
        input: endsOn,
        path: ['endsOn'],
        message: 'The last day cannot be before the first',
        params: { rule: inputRules.endBeforeStart },
      });
    } else if (daysBetween(startsOn, endsOn) + 1 > BOOKING_MAX_DAYS) {
      context.issues.push({
        code: 'custom',
        input: endsOn,
        path: ['endsOn'],
        message: `Ask for at most ${BOOKING_MAX_DAYS} days at once`,
        params: { rule: inputRules.periodTooLong, max: BOOKING_MAX_DAYS },
      });
    }
  });
export type CreateBooking = z.infer<typeof createBookingSchema>;

/** The centre's answer; a reason is optional and shown to the company. */
export const decideBookingSchema = z.strictObject({ reason: text(textLimits.note).optional() });

export const bookingSchema = z.object({
  id: z.uuid(),
  instrument: z.object({ id: z.uuid(), model: z.string(), classCode: z.string(), organisation: organisationSummarySchema }),
  company: organisationSummarySchema,
  startsOn: z.iso.date(),
  endsOn: z.iso.date(),
  message: z.string(),
  status: z.enum(bookingStatuses),
  decisionReason: z.string().nullable(),
  decidedAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  /** Which side the reader is on: the company that asked, or the centre that owns the instrument. */
  side: z.enum(['company', 'centre']),
});
export type Booking = z.infer<typeof bookingSchema>;
export const bookingListSchema = z.object({ items: z.array(bookingSchema) });
