import type { SavedSearchQuery } from '@kopir/shared';

const listParams = ['sector', 'field', 'capability', 'region', 'territory', 'status'] as const;

/** The search page's address parameters as a saved search keeps them: the same names, without the page. */
export function savedQueryOf(params: URLSearchParams): SavedSearchQuery {
  const query: Record<string, unknown> = {};
  const q = params.get('q');
  if (q) query.q = q;
  for (const name of listParams) {
    const codes = params.getAll(name);
    if (codes.length > 0) query[name] = codes;
  }
  if (params.get('verified') === 'true') query.verified = true;
  // The server checks every code against the taxonomy; what the address says is what is saved.
  return query as SavedSearchQuery;
}

/** The search page's address for a saved search: opening it brings the same results. */
export function addressOf(kind: 'labs' | 'needs', query: SavedSearchQuery): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  for (const name of listParams) for (const code of query[name] ?? []) params.append(name, code);
  if (query.verified) params.set('verified', 'true');
  const search = params.toString();
  return `/${kind}${search ? `?${search}` : ''}`;
}
