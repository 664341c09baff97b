import { createHash } from 'node:crypto';
import { existsSync, realpathSync } from 'node:fs';
import { chmod, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { LaunchError } from './launch-error.ts';
import { folderClosedToOthers, runsAsPostgresUser } from './postgres-user-access.ts';

/** Root's place for clusters whose data folder the postgres system user cannot enter. */
const SYSTEM_CLUSTERS_DIR = '/var/lib/kopir';

/**
 * Where the embedded cluster of a data folder lives: `DATA_DIR/postgres`, unless Kopir runs as
 * root and the `postgres` system user cannot get there (a clone in /root, mode 0700). Then it
 * lives in /var/lib/kopir under a name derived from the data folder's path, rather than opening
 * the user's home to everyone. `freshDataDir` says the data folder was just created (no
 * password yet): a cluster left there by a deleted data folder is removed, as deleting the data
 * folder is how one starts over, and its password went with it.
 */
export async function clusterDirOf(dataDir: string, freshDataDir: boolean): Promise<string> {
  const inDataDir = join(dataDir, 'postgres');
  const closed = runsAsPostgresUser() ? folderClosedToOthers(dataDir) : undefined;
  if (!closed) return inDataDir;
  if (existsSync(join(inDataDir, 'PG_VERSION'))) {
    throw new LaunchError(
      `The embedded PostgreSQL's data in ${inDataDir} is behind ${closed}, which the postgres system user cannot enter: move the data folder ` +
        `somewhere every user can enter and set DATA_DIR to it, or set DATABASE_URL.`,
    );
  }
  if (folderClosedToOthers(SYSTEM_CLUSTERS_DIR)) {
    throw new LaunchError(
      `As root, PostgreSQL runs as the postgres system user, who can enter neither ${closed} nor ${SYSTEM_CLUSTERS_DIR}: set DATA_DIR to a folder ` +
        `every user can enter, or set DATABASE_URL.`,
    );
  }
  const key = createHash('sha256').update(realpathSync(dataDir)).digest('hex').slice(0, 12);
  const clusterDir = join(SYSTEM_CLUSTERS_DIR, `postgres-${key}`);
  if (freshDataDir) await rm(clusterDir, { recursive: true, force: true });
  await mkdir(SYSTEM_CLUSTERS_DIR, { recursive: true });
  await chmod(SYSTEM_CLUSTERS_DIR, 0o755); // whatever the umask
  return clusterDir;
}
