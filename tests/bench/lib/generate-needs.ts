import { type createDatabase, needs } from '@kopir/db';
import { capabilities, locales, regions, type LocalizedText } from '@kopir/shared';
import { random } from './generate-labs.ts';

const asks = {
  kk: ['бізге серіктес керек', 'тәжірибелік сынақ', 'өндіріске енгізу'],
  ru: ['нужен партнёр для', 'опытные испытания', 'внедрение на производстве'],
  en: ['we need a partner for', 'pilot testing', 'deployment in production'],
};

/**
 * `count` needs of one company, written straight to PostgreSQL, worded from real capability labels
 * and synonyms in one of the three languages, so that matching them finds labs as it would.
 */
export async function generateNeeds(database: ReturnType<typeof createDatabase>, count: number, organisationId: string, seed = 77) {
  const rng = random(seed);
  for (let start = 0; start < count; start += 1_000) {
    const rows = Array.from({ length: Math.min(1_000, count - start) }, (_, i) => {
      const locale = rng.pick(locales);
      const tags = rng.some(capabilities, 1, 3);
      const words = tags.flatMap((tag) => [tag.labels[locale], ...tag.synonyms[locale]]);
      return {
        organisationId,
        title: `${rng.pick(asks[locale])} ${tags[0]!.labels[locale]} ${start + i}`,
        description: {
          [locale]: `${Array.from({ length: 10 }, () => (rng.next() < 0.6 ? rng.pick(words) : rng.pick(asks[locale]))).join(', ')}.`,
        } as LocalizedText,
        sectors: [...new Set(tags.flatMap((tag) => tag.sectors))].slice(0, 3),
        capabilities: tags.map((tag) => tag.code),
        trlTarget: 3 + Math.floor(rng.next() * 5),
        regionCode: rng.pick(regions).code,
      };
    });
    await database.db.insert(needs).values(rows);
  }
}
