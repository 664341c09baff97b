import postgres from 'postgres';
import { createSearchClient } from '../search/client.ts';
import { LaunchError } from './launch-error.ts';

/** Where a URL points, without its credentials, for messages. */
const describe = (url: string) => {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || '(default port)'}`;
};

/** Fails with one sentence if the PostgreSQL at DATABASE_URL does not answer. */
export async function checkExternalPostgres(databaseUrl: string): Promise<void> {
  const sql = postgres(databaseUrl, { max: 1, connect_timeout: 5, onnotice: () => {} });
  try {
    await sql`select 1`;
  } catch (error) {
    throw new LaunchError(
      `Cannot reach the PostgreSQL at DATABASE_URL (${describe(databaseUrl)}): ${(error as Error).message}; check that it is running and the URL is ` +
        `right, or unset DATABASE_URL to use the embedded PostgreSQL.`,
      { cause: error },
    );
  } finally {
    await sql.end({ timeout: 1 }).catch(() => {});
  }
}

/** Fails with one sentence if the Meilisearch at MEILI_URL does not answer or refuses the key. */
export async function checkExternalMeilisearch(url: string, apiKey: string | undefined): Promise<void> {
  const client = createSearchClient(url, apiKey);
  try {
    await client.health();
    await client.getIndexes({ limit: 1 }); // needs the key, unlike /health
  } catch (error) {
    throw new LaunchError(
      `Cannot use the Meilisearch at MEILI_URL (${describe(url)}): ${(error as Error).message}; check that it is running and MEILI_MASTER_KEY is ` +
        `its key, or unset MEILI_URL to use the bundled Meilisearch.`,
      { cause: error },
    );
  }
}
