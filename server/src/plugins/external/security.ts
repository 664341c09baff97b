import fp from 'fastify-plugin';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import { AppError } from '../../errors.ts';
import { postgresRateLimitStore } from './rate-limit-store.ts';

/**
 * Security headers (helmet, with a CSP that allows only our own origin), CORS for the configured
 * origins only, and the rate limiter, off by default and switched on per route, counting in
 * PostgreSQL so that every replica shares the counts (rate-limit-store.ts).
 */
export default fp<{ corsOrigins: string[] }>(
  async function security(app, options) {
    await app.register(helmet, {
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          // The API docs UI uses inline styles; nothing else does.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
        },
      },
    });
    await app.register(cors, { origin: options.corsOrigins.length > 0 ? options.corsOrigins : false, credentials: true });
    await app.register(rateLimit, {
      global: false,
      store: postgresRateLimitStore(app.sql),
      errorResponseBuilder: (_request, context) => new AppError('RATE_LIMITED', `Too many attempts; try again in ${Math.ceil(context.ttl / 1000)} seconds`),
    });
  },
  { name: 'security', dependencies: ['database'] },
);
