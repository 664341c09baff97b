import type { Settings } from 'meilisearch';
import { foldCyrillic, type Taxonomy } from '@kopir/shared';

export type IndexName = 'labs' | 'needs';
export const indexNames: IndexName[] = ['labs', 'needs'];
export const indexUid = (prefix: string, name: IndexName) => `${prefix}${name}`;

/**
 * Synonyms from the taxonomy, in all three languages: every label and synonym of a capability
 * maps to the capability's three labels (and each label to the other two). Documents carry the
 * three labels of their capabilities (`capability_text`), so a query in any language, or with
 * any abbreviation, reaches text written in any other. Mapping to the labels only, rather than
 * every term to every other, keeps Meilisearch's query expansion small: measured on 5,000 labs
 * it cut a query's processing time several-fold (see README, benchmarks).
 */
function synonymsFrom(taxonomy: Taxonomy): Record<string, string[]> {
  const groups = new Map<string, Set<string>>();
  const add = (term: string, targets: string[]) => {
    const group = groups.get(term) ?? new Set<string>();
    for (const target of targets) if (target !== term) group.add(target);
    groups.set(term, group);
  };
  for (const capability of taxonomy.capabilities) {
    const labels = Object.values(capability.labels).map((label) => label.toLowerCase().trim());
    const synonyms = [...capability.synonyms.kk, ...capability.synonyms.ru, ...capability.synonyms.en].map((term) => term.toLowerCase().trim()).filter(Boolean);
    // Folded terms too ("сутеги" as well as "сутегі"): a query is searched by its folded words
    // first (see query/folding.ts), and those must reach other languages just as the originals do.
    for (const term of [...labels, ...synonyms]) {
      add(term, labels);
      if (foldCyrillic(term) !== term) add(foldCyrillic(term), labels);
    }
  }
  return Object.fromEntries(
    [...groups]
      .filter(([, group]) => group.size > 0)
      .map(([term, group]) => [term, [...group].sort()])
      .sort(([a], [b]) => String(a).localeCompare(String(b))),
  );
}

// Meilisearch 1.21 has no Kazakh locale; Kazakh is Cyrillic, so its fields use the Russian
// tokenizer rules rather than being left to language detection, which misreads short Kazakh text.
const localizedAttributes: Settings['localizedAttributes'] = [
  { attributePatterns: ['*_kk'], locales: ['rus'] },
  { attributePatterns: ['*_ru'], locales: ['rus'] },
  { attributePatterns: ['*_en'], locales: ['eng'] },
  { attributePatterns: ['folded_text'], locales: ['rus'] },
];

const common = (taxonomy: Taxonomy): Settings => ({
  synonyms: synonymsFrom(taxonomy),
  localizedAttributes,
  faceting: { maxValuesPerFacet: 300, sortFacetValuesBy: { '*': 'count' } },
  pagination: { maxTotalHits: 10_000 },
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
});

/**
 * The settings of each index, kept in code and applied on start. Searchable attributes are in
 * order of weight: a match in a lab's name or capability labels counts more than one in its
 * description or equipment list, and a match only through folding (`folded_text`) counts least.
 */
export function indexSettings(name: IndexName, taxonomy: Taxonomy): Settings {
  if (name === 'labs') {
    return {
      ...common(taxonomy),
      searchableAttributes: [
        'name_kk',
        'name_ru',
        'name_en',
        'capability_text',
        'keywords',
        'description_kk',
        'description_ru',
        'description_en',
        'equipment',
        'organisation_name',
        'folded_text',
      ],
      // `id` lets a saved search ask whether one lab is among its results.
      filterableAttributes: [
        'id',
        'capabilities',
        'sectors',
        'researchFields',
        'regionCode',
        'territoryCode',
        'verified',
        'status',
        'trlMin',
        'trlMax',
        'organisationId',
        'stale',
      ],
      sortableAttributes: ['updatedAt'],
    };
  }
  return {
    ...common(taxonomy),
    searchableAttributes: ['title', 'capability_text', 'description_kk', 'description_ru', 'description_en', 'organisation_name', 'folded_text'],
    filterableAttributes: [
      'id',
      'capabilities',
      'sectors',
      'researchFields',
      'regionCode',
      'territoryCode',
      'verified',
      'status',
      'visibility',
      'trlTarget',
      'organisationId',
    ],
    sortableAttributes: ['publishedAt', 'deadlineOn'],
  };
}
