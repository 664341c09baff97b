import { capabilities, locales, regions, type Locale, type LocalizedText } from '@kopir/shared';

/** A small deterministic PRNG (mulberry32), so every run generates the same catalogue. */
export function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const some = <T>(list: readonly T[], min: number, max: number): T[] => {
    const count = min + Math.floor(next() * (max - min + 1));
    return [...new Set(Array.from({ length: count }, () => pick(list)))];
  };
  return { next, pick, some };
}

const connectives: Record<Locale, string[]> = {
  kk: ['зертхана', 'өнеркәсіпке арналған', 'зерттеулер мен сынақтар', 'тәжірибелік қондырғы', 'кәсіпорындармен бірлескен жобалар'],
  ru: ['лаборатория', 'для промышленности', 'исследования и испытания', 'опытная установка', 'совместные проекты с предприятиями'],
  en: ['laboratory', 'for industry', 'research and testing', 'pilot plant', 'joint projects with companies'],
};

/**
 * A generated lab in one of the three languages, described with real capability labels and
 * synonyms, so that queries and filters behave as they would on real profiles.
 */
export function generateLab(rng: ReturnType<typeof random>, index: number, organisationIds: string[]) {
  const locale = rng.pick(locales);
  const tags = rng.some(capabilities, 2, 6);
  const words = tags.flatMap((tag) => [tag.labels[locale], ...tag.synonyms[locale]]);
  const description = Array.from({ length: 14 }, () => (rng.next() < 0.6 ? rng.pick(words) : rng.pick(connectives[locale]))).join(', ');
  const trlMin = 1 + Math.floor(rng.next() * 6);
  return {
    organisationId: rng.pick(organisationIds),
    name: { [locale]: `${tags[0]!.labels[locale]} ${rng.pick(connectives[locale])} ${index}` } as LocalizedText,
    description: { [locale]: `${description}.` } as LocalizedText,
    capabilities: tags.map((tag) => tag.code),
    sectors: [...new Set(tags.flatMap((tag) => tag.sectors))].slice(0, 4),
    researchFields: [...new Set(tags.flatMap((tag) => tag.fields))].slice(0, 3),
    keywords: rng.some(words, 1, 3),
    equipment: [],
    trlMin,
    trlMax: Math.min(9, trlMin + 1 + Math.floor(rng.next() * 4)),
    languages: [locale],
    regionCode: rng.pick(regions).code,
  };
}
