/**
 * Meilisearch filter expressions built only from values the request schema has already
 * validated as codes or numbers; each value is still JSON-quoted, so even a code could not
 * change the expression's meaning.
 */
export const anyOf = (attribute: string, values: readonly string[] | undefined): string | undefined =>
  values && values.length > 0 ? `${attribute} IN [${values.map((value) => JSON.stringify(value)).join(', ')}]` : undefined;

export const equals = (attribute: string, value: boolean | number | string | undefined): string | undefined =>
  value === undefined ? undefined : `${attribute} = ${typeof value === 'string' ? JSON.stringify(value) : String(value)}`;

export const allOf = (...expressions: (string | undefined)[]): string[] => expressions.filter((expression): expression is string => expression !== undefined);

/** The filters labs and needs share: sector, research field, capability, region, territory, verified. */
export function catalogueFilters(query: {
  sector?: string[] | undefined;
  field?: string[] | undefined;
  capability?: string[] | undefined;
  region?: string[] | undefined;
  territory?: string[] | undefined;
  verified?: boolean | undefined;
}): (string | undefined)[] {
  return [
    anyOf('sectors', query.sector),
    anyOf('researchFields', query.field),
    anyOf('capabilities', query.capability),
    anyOf('regionCode', query.region),
    anyOf('territoryCode', query.territory),
    equals('verified', query.verified),
  ];
}

/** What a results page asks of Meilisearch: one page, facet counts, and texts marked and cropped. */
export const pageParameters = (options: { page: number; pageSize: number; facets: string[]; retrieved: string[]; highlighted: string[] }) => ({
  facets: options.facets,
  page: options.page,
  hitsPerPage: options.pageSize,
  attributesToRetrieve: options.retrieved,
  attributesToHighlight: options.highlighted,
  attributesToCrop: ['description_kk', 'description_ru', 'description_en'],
  cropLength: 40,
  highlightPreTag: '<mark>',
  highlightPostTag: '</mark>',
});
