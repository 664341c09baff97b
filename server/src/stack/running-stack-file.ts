import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppConfig } from '../config.ts';

/**
 * While `pnpm start` runs, it notes where its embedded services listen, so one-off commands
 * (reindex, db:migrate, admin:create) can use them instead of trying to start a second
 * PostgreSQL on the same data folder, which PostgreSQL refuses.
 */
interface RunningStackNote {
  pid: number;
  databaseUrl: string;
  meilisearch: AppConfig['meilisearch'];
}

const fileOf = (dataDir: string) => join(dataDir, 'running-stack.json');

export function writeRunningStackNote(dataDir: string, config: AppConfig): () => void {
  const note: RunningStackNote = { pid: process.pid, databaseUrl: config.databaseUrl, meilisearch: config.meilisearch };
  writeFileSync(fileOf(dataDir), JSON.stringify(note), { mode: 0o600 });
  return () => rmSync(fileOf(dataDir), { force: true });
}

/** The note of a launcher that is still running, if any. */
export function readRunningStackNote(dataDir: string): RunningStackNote | undefined {
  try {
    const note = JSON.parse(readFileSync(fileOf(dataDir), 'utf8')) as RunningStackNote;
    process.kill(note.pid, 0); // throws if no such process
    return note;
  } catch {
    return undefined;
  }
}
