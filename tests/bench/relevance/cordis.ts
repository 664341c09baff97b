import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

/**
 * CORDIS data (Source: CORDIS, © European Union, CC BY 4.0): the project sample shipped in
 * tests/fixtures/cordis-horizon-europe-sample (`projects.csv` + `orgs.csv`, `|`-separated) or the official bulk download
 * (`project.csv` + `organization.csv`, `;`-separated, quoted), which share column names.
 */
export interface CordisProject {
  id: string;
  title: string;
  objective: string;
}

export interface CordisParticipant {
  projectId: string;
  name: string;
  /** HES higher education, REC research organisation, PRC private company, PUB, OTH. */
  activityType: string;
}

function readTable(path: string, delimiter: string): Record<string, string>[] {
  return parse(readFileSync(path, 'utf8'), {
    columns: true,
    delimiter,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
    bom: true,
    quote: delimiter === '|' ? false : '"',
  });
}

export function loadCordis(dir: string): { projects: CordisProject[]; participants: CordisParticipant[] } {
  const sample = existsSync(join(dir, 'projects.csv'));
  const [projectFile, organisationFile, delimiter] = sample ? ['projects.csv', 'orgs.csv', '|'] : ['project.csv', 'organization.csv', ';'];
  if (!existsSync(join(dir, projectFile)) || !existsSync(join(dir, organisationFile))) {
    throw new Error(`${dir} has neither projects.csv + orgs.csv (the sample) nor project.csv + organization.csv (the CORDIS bulk download)`);
  }
  const projects = readTable(join(dir, projectFile), delimiter)
    .filter((row) => row.id && row.title)
    .map((row) => ({ id: row.id!, title: row.title!.trim(), objective: (row.objective ?? '').trim() }));
  const participants = readTable(join(dir, organisationFile), delimiter)
    .filter((row) => row.projectID && row.name)
    .map((row) => ({ projectId: row.projectID!, name: row.name!.trim().toUpperCase(), activityType: (row.activityType ?? '').trim() }));
  return { projects, participants };
}
