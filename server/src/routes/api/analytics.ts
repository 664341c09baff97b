import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  analyticsBreakdownSchema,
  analyticsIntervals,
  analyticsFiltersSchema,
  analyticsQuerySchema,
  analyticsSummarySchema,
  analyticsTimeseriesSchema,
  apiErrorSchema,
  breakdownDimensions,
} from '@kopir/shared';
import { allow } from '../../access/rules.ts';
import { fastSerializerCompiler } from '../../plugins/app/fast-serializer.ts';
import { analyticsBreakdown, analyticsSummary, analyticsTimeseries } from '../../services/analytics/analytics.ts';
import { contextOf } from '../../services/context.ts';

const access = allow.roles(['ministry', 'admin', 'region'], 'a region officer only for their own region');
const errors = { 400: apiErrorSchema, 403: apiErrorSchema };

const analyticsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/analytics/summary',
    {
      config: { access },
      // The ministry's dashboards read these on every filter change: no zod pass over the figures.
      serializerCompiler: fastSerializerCompiler,
      schema: {
        tags: ['analytics'],
        summary: 'Every indicator for the period and filters',
        querystring: analyticsFiltersSchema,
        response: { 200: analyticsSummarySchema, ...errors },
      },
    },
    async (request) => analyticsSummary({ ctx: contextOf(request), input: request.query }),
  );

  app.get(
    '/analytics/breakdown',
    {
      config: { access },
      // The ministry's dashboards read these on every filter change: no zod pass over the figures.
      serializerCompiler: fastSerializerCompiler,
      schema: {
        tags: ['analytics'],
        summary: 'The indicators by region, sector, research field, organisation or territory; additive ones sum to the total',
        querystring: analyticsQuerySchema({ by: z.enum(breakdownDimensions) }),
        response: { 200: analyticsBreakdownSchema, ...errors },
      },
    },
    async (request) => analyticsBreakdown({ ctx: contextOf(request), input: request.query }),
  );

  app.get(
    '/analytics/timeseries',
    {
      config: { access },
      // The ministry's dashboards read these on every filter change: no zod pass over the figures.
      serializerCompiler: fastSerializerCompiler,
      schema: {
        tags: ['analytics'],
        summary: 'The indicators per month, quarter or year of the period',
        querystring: analyticsQuerySchema({ interval: z.enum(analyticsIntervals).default('quarter') }),
        response: { 200: analyticsTimeseriesSchema, ...errors },
      },
    },
    async (request) => analyticsTimeseries({ ctx: contextOf(request), input: request.query }),
  );
};

export default analyticsRoutes;
