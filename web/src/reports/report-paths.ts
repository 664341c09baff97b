/** Where a report's page is. A region's report has a region code; the national one has none. */
export const reportPagePath = (regionCode: string | null, year: number) =>
  regionCode ? `/reports/regions/${regionCode}/${year}` : `/reports/national/${year}`;

/** Reports are written about a finished year: the default is last year. */
export const lastYear = () => new Date().getFullYear() - 1;
