import { MeilisearchApiError, MeilisearchRequestError, MeilisearchRequestTimeOutError } from 'meilisearch';
import { AppError } from '../../errors.ts';
import { SearchOverloadedError } from '../../search/admission.ts';

/** How long a client should wait before trying again when a backing service is out. */
const RETRY_AFTER_SECONDS = 5;
/** After a search refused for overload: the queue drains in about a second (admission.ts's wait budget). */
const OVERLOADED_RETRY_AFTER_SECONDS = 1;

// postgres.js connection failures, and PostgreSQL refusing work while it starts or stops.
const databaseDown = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
  '57P01',
  '57P02',
  '57P03',
  '53300',
]);

// Meilisearch refusing a query that our code built from validated input because an attribute is not
// filterable, sortable or searchable yet: the index exists (the outbox's first upsert creates it)
// but the settings kept in code have not reached it. That is the index not being ready.
const indexNotConfigured = new Set(['invalid_search_filter', 'invalid_search_facets', 'invalid_search_sort', 'invalid_search_attributes_to_search_on']);

function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let current = error, depth = 0; current && depth < 5; current = (current as { cause?: unknown }).cause, depth++) chain.push(current);
  return chain;
}

/**
 * The 503 for an error that means a backing service is out rather than a bug: Meilisearch
 * unreachable or failing, PostgreSQL unreachable or restarting. The caller may retry; the details
 * stay in the log.
 */
export function unavailableError(error: unknown): AppError | undefined {
  // Refused by admission control, before Meilisearch saw it: the same code, a shorter wait.
  if (causes(error).some((cause) => cause instanceof SearchOverloadedError)) {
    return new AppError('SEARCH_UNAVAILABLE', 'Search is busy; try again in a moment', undefined, { retryAfterSeconds: OVERLOADED_RETRY_AFTER_SECONDS });
  }
  for (const cause of causes(error)) {
    if (
      cause instanceof MeilisearchRequestError ||
      cause instanceof MeilisearchRequestTimeOutError ||
      (cause instanceof MeilisearchApiError &&
        (cause.response.status >= 500 || cause.cause?.code === 'index_not_found' || indexNotConfigured.has(cause.cause?.code ?? '')))
    ) {
      return new AppError('SEARCH_UNAVAILABLE', 'Search is briefly unavailable; try again in a few seconds', undefined, {
        retryAfterSeconds: RETRY_AFTER_SECONDS,
      });
    }
    const code = (cause as { code?: unknown } | null)?.code;
    if (typeof code === 'string' && databaseDown.has(code)) {
      return new AppError('DATABASE_UNAVAILABLE', 'The service is briefly unavailable; try again in a few seconds', undefined, {
        retryAfterSeconds: RETRY_AFTER_SECONDS,
      });
    }
  }
  return undefined;
}
