import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  apiErrorSchema,
  bookingListSchema,
  bookingSchema,
  createBookingSchema,
  createInstrumentSchema,
  decideBookingSchema,
  instrumentHitSchema,
  instrumentListSchema,
  instrumentSchema,
  instrumentSearchQuerySchema,
  searchResultSchema,
  updateInstrumentSchema,
} from '@kopir/shared';
import { allow } from '../../access/rules.ts';
import { contextOf } from '../../services/context.ts';
import { createInstrument } from '../../services/equipment/create-instrument.ts';
import { moveBooking } from '../../services/equipment/decide-booking.ts';
import { getBooking, listBookings } from '../../services/equipment/get-booking.ts';
import { getInstrument, listOrganisationInstruments, listOwnInstruments } from '../../services/equipment/get-instrument.ts';
import { requestBooking } from '../../services/equipment/request-booking.ts';
import { searchInstruments } from '../../services/equipment/search-instruments.ts';
import { updateInstrument } from '../../services/equipment/update-instrument.ts';

const idParams = z.strictObject({ id: z.uuid() });
const errors = { 400: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema, 409: apiErrorSchema };
const bookingReaders = 'the requesting company’s people and the centre’s researchers only (anyone else: 404)';

const equipmentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/instruments',
    {
      config: { access: allow.public('active instruments only') },
      schema: {
        tags: ['equipment'],
        summary: 'Search shared instruments by words, class and region',
        querystring: instrumentSearchQuerySchema,
        response: { 200: searchResultSchema(instrumentHitSchema), ...errors },
      },
    },
    async (request) => searchInstruments({ ctx: contextOf(request), input: request.query }),
  );

  app.get(
    '/instruments/:id',
    {
      config: { access: allow.public('a hidden instrument only for its centre’s people, the ministry and admins') },
      schema: { tags: ['equipment'], summary: 'One shared instrument', params: idParams, response: { 200: instrumentSchema, ...errors } },
    },
    async (request) => getInstrument({ ctx: contextOf(request), input: { id: request.params.id } }),
  );

  app.get(
    '/organisations/:id/instruments',
    {
      config: { access: allow.public('active instruments only') },
      schema: {
        tags: ['equipment'],
        summary: 'The active instruments an organisation offers',
        params: idParams,
        response: { 200: instrumentListSchema, ...errors },
      },
    },
    async (request) => ({ items: await listOrganisationInstruments({ ctx: contextOf(request), input: { organisationId: request.params.id } }) }),
  );

  app.get(
    '/my/instruments',
    {
      config: { access: allow.roles(['researcher'], 'instruments of one’s own organisation') },
      schema: { tags: ['equipment'], summary: 'The instruments of my organisation, hidden ones included', response: { 200: instrumentListSchema } },
    },
    async (request) => ({ items: await listOwnInstruments({ ctx: contextOf(request) }) }),
  );

  app.post(
    '/instruments',
    {
      config: { access: allow.roles(['researcher'], 'in one’s own university or institute') },
      schema: { tags: ['equipment'], summary: 'List a shared instrument', body: createInstrumentSchema, response: { 201: instrumentSchema, ...errors } },
    },
    async (request, reply) => reply.status(201).send(await createInstrument({ ctx: contextOf(request), input: request.body })),
  );

  app.patch(
    '/instruments/:id',
    {
      config: { access: allow.roles(['researcher'], 'member of the instrument’s organisation') },
      schema: {
        tags: ['equipment'],
        summary: 'Edit a shared instrument (hide it with status: hidden)',
        params: idParams,
        body: updateInstrumentSchema,
        response: { 200: instrumentSchema, ...errors },
      },
    },
    async (request) => updateInstrument({ ctx: contextOf(request), input: { id: request.params.id, changes: request.body } }),
  );

  app.post(
    '/instruments/:id/bookings',
    {
      config: { access: allow.roles(['company'], 'any active instrument') },
      schema: {
        tags: ['equipment'],
        summary: 'Ask the centre for days of an instrument',
        params: idParams,
        body: createBookingSchema,
        response: { 201: bookingSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await requestBooking({ ctx: contextOf(request), input: { instrumentId: request.params.id, request: request.body } })),
  );

  app.get(
    '/bookings',
    {
      config: { access: allow.roles(['researcher', 'company'], 'one’s own organisation’s requests, sent or received') },
      schema: { tags: ['equipment'], summary: 'The booking requests my organisation sent or received, newest first', response: { 200: bookingListSchema } },
    },
    async (request) => ({ items: await listBookings({ ctx: contextOf(request) }) }),
  );

  app.get(
    '/bookings/:id',
    {
      config: { access: allow.roles(['researcher', 'company'], bookingReaders) },
      schema: { tags: ['equipment'], summary: 'One booking request', params: idParams, response: { 200: bookingSchema, ...errors } },
    },
    async (request) => getBooking({ ctx: contextOf(request), input: { id: request.params.id } }),
  );

  for (const action of ['accept', 'decline'] as const) {
    app.post(
      `/bookings/:id/${action}`,
      {
        config: { access: allow.roles(['researcher'], 'a researcher of the instrument’s organisation (anyone else: 404)') },
        schema: {
          tags: ['equipment'],
          summary: `${action === 'accept' ? 'Accept' : 'Decline'} a booking request, with an optional reason`,
          params: idParams,
          body: decideBookingSchema,
          response: { 200: bookingSchema, ...errors },
        },
      },
      async (request) => moveBooking({ ctx: contextOf(request), input: { id: request.params.id, move: { action, reason: request.body.reason } } }),
    );
  }

  app.post(
    '/bookings/:id/cancel',
    {
      config: { access: allow.roles(['company'], 'the requesting company’s people (anyone else: 404)') },
      schema: { tags: ['equipment'], summary: 'Cancel a booking request that was not declined', params: idParams, response: { 200: bookingSchema, ...errors } },
    },
    async (request) => moveBooking({ ctx: contextOf(request), input: { id: request.params.id, move: { action: 'cancel' } } }),
  );
};

export default equipmentRoutes;
