import { Agent, interceptors, setGlobalDispatcher } from 'undici';

/**
 * Installs the connection pool behind Node's fetch, which the Meilisearch client uses (the server
 * makes no other outbound HTTP calls). Under load Meilisearch sometimes closes a kept-alive socket
 * just as a request goes out on it ("other side closed"). Idle sockets are dropped after 2 s, and a
 * request that meets a closed socket is sent once more: every call we make is idempotent
 * (searches, upserts by id, deletes by id), so a repeat cannot change the outcome.
 * It changes the whole process, so the process's entry point calls it (launcher, CLI, tests), once.
 */
export function useSearchHttpPool(): void {
  setGlobalDispatcher(
    new Agent({ keepAliveTimeout: 2_000, keepAliveMaxTimeout: 2_000, connections: 64 }).compose(
      interceptors.retry({
        maxRetries: 1,
        minTimeout: 0,
        methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
        errorCodes: ['UND_ERR_SOCKET', 'ECONNRESET', 'EPIPE'],
        statusCodes: [],
      }),
    ),
  );
}
