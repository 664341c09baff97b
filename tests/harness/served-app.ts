import { fileURLToPath } from 'node:url';
import type { Test } from 'tap';
import type { App } from '@kopir/server';
import { createTestApp } from './test-app.ts';

export const webDistDir = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** The API with the built web client, listening on a free loopback port, for browser tests; `clock` is the time its services see. */
export async function serveTestApp(t: Test, options: { searchOutboxWorker?: boolean; clock?: () => Date } = {}): Promise<{ app: App; baseUrl: string }> {
  const app = await createTestApp(t, { webDistDir, searchOutboxWorker: options.searchOutboxWorker ?? false }, options.clock ? { clock: options.clock } : {});
  const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
  if (options.searchOutboxWorker) await app.searchSettingsApplied;
  return { app, baseUrl };
}
