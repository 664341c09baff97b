import { useLocation } from 'preact-iso';
import { analyticsFilterShape } from '@kopir/shared';

/** The analytics filters, in the order they appear in links (so one view has one address). */
const filterNames = ['from', 'to', 'region', 'sector', 'field', 'territory', 'priority'] as const;
export type FilterName = (typeof filterNames)[number];
export type Filters = Partial<Record<FilterName, string>>;

/** The filters of a page address; a value the API would refuse (a hand-edited link) is left out. */
export function filtersFromQuery(query: Record<string, string>): Filters {
  const filters: Filters = {};
  for (const name of filterNames) {
    const value = query[name];
    if (value && analyticsFilterShape[name].safeParse(value).success) filters[name] = value;
  }
  return filters;
}

/** The filters and an endpoint's own parameters as a query string, empty values left out. */
export function queryOf(filters: Filters, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries({ ...extra, ...filters })) if (value) params.set(name, value);
  return params.toString();
}

/**
 * The page's query string as its state: reading it, and changing some parameters in place
 * (replacing the history entry, so Back leaves the page rather than undoing each filter).
 */
export function useQueryState() {
  const { path, query, route } = useLocation();
  const set = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(query);
    for (const [name, value] of Object.entries(changes)) {
      if (value) next.set(name, value);
      else next.delete(name);
    }
    const search = next.toString();
    route(search ? `${path}?${search}` : path, true);
  };
  return { query, set };
}
