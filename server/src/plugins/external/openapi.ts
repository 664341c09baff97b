import fp from 'fastify-plugin';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { BEARER_SCHEME, documentRoute, REFRESH_COOKIE_NAME, REFRESH_COOKIE_SCHEME, statusDescriptions } from './route-docs.ts';

type Document = {
  paths?: Record<string, Record<string, { responses?: Record<string, { description?: string }> }>>;
  components?: { schemas?: Record<string, unknown> };
};

/** Swagger says "Default Response" for every status it has no words for; say what the status means instead. */
function describeResponses<T extends Document>(document: T): T {
  for (const operations of Object.values(document.paths ?? {})) {
    for (const operation of Object.values(operations)) {
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        if (response.description === 'Default Response') response.description = statusDescriptions[status] ?? `HTTP ${status}`;
      }
    }
  }
  return document;
}

/**
 * The schemas with an id (`apiErrorSchema` as `ApiError`) become components; the provider adds each
 * twice, as input and as output, so keep only the components the document refers to.
 */
function withReferencedComponents<T extends Document>(document: T): T {
  const schemas = document.components?.schemas ?? {};
  const text = JSON.stringify(document);
  for (const name of Object.keys(schemas)) if (!text.includes(`"#/components/schemas/${name}"`)) delete schemas[name];
  return document;
}

/**
 * OpenAPI 3 generated from the routes' zod schemas, completed from each route's access rule
 * (route-docs.ts); the spec at /docs/json, a browsable UI at /docs.
 */
export default fp(
  async function openapi(app) {
    // Registered before any route, so every route is completed before swagger reads it.
    app.addHook('onRoute', documentRoute);
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'Kopir API',
          description: 'University–industry R&D matchmaking: labs, needs, matches, collaborations and indicators.',
          version: '1',
        },
        components: {
          securitySchemes: {
            [BEARER_SCHEME]: {
              type: 'http',
              scheme: 'bearer',
              bearerFormat: 'JWT',
              description: 'The `accessToken` of a session (sign-in, refresh), sent as `Authorization: Bearer <token>`',
            },
            [REFRESH_COOKIE_SCHEME]: {
              type: 'apiKey',
              in: 'cookie',
              name: REFRESH_COOKIE_NAME,
              description: 'The httpOnly refresh-token cookie that sign-in sets; only `/api/v1/auth` receives it',
            },
          },
        },
      },
      transform: jsonSchemaTransform,
      transformObject: (document) =>
        'openapiObject' in document ? describeResponses(withReferencedComponents(jsonSchemaTransformObject(document) as Document)) : document.swaggerObject,
    });
    await app.register(swaggerUi, { routePrefix: '/docs' });
  },
  { name: 'openapi' },
);
