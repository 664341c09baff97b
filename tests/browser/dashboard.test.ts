import { readFile } from 'node:fs/promises';
import t from 'tap';
import type { Page } from 'playwright-core';
import { analyticsSummarySchema, analyticsTimeseriesSchema, openIndicatorsSchema } from '@kopir/shared';
import { launchBrowser, signInThroughUi } from '../harness/browser.ts';
import { generateCollaborations } from '../harness/collaborations.ts';
import { createUser, TEST_PASSWORD } from '../harness/factories.ts';
import { serveTestApp } from '../harness/served-app.ts';

const period = 'from=2026-01-01&to=2026-12-31';

/** The API's answer over real HTTP, with the reader's token, as the web client would get it. */
async function getJson(baseUrl: string, path: string, accessToken?: string): Promise<unknown> {
  const response = await fetch(`${baseUrl}${path}`, { headers: accessToken ? { authorization: `Bearer ${accessToken}` } : {} });
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return response.json();
}

/** A figure once it shows the answer to a query containing every one of `parts`. */
const figure = async (page: Page, name: string, ...parts: string[]) => {
  const locator = page.locator(`figure[data-figure="${name}"][data-state="ready"]${parts.map((part) => `[data-source*="${part}"]`).join('')}`);
  await locator.waitFor();
  return locator;
};

const count = (locale: string, value: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
const tenge = (locale: string, value: number) =>
  new Intl.NumberFormat(locale, { style: 'currency', currency: 'KZT', currencyDisplay: 'narrowSymbol', maximumFractionDigits: 0 }).format(value);

t.test('the ministry filters by the agro-industrial complex and a region; the chart’s table shows the same figure as the API', async (t) => {
  const { app, baseUrl } = await serveTestApp(t);
  await generateCollaborations(app);
  const ministry = await createUser(app, 'ministry');
  const browser = await launchBrowser(t);
  const page = await (await browser.newContext({ locale: 'en-GB' })).newPage();
  await signInThroughUi(page, baseUrl, ministry.user.email, TEST_PASSWORD);

  await page.getByRole('link', { name: 'Dashboard' }).click();
  await page.getByLabel('From', { exact: true }).fill('2026-01-01');
  await page.getByLabel('To', { exact: true }).fill('2026-12-31');
  await page.getByLabel('Priority area').selectOption({ label: 'Agro-industrial complex' });
  await page.locator('select[name="region"]').selectOption({ label: 'Karaganda Region' });
  await page.waitForURL(/priority=agro/);
  t.match(page.url(), /region=KZ-35/, 'the filters are in the address, so the view can be linked');

  const filtered = analyticsSummarySchema.parse(await getJson(baseUrl, `/api/v1/analytics/summary?${period}&region=KZ-35&priority=agro`, ministry.accessToken));
  const all = analyticsSummarySchema.parse(await getJson(baseUrl, `/api/v1/analytics/summary?${period}`, ministry.accessToken));
  const proposals = filtered.values.proposals!;
  t.ok(proposals > 0 && proposals < all.values.proposals!, `the filters narrow 120 proposals to ${proposals}`);

  // The view by region: one row, the same figure as the API's summary for the same filters.
  const byRegion = await figure(page, 'region', 'priority=agro', 'region=KZ-35', 'from=2026-01-01', 'to=2026-12-31');
  t.same(
    await byRegion.locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-key'))),
    ['KZ-35'],
    'the table by region has Karaganda only',
  );
  t.equal(
    await byRegion.locator('tr[data-key="KZ-35"] td[data-code="proposals"]').textContent(),
    count('en-GB', proposals),
    'the table shows the API’s proposals',
  );
  t.equal(await page.locator('.region-tile[data-region="KZ-35"]').getAttribute('data-value'), String(proposals), 'so does the tile of Karaganda on the map');
  t.equal(await page.locator('.indicator-card[data-code="proposals"] dd').textContent(), count('en-GB', proposals), 'and the summary card');

  // Another indicator of the same table: money, written as tenge.
  await byRegion.getByLabel('Indicator').selectOption({ label: 'Contracted volume, KZT' });
  const volume = filtered.values.contractedVolumeKzt!;
  const volumeCell = byRegion.locator('tr[data-key="KZ-35"] td[data-code="contractedVolumeKzt"]');
  await volumeCell.waitFor();
  t.equal(await volumeCell.textContent(), tenge('en-GB', volume), `the contracted volume, ${volume} KZT, as the API says`);

  // The time series adds up to the same figure, bucket by bucket as the API gives them.
  const series = analyticsTimeseriesSchema.parse(
    await getJson(baseUrl, `/api/v1/analytics/timeseries?interval=quarter&${period}&region=KZ-35&priority=agro`, ministry.accessToken),
  );
  const timeseries = await figure(page, 'timeseries', 'priority=agro', 'region=KZ-35');
  t.same(
    (await timeseries.locator('td[data-code="proposals"]').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-value')))).map(Number),
    series.rows.map((row) => row.values.proposals),
    'the quarterly table is the API’s time series',
  );

  // The CSV of the table: UTF-8 with a byte-order mark, raw numbers.
  const [download] = await Promise.all([page.waitForEvent('download'), byRegion.getByRole('button', { name: 'Download CSV' }).click()]);
  const csv = await readFile((await download.path())!);
  t.same([...csv.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'the CSV starts with the UTF-8 byte-order mark');
  t.equal(
    csv.toString('utf8'),
    `\uFEFFCode,Region,"Contracted volume, KZT"\r\nKZ-35,Karaganda Region,${volume}\r\n`,
    'with the same figure, unformatted, and a header quoted where it has a comma',
  );

  // In Russian, the same figure in Russian writing.
  await page.getByRole('button', { name: 'Русский' }).click();
  t.equal(await byRegion.locator('th[data-code="contractedVolumeKzt"]').textContent(), 'Объём договоров, тенге', 'the column is named in Russian');
  t.equal(await volumeCell.textContent(), tenge('ru-RU', volume), 'and the amount written the Russian way');

  // In Kazakh too, as full ICU data writes it, even where the browser lacks that data.
  await page.getByRole('button', { name: 'Қазақша' }).click();
  t.equal(await volumeCell.textContent(), tenge('kk-KZ', volume), 'the amount written the Kazakh way');
  const kazakhDate = new Intl.DateTimeFormat('kk-KZ', { dateStyle: 'medium', timeZone: 'UTC' });
  t.equal(
    await page.locator('.period').textContent(),
    `Кезең: ${kazakhDate.format(new Date('2026-01-01'))} – ${kazakhDate.format(new Date('2026-12-31'))}`,
    'and the period in Kazakh dates',
  );
});

t.test('a region officer sees their own region only, with the region filter locked', async (t) => {
  const { app, baseUrl } = await serveTestApp(t);
  await generateCollaborations(app);
  const officer = await createUser(app, 'region', { regionCode: 'KZ-35' });
  const browser = await launchBrowser(t);
  const page = await (await browser.newContext({ locale: 'en-GB' })).newPage();
  await signInThroughUi(page, baseUrl, officer.user.email, TEST_PASSWORD);

  await page.getByRole('link', { name: 'Dashboard' }).click();
  await page.getByLabel('From', { exact: true }).fill('2026-01-01');
  await page.getByLabel('To', { exact: true }).fill('2026-12-31');
  const region = page.locator('select[name="region"]');
  await figure(page, 'region', 'from=2026-01-01', 'to=2026-12-31');
  t.ok(await region.isDisabled(), 'the region filter cannot be changed');
  t.equal(await region.inputValue(), 'KZ-35', 'and shows Karaganda');

  const own = analyticsSummarySchema.parse(await getJson(baseUrl, `/api/v1/analytics/summary?${period}`, officer.accessToken));
  const byRegion = page.locator('figure[data-figure="region"]');
  t.same(
    await byRegion.locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-key'))),
    ['KZ-35'],
    'the table by region has their region only',
  );
  t.equal(await byRegion.locator('td[data-code="proposals"]').getAttribute('data-value'), String(own.values.proposals), 'with their region’s figure');
  t.same(
    await page.locator('.region-tile:not([data-value=""])').evaluateAll((tiles) => tiles.map((tile) => tile.getAttribute('data-region'))),
    ['KZ-35'],
    'the map has a figure for their region alone',
  );
});

t.test('anyone reads the open data signed out; figures resting on fewer than 3 collaborations are hidden', async (t) => {
  const { app, baseUrl } = await serveTestApp(t);
  await generateCollaborations(app);
  // Two collaborations in Shymkent: too few to publish.
  await generateCollaborations(app, { count: 2, regions: ['KZ-79'], seed: 7 });
  const published = openIndicatorsSchema.parse(await getJson(baseUrl, '/api/v1/public/indicators?year=2026'));
  const browser = await launchBrowser(t);
  const page = await (await browser.newContext({ locale: 'en-GB' })).newPage();

  await page.goto(`${baseUrl}/`);
  await page.getByRole('link', { name: 'Open data', exact: true }).click();
  await page.getByLabel('Year').selectOption('2026');
  await page.locator('section[data-year="2026"]').waitFor();
  t.equal(
    await page.locator('[data-cards="open-data-national"] .indicator-card[data-code="proposals"] dd').textContent(),
    count('en-GB', published.national.proposals!),
    'the national proposals, as published',
  );

  const shymkent = published.byRegion.find((row) => row.key === 'KZ-79')!;
  t.equal(shymkent.values.proposals, null, 'the API withholds Shymkent’s proposals');
  const byRegion = await figure(page, 'open-data-region', 'year=2026');
  t.equal(await byRegion.locator('tr[data-key="KZ-79"] td[data-code="proposals"]').textContent(), 'hidden', 'the table says the figure is hidden');
  t.equal(await page.locator('.region-tile[data-region="KZ-79"] .region-value').textContent(), 'hidden', 'and so does the map');
  t.match(await page.locator('#suppression-rule').textContent(), /fewer than 3 contracts/, 'with the rule explained');

  const cells = await page.locator('figure[data-figure="open-data-sector"] td[data-code="proposals"]').allTextContents();
  t.same(
    cells,
    published.bySector.map((row) => (row.values.proposals == null ? 'hidden' : count('en-GB', row.values.proposals))),
    'the table by sector is the published one, hidden cells included',
  );
});
