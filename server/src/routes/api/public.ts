import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiErrorSchema, openIndicatorsSchema, publishedReportListSchema, reportYearSchema } from '@kopir/shared';
import { allow } from '../../access/rules.ts';
import { openIndicators } from '../../services/analytics/open-data.ts';
import { contextOf } from '../../services/context.ts';
import { publishedReports } from '../../services/reports/list-reports.ts';

const publicRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/public/indicators',
    {
      config: { access: allow.public('aggregates only; figures resting on fewer than 3 collaborations are suppressed') },
      schema: {
        tags: ['open data'],
        summary: 'Published indicators of a year: national, by region and by sector, small cells suppressed',
        querystring: z.strictObject({ year: reportYearSchema.optional() }),
        response: { 200: openIndicatorsSchema, 400: apiErrorSchema },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'public, max-age=600');
      return openIndicators({ ctx: contextOf(request), input: request.query });
    },
  );

  app.get(
    '/public/reports',
    {
      config: { access: allow.public('published national reports only') },
      schema: { tags: ['open data'], summary: 'The published national reports, newest first', response: { 200: publishedReportListSchema } },
    },
    async (request) => publishedReports({ ctx: contextOf(request) }),
  );
};

export default publicRoutes;
