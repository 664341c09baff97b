/**
 * Words too common to tell labs or needs apart, in the three languages: Lucene's English list plus
 * research-proposal boilerplate, and the commonest Russian and Kazakh function words. Matching
 * neither queries Meilisearch with them nor counts them in BM25.
 */
export const stopwords = new Set(
  [
    // English
    'a an and are as at be but by for from has have if in into is it its no not of on or such that the their then there these they this to was were ' +
      'will with within our which those can also using based new more than through between other project projects aims aim develop development ' +
      'research results we us need needs want looking seek',
    // Russian
    'и в во на с со по для от до из к о об не что как это мы наш наша наши а но или при также так же быть его её ее их который которые которая ' +
      'этот эта эти нужен нужна нужно требуется разработка проект проекта',
    // Kazakh
    'және мен бен пен үшін бойынша туралы бұл осы біз біздің ол олар да де та те ма ме ба бе па пе әрі немесе арқылы жоба жобаның қажет',
  ]
    .join(' ')
    .split(' '),
);
