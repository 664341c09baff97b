import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import {
  bookingStatuses,
  instrumentPriceUnits,
  instrumentStatuses,
  type BookingStatus,
  type InstrumentPriceUnit,
  type InstrumentStatus,
  type LocalizedText,
} from '@kopir/shared';
import { oneOf, timestamps, timestamptz, version } from './columns.ts';
import { organisations } from './organisations.ts';
import { users } from './users.ts';

/** A shared instrument a university or institute offers to others, by the hour or by the sample. */
export const instruments = pgTable(
  'instruments',
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'restrict' }),
    /** A capability code of the taxonomy (its equipment classes), checked against the live taxonomy by the service. */
    classCode: text().notNull(),
    model: text().notNull(),
    location: text().notNull(),
    regionCode: text().notNull(),
    territoryCode: text(),
    conditions: jsonb().$type<LocalizedText>().notNull(),
    /** Whole tenge per `priceUnit`; null when the price is agreed case by case. */
    priceKzt: integer(),
    priceUnit: text().$type<InstrumentPriceUnit>().notNull().default('hour'),
    availability: text(),
    status: text().$type<InstrumentStatus>().notNull().default('active'),
    createdBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    version: version(),
    ...timestamps,
  },
  (table) => [
    check('instruments_status_check', oneOf(table.status, instrumentStatuses)),
    check('instruments_price_unit_check', oneOf(table.priceUnit, instrumentPriceUnits)),
    check('instruments_price_check', sql`${table.priceKzt} is null or ${table.priceKzt} >= 0`),
    index('instruments_organisation_idx').on(table.organisationId),
    index('instruments_class_idx').on(table.classCode),
  ],
);

/**
 * A company's request for days of an instrument. The centre (the instrument's organisation) is
 * kept on the row, so who may read it is one comparison, whatever later happens to the instrument.
 */
export const bookingRequests = pgTable(
  'booking_requests',
  {
    id: uuid().primaryKey().defaultRandom(),
    instrumentId: uuid()
      .notNull()
      .references(() => instruments.id, { onDelete: 'restrict' }),
    centreOrganisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'restrict' }),
    companyOrganisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'restrict' }),
    requestedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    /** The days wanted, in Kazakhstan, first and last included. */
    startsOn: date({ mode: 'string' }).notNull(),
    endsOn: date({ mode: 'string' }).notNull(),
    message: text().notNull(),
    status: text().$type<BookingStatus>().notNull().default('requested'),
    decidedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamptz(),
    decisionReason: text(),
    ...timestamps,
  },
  (table) => [
    check('booking_requests_status_check', oneOf(table.status, bookingStatuses)),
    check('booking_requests_dates_check', sql`${table.startsOn} <= ${table.endsOn}`),
    index('booking_requests_instrument_idx').on(table.instrumentId),
    index('booking_requests_centre_idx').on(table.centreOrganisationId, table.createdAt),
    index('booking_requests_company_idx').on(table.companyOrganisationId, table.createdAt),
  ],
);
