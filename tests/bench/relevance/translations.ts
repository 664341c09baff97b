import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export type QueryLanguage = 'en' | 'ru' | 'kk';

const translationFile = z.object({
  language: z.enum(['ru', 'kk']),
  queries: z.record(z.string(), z.object({ title: z.string().min(1), objective: z.string().min(1) })),
});

/**
 * The tuning split's queries as a Kazakhstani company would post them in Russian or Kazakh, by
 * CORDIS project id, from `translations/<language>.json` next to the data (written by the Kopir
 * team from the CORDIS texts; see the sample's README).
 */
export function loadTranslations(dataDir: string, language: 'ru' | 'kk'): Map<string, { title: string; objective: string }> {
  const path = join(dataDir, 'translations', `${language}.json`);
  if (!existsSync(path)) throw new Error(`${path} is missing: --lang ${language} needs the queries written in that language`);
  const file = translationFile.parse(JSON.parse(readFileSync(path, 'utf8')));
  if (file.language !== language) throw new Error(`${path} says it is in ${file.language}, not ${language}`);
  return new Map(Object.entries(file.queries));
}
