import fp from 'fastify-plugin';
import { createDatabase, type Database, type SqlClient } from '@kopir/db';

declare module 'fastify' {
  interface FastifyInstance {
    /** The drizzle query builder over the pool. */
    db: Database;
    /** The raw `postgres` client of the same pool, for health checks and hand-written SQL. */
    sql: SqlClient;
  }
}

/** The PostgreSQL pool: one per API process, closed with the app. */
export default fp<{ url: string; poolSize: number }>(
  async function database(app, options) {
    const { db, sql, close } = createDatabase(options.url, { maxConnections: options.poolSize, applicationName: 'kopir-api' });
    app.decorate('db', db);
    app.decorate('sql', sql);
    app.addHook('onClose', close);
  },
  { name: 'database' },
);
