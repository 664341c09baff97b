import fastJson from 'fast-json-stringify';
import type { FastifySchema } from 'fastify';
import { z } from 'zod';

/**
 * A serializer compiler for hot read routes: the zod response schema is turned into JSON Schema
 * once, and fast-json-stringify writes responses from it without validating them first. Other
 * routes keep fastify-type-provider-zod's serializer, which validates every response with zod;
 * on the search route that validation cost more CPU than the search itself forwarded (measured
 * in the search benchmark, README). The service's TypeScript types keep the shape honest.
 */
export const fastSerializerCompiler = ({ schema }: { schema: FastifySchema }) => {
  const jsonSchema = z.toJSONSchema(schema as z.ZodType, { io: 'output', unrepresentable: 'any' });
  return fastJson(jsonSchema as Parameters<typeof fastJson>[0]) as (data: unknown) => string;
};
