import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyReply } from 'fastify';
import {
  apiErrorSchema,
  narrativeInputSchema,
  nationalReportParamsSchema,
  regionReportParamsSchema,
  reportFormatSchema,
  reportListSchema,
  reportSchema,
  reportYearSchema,
  type Locale,
  type Report,
} from '@kopir/shared';
import { z } from 'zod';
import { allow } from '../../access/rules.ts';
import { contextOf } from '../../services/context.ts';
import { listReports } from '../../services/reports/list-reports.ts';
import { getNationalReport, publishNationalReport, saveNationalNarrative } from '../../services/reports/national-report.ts';
import { getRegionReport, saveRegionNarrative, submitRegionReport } from '../../services/reports/region-report.ts';
import { reportToCsv } from '../../services/reports/report-csv.ts';
import { readerLocale } from '../reader-locale.ts';

const errors = { 400: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema, 409: apiErrorSchema };
/** A download answers the file itself: CSV text, or the report as JSON, as `format` asks. */
const downloaded = {
  200: {
    description: 'The report as a file (Content-Disposition: attachment), CSV or JSON as `format` asks',
    content: { 'text/csv': { schema: z.string() }, 'application/json': { schema: reportSchema } },
  },
  ...errors,
};
const readRegion = allow.roles(['ministry', 'admin', 'region'], 'a region officer only their own region’s report');
const writeRegion = allow.roles(['region'], 'only the officer of that region');
const readNational = allow.public('published reports; the ministry and admins also see the draft consolidation');
const writeNational = allow.roles(['ministry']);

/** A download named for what it is, e.g. kopir-report-KZ-71-2026.csv. */
function download(reply: FastifyReply, report: Report, format: 'csv' | 'json', locale: Locale) {
  const name = `kopir-report-${report.regionCode ?? 'national'}-${report.year}.${format}`;
  reply.header('content-disposition', `attachment; filename="${name}"`);
  if (format === 'json') return reply.type('application/json; charset=utf-8').send(JSON.stringify(report, null, 2));
  reply.header('content-language', locale);
  return reply.type('text/csv; charset=utf-8').send(reportToCsv(report, locale));
}

const reportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/reports',
    {
      config: { access: readRegion },
      schema: {
        tags: ['reports'],
        summary: 'Where each annual report of a year stands',
        querystring: z.strictObject({ year: reportYearSchema }),
        response: { 200: reportListSchema, ...errors },
      },
    },
    async (request) => listReports({ ctx: contextOf(request), input: request.query }),
  );

  app.get(
    '/reports/regions/:region/:year',
    {
      config: { access: readRegion },
      schema: {
        tags: ['reports'],
        summary: 'A region’s annual report: a live draft, or frozen once submitted',
        params: regionReportParamsSchema,
        response: { 200: reportSchema, ...errors },
      },
    },
    async (request) => getRegionReport({ ctx: contextOf(request), input: request.params }),
  );

  app.get(
    '/reports/regions/:region/:year/download',
    {
      config: { access: readRegion },
      schema: {
        tags: ['reports'],
        summary: 'The report as CSV or JSON',
        params: regionReportParamsSchema,
        querystring: reportFormatSchema,
        response: downloaded,
      },
    },
    async (request, reply) =>
      download(
        reply,
        await getRegionReport({ ctx: contextOf(request), input: request.params }),
        request.query.format,
        readerLocale(request, request.query.lang),
      ),
  );

  app.put(
    '/reports/regions/:region/:year/narrative',
    {
      config: { access: writeRegion },
      schema: {
        tags: ['reports'],
        summary: 'Save the narrative of a draft report',
        params: regionReportParamsSchema,
        body: narrativeInputSchema,
        response: { 200: reportSchema, ...errors },
      },
    },
    async (request) => saveRegionNarrative({ ctx: contextOf(request), input: { ...request.params, ...request.body } }),
  );

  app.post(
    '/reports/regions/:region/:year/submit',
    {
      config: { access: writeRegion },
      schema: {
        tags: ['reports'],
        summary: 'Submit the report: figures frozen with a checksum, late after 1 April',
        params: regionReportParamsSchema,
        response: { 200: reportSchema, ...errors },
      },
    },
    async (request) => submitRegionReport({ ctx: contextOf(request), input: request.params }),
  );

  app.get(
    '/reports/national/:year',
    {
      config: { access: readNational },
      schema: {
        tags: ['reports'],
        summary: 'The national report: published, or the ministry’s draft consolidation',
        params: nationalReportParamsSchema,
        response: { 200: reportSchema, ...errors },
      },
    },
    async (request) => getNationalReport({ ctx: contextOf(request), input: request.params }),
  );

  app.get(
    '/reports/national/:year/download',
    {
      config: { access: readNational },
      schema: {
        tags: ['reports'],
        summary: 'The national report as CSV or JSON',
        params: nationalReportParamsSchema,
        querystring: reportFormatSchema,
        response: downloaded,
      },
    },
    async (request, reply) =>
      download(
        reply,
        await getNationalReport({ ctx: contextOf(request), input: request.params }),
        request.query.format,
        readerLocale(request, request.query.lang),
      ),
  );

  app.put(
    '/reports/national/:year/narrative',
    {
      config: { access: writeNational },
      schema: {
        tags: ['reports'],
        summary: 'Save the ministry’s narrative of the national report',
        params: nationalReportParamsSchema,
        body: narrativeInputSchema,
        response: { 200: reportSchema, ...errors },
      },
    },
    async (request) => saveNationalNarrative({ ctx: contextOf(request), input: { ...request.params, ...request.body } }),
  );

  app.post(
    '/reports/national/:year/publish',
    {
      config: { access: writeNational },
      schema: {
        tags: ['reports'],
        summary: 'Publish the national report, consolidated from the submitted regional reports',
        params: nationalReportParamsSchema,
        response: { 200: reportSchema, ...errors },
      },
    },
    async (request) => publishNationalReport({ ctx: contextOf(request), input: request.params }),
  );
};

export default reportRoutes;
