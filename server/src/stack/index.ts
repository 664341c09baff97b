export { startEmbeddedPostgres, ensureDatabase, type RunningPostgres } from './embedded-postgres.ts';
export { startMeilisearch, locateMeilisearchBinary, type RunningMeilisearch } from './meilisearch-process.ts';
export { findFreePort } from './free-port.ts';
export { LaunchError } from './launch-error.ts';
