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
