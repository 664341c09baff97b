// Words too common to tell labs apart, in the three languages; dropped from matching queries.
const stopwords = new Set(
  [
    // English
    'a an and are as at be by for from has have in into is it its of on or that the their this to was we were will with within our which these ' +
      'those such can also using based new more than through between other project aims aim develop development research results',
    // Russian
    'и в во на с со по для от до из к о об не что как это мы наш наша наши а но или при также а так же быть его её их который которые которая этот ' +
      'эта эти нужен нужна нужно требуется разработка проект',
    // Kazakh
    'және мен бен пен үшін бойынша туралы бұл осы біз біздің ол олар да де та те ма ме ба бе па пе әрі немесе арқылы жоба қажет',
  ]
    .join(' ')
    .split(' '),
);

const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}-]+/gu, ' ')
    .split(' ')
    .filter((word) => word.length > 2 && !stopwords.has(word) && !/^\d+$/.test(word));

/**
 * A Meilisearch query that stands for a need or a lab: the title's content words first, then the
 * description's most repeated ones, up to ten words (all Meilisearch reads). On the relevance
 * benchmark's tuning split, shorter queries (6, 8 words) differed by about one point of nDCG@10,
 * within that sample's noise, so the default stayed (docs/matching.md, "Tuning").
 */
export function matchingQuery(title: string, description: string, maxWords = 10): string {
  const chosen: string[] = [];
  for (const word of words(title)) if (!chosen.includes(word) && chosen.length < maxWords) chosen.push(word);
  const counts = new Map<string, number>();
  for (const word of words(description)) counts.set(word, (counts.get(word) ?? 0) + 1);
  const frequent = [...counts].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length).map(([word]) => word);
  for (const word of frequent) if (!chosen.includes(word) && chosen.length < maxWords) chosen.push(word);
  return chosen.join(' ');
}
