import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The folder where the embedded services keep their state (`.data/` by default). It must be
 * traversable by the `postgres` system user when Kopir runs as root, hence mode 755.
 */
export async function ensureDataDir(dataDir: string): Promise<void> {
  await mkdir(dataDir, { recursive: true, mode: 0o755 });
  await chmod(dataDir, 0o755);
}

/**
 * A secret generated on the first start and read back on every later one, so that the embedded
 * services keep accepting the credentials their data was created with.
 */
export async function readOrCreateSecret(dataDir: string, fileName: string): Promise<string> {
  const path = join(dataDir, fileName);
  try {
    const existing = (await readFile(path, 'utf8')).trim();
    if (existing) return existing;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const secret = randomBytes(32).toString('base64url');
  await writeFile(path, `${secret}\n`, { mode: 0o600 });
  return secret;
}
