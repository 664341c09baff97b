import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { Test } from 'tap';
import { seedTerritories } from '@kopir/shared';

const read = (file: string) => JSON.parse(readFileSync(new URL(`../../web/src/i18n/${file}.json`, import.meta.url), 'utf8')) as Record<string, string>;

/** A translation file of the web client (`kk`, `errors/ru` …) as its keys and texts. */
export const catalogue = read;

/** Every English sentence the web could show: its own catalogue, error codes and field rules included. */
const englishCatalogue = Object.values({ ...read('en'), ...read('errors/en') }).filter((text) => text.split(' ').length >= 3);

// Latin-script words a Kazakh or Russian page may carry: the product's name, codes and acronyms
// (a single capital is a NACE section code), and the name of the English interface in the language switch.
// Names of things (the parts the status page reports on, file formats) and proper names the
// taxonomy itself writes in Latin script in every language (the Astana Hub technopark).
const allowedLatin = new Set([
  'Kopir',
  'TRL',
  'API',
  'English',
  'NACE',
  'FOS',
  'KZT',
  'OK',
  'CSV',
  'JSON',
  'ORCID',
  'PostgreSQL',
  'Meilisearch',
  'http',
  'https',
  ...seedTerritories.flatMap((territory) => territory.labels.kk.match(/[A-Za-z]+/g) ?? []),
]);
const isAllowedLatin = (word: string) => allowedLatin.has(word) || /^[A-Z]$/.test(word);
// Email addresses, domains and web addresses are data, not words.
const dataPattern = /\S+@\S+|\bhttps?:\/\/\S+|\b[\w-]+(\.[\w-]+)+\b/g;

export interface ServerMessages {
  messages: Set<string>;
  settled: () => Promise<unknown>;
}

/** Collects the English messages of every error the API answers the page with; `settled` waits for the bodies still being read. */
export function recordServerMessages(page: Page): ServerMessages {
  const messages = new Set<string>();
  const reading: Promise<void>[] = [];
  page.on('response', (response) => {
    if (response.status() < 400 || !response.url().includes('/api/')) return;
    reading.push(
      response.json().then(
        (body: { message?: string; fields?: { message: string }[] }) => {
          if (body?.message) messages.add(body.message);
          for (const field of body?.fields ?? []) messages.add(field.message);
        },
        () => undefined,
      ),
    );
  });
  return { messages, settled: () => Promise.all(reading) };
}

/**
 * Fails on anything English on the page: a sentence of the English catalogue, a message the API
 * sent in this test (its `message` and each field's), or a Latin-script word off the allow-list.
 * `data` are texts the test itself typed or created (names of its own labs, say), which are the
 * user's words, not the interface's: neither they nor a word quoted from them (a matched word) count.
 */
export async function assertNoEnglish(t: Test, page: Page, server: ServerMessages, where: string, data: string[] = []): Promise<void> {
  await server.settled();
  // biome-ignore lint/performance/useDomNodeTextContent: what a reader sees, laid out with spaces between elements
  let text = await page.locator('body').innerText();
  // Highlighted words (a match's matched words, a search hit's) are quoted from the matched text.
  const quoted = await page.locator('mark').allInnerTexts();
  for (const typed of [...data, ...quoted]) text = text.replaceAll(typed, ' ');
  const english = [...englishCatalogue, ...server.messages].filter((sentence) => text.includes(sentence));
  t.same(english, [], `${where}: no English sentence of the catalogue or the API on the page`);
  const typedWords = new Set([...data, ...quoted].flatMap((typed) => typed.toLowerCase().match(/[a-z]+/g) ?? []));
  const words = (text.replace(dataPattern, ' ').match(/[A-Za-z]+/g) ?? []).filter((word) => !isAllowedLatin(word) && !typedWords.has(word.toLowerCase()));
  t.same([...new Set(words)], [], `${where}: no Latin-script word beyond codes and acronyms`);
}
