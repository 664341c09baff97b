import t from 'tap';
import type { Test } from 'tap';
import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import stableStringify from 'safe-stable-stringify';
import { sql } from 'drizzle-orm';
import { collaborations } from '@kopir/db';
import { apiErrorSchema, indicators, publishedReportListSchema, reportListSchema, reportSchema, sectors, type Report } from '@kopir/shared';
import type { App } from '@kopir/server';
import { createUser } from '../../harness/factories.ts';
import { createTestApp } from '../../harness/test-app.ts';
import { generateCollaborations } from '../../harness/collaborations.ts';
import { createContracts } from '../../harness/contracts.ts';
import { recoverWithheld } from '../../harness/recover-withheld.ts';

/** An app whose clock the test sets: 10 March 2027 in Astana unless moved. */
async function appAt(t: Test) {
  const clock = { now: new Date('2027-03-10T09:00:00+05:00') };
  const app = await createTestApp(t, {}, { clock: () => clock.now });
  return { app, clock };
}

type Who = { authorization: string };
const call = async (app: App, who: Who | null, method: 'GET' | 'PUT' | 'POST', url: string, payload?: Record<string, unknown>) =>
  app.inject({ method, url, headers: who ? { authorization: who.authorization } : {}, ...(payload !== undefined && { payload }) });
const report = async (app: App, who: Who | null, url: string) => {
  const response = await call(app, who, 'GET', url);
  if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
  return reportSchema.parse(response.json());
};
const submit = async (app: App, officer: Who, region: string, narrative: string) => {
  t.equal((await call(app, officer, 'PUT', `/api/v1/reports/regions/${region}/2026/narrative`, { narrative })).statusCode, 200, `${region}: narrative saved`);
  const response = await call(app, officer, 'POST', `/api/v1/reports/regions/${region}/2026/submit`);
  if (response.statusCode !== 200) throw new Error(`${region} submit: ${response.statusCode} ${response.body}`);
  return reportSchema.parse(response.json());
};
const checksumOf = (report: Report) =>
  createHash('sha256')
    .update(stableStringify({ figures: report.figures, narrative: report.narrative })!)
    .digest('hex');

t.test('a submitted report is frozen: live data changes, the report does not', async (t) => {
  const { app } = await appAt(t);
  await generateCollaborations(app);
  const officer = await createUser(app, 'region', { regionCode: 'KZ-71' });
  const ministry = await createUser(app, 'ministry');

  const draft = await report(app, officer, '/api/v1/reports/regions/KZ-71/2026');
  t.equal(draft.status, 'not_started', 'nothing saved yet');
  t.equal(draft.checksum, null, 'a draft has no checksum');
  t.ok((draft.figures.values.proposals ?? 0) > 0, `the draft is drawn from live data: ${draft.figures.values.proposals} proposals`);
  t.equal(draft.dueOn, '2027-04-01', 'due on 1 April of the next year');

  const refused = await call(app, officer, 'POST', '/api/v1/reports/regions/KZ-71/2026/submit');
  t.equal(refused.statusCode, 409, 'no submission without a narrative');
  t.equal(apiErrorSchema.parse(refused.json()).code, 'NARRATIVE_REQUIRED', 'NARRATIVE_REQUIRED');

  const submitted = await submit(app, officer, 'KZ-71', 'Astana’s labs signed their first agro contracts this year.');
  t.equal(submitted.status, 'submitted', 'submitted');
  t.equal(submitted.isLate, false, 'on time (10 March)');
  t.equal(submitted.checksum, checksumOf(submitted), 'the checksum is SHA-256 of the canonical {figures, narrative}: anyone can verify it');
  t.same(submitted.figures.values, draft.figures.values, 'the frozen figures are the live figures at submission');

  // Live data moves on: more collaborations, a bigger budget on every contract.
  await generateCollaborations(app, { seed: 7, regions: ['KZ-71'] });
  await app.db.update(collaborations).set({ contractBudgetKzt: 999_000_000 });
  const live = await call(app, ministry, 'GET', '/api/v1/analytics/summary?from=2026-01-01&to=2026-12-31&region=KZ-71');
  t.not(live.json().values.proposals, submitted.figures.values.proposals, 'the live figures have changed');

  const later = await report(app, ministry, '/api/v1/reports/regions/KZ-71/2026');
  t.same(later, submitted, 'the report has not changed, to the unit');
  t.equal(checksumOf(later), submitted.checksum, 'and its checksum still verifies');

  const again = await call(app, officer, 'POST', '/api/v1/reports/regions/KZ-71/2026/submit');
  t.equal(again.statusCode, 409, 'it cannot be submitted twice');
  const edit = await call(app, officer, 'PUT', '/api/v1/reports/regions/KZ-71/2026/narrative', { narrative: 'rewritten' });
  t.equal(apiErrorSchema.parse(edit.json()).code, 'REPORT_FROZEN', 'nor its narrative rewritten');
  t.equal((await report(app, officer, '/api/v1/reports/regions/KZ-71/2026')).narrative, submitted.narrative, 'the narrative is unchanged');
});

t.test('deadlines: not before the year is over, and late after 1 April in Kazakhstan', async (t) => {
  const { app, clock } = await appAt(t);
  const astana = await createUser(app, 'region', { regionCode: 'KZ-71' });
  const almaty = await createUser(app, 'region', { regionCode: 'KZ-75' });
  clock.now = new Date('2026-12-31T18:59:00Z'); // 23:59 in Astana
  await call(app, astana, 'PUT', '/api/v1/reports/regions/KZ-71/2026/narrative', { narrative: 'Early' });
  const early = await call(app, astana, 'POST', '/api/v1/reports/regions/KZ-71/2026/submit');
  t.equal(apiErrorSchema.parse(early.json()).code, 'REPORT_YEAR_NOT_OVER', 'the year is not over yet in Kazakhstan');

  clock.now = new Date('2027-04-01T23:59:00+05:00');
  t.equal((await submit(app, astana, 'KZ-71', 'Last minute')).isLate, false, 'the last minute of 1 April is on time');
  clock.now = new Date('2027-04-02T00:01:00+05:00');
  const late = await submit(app, almaty, 'KZ-75', 'A day late');
  t.equal(late.isLate, true, 'a minute into 2 April is late');

  const { authorization } = await createUser(app, 'ministry');
  const list = reportListSchema.parse((await call(app, { authorization }, 'GET', '/api/v1/reports?year=2026')).json());
  t.equal(list.reports.length, 21, 'the ministry sees all 20 regions and the national report');
  t.match(
    list.reports.find((row) => row.regionCode === 'KZ-71'),
    { status: 'submitted', isLate: false },
    'Astana submitted on time',
  );
  t.match(
    list.reports.find((row) => row.regionCode === 'KZ-75'),
    { status: 'submitted', isLate: true },
    'Almaty submitted late',
  );
  t.match(
    list.reports.find((row) => row.regionCode === 'KZ-35'),
    { status: 'not_started' },
    'Karaganda has not started',
  );
});

t.test('the national report sums the frozen regional figures, and publishing freezes it for everyone', async (t) => {
  const { app, clock } = await appAt(t);
  await generateCollaborations(app);
  const ministry = await createUser(app, 'ministry');
  const submittedReports: Report[] = [];
  for (const region of ['KZ-71', 'KZ-75', 'KZ-35'])
    submittedReports.push(await submit(app, await createUser(app, 'region', { regionCode: region }), region, `Narrative of ${region}`));

  // Live data changes after submission; the consolidation must not see it.
  await app.db.update(collaborations).set({ contractBudgetKzt: 1 });
  const draft = await report(app, ministry, '/api/v1/reports/national/2026');
  t.same(draft.figures.consolidates, ['KZ-35', 'KZ-71', 'KZ-75'], 'consolidates the three submitted regions');
  t.ok(draft.figures.missingRegions?.includes('KZ-39'), 'and names the regions that have not submitted');
  for (const indicator of indicators) {
    const sum = submittedReports.reduce((total, part) => total + (part.figures.values[indicator.code] ?? 0), 0);
    if (indicator.additive) t.equal(draft.figures.values[indicator.code], sum, `${indicator.code}: the sum of the frozen regional figures`);
    else if (indicator.derive)
      t.equal(draft.figures.values[indicator.code], indicator.derive(draft.figures.values), `${indicator.code}: recomputed from the summed counts`);
    else t.equal(draft.figures.values[indicator.code], null, `${indicator.code}: a median is not consolidated`);
  }
  const sector = (part: Report, key: string) => part.figures.bySector.find((row) => row.key === key)?.values.contracted ?? 0;
  t.equal(
    sector(draft, 'A'),
    submittedReports.reduce((total, part) => total + sector(part, 'A'), 0),
    'the sector breakdown sums too',
  );

  const anonymousDraft = await call(app, null, 'GET', '/api/v1/reports/national/2026');
  t.equal(anonymousDraft.statusCode, 404, 'nobody outside the ministry sees the draft');
  const officer = await createUser(app, 'region', { regionCode: 'KZ-71' });
  t.equal((await call(app, officer, 'GET', '/api/v1/reports/national/2026')).statusCode, 404, 'not even a region officer');

  t.equal(
    apiErrorSchema.parse((await call(app, ministry, 'POST', '/api/v1/reports/national/2026/publish')).json()).code,
    'NARRATIVE_REQUIRED',
    'no publication without the ministry’s narrative',
  );
  await call(app, ministry, 'PUT', '/api/v1/reports/national/2026/narrative', { narrative: 'The first year of the Concept.' });
  clock.now = new Date('2027-04-20T12:00:00+05:00');
  const published = reportSchema.parse((await call(app, ministry, 'POST', '/api/v1/reports/national/2026/publish')).json());
  t.match(published, { status: 'published', isLate: false }, 'published on time, before 1 May');
  t.equal(published.checksum, checksumOf(published), 'with a verifiable checksum');
  t.same(published.figures.values, draft.figures.values, 'the figures the ministry reviewed');

  // A late region submits after publication: the published report does not change.
  const publicBefore = await report(app, null, '/api/v1/reports/national/2026');
  await submit(app, await createUser(app, 'region', { regionCode: 'KZ-39' }), 'KZ-39', 'Late');
  t.same(await report(app, ministry, '/api/v1/reports/national/2026'), published, 'the ministry reads the published report, unchanged by later submissions');
  const publicCopy = await report(app, null, '/api/v1/reports/national/2026');
  t.same(publicCopy, publicBefore, 'and so does anyone, in its public view');
  t.equal(publicCopy.checksum, checksumOf(publicCopy), 'the public view carries a checksum of itself, so it verifies on its own');
  const listed = publishedReportListSchema.parse((await call(app, null, 'GET', '/api/v1/public/reports')).json());
  t.same(
    listed.reports.map((row) => [row.year, row.checksum]),
    [[2026, publicCopy.checksum]],
    'open data lists it with the checksum of what the public downloads',
  );
  t.equal((await call(app, ministry, 'POST', '/api/v1/reports/national/2026/publish')).statusCode, 409, 'it cannot be published twice');
});

t.test('the published national report is aggregates only, protected, for everyone outside the ministry; the ministry keeps its list', async (t) => {
  const { app, clock } = await appAt(t);
  await generateCollaborations(app);
  // The attack: a confidential state grant listed by name, and sector B resting on one contract. Both larger than
  // any generated contract (at most 90,000,000), so both are among the largest the ministry's list names.
  const secret = { needTitle: 'Confidential alloy for a uranium miner', companyName: 'Qupiya Metals LLP', labName: 'Closed Metallurgy Lab' };
  await createContracts(app, [
    { regionCode: 'KZ-71', sector: 'C', budgetKzt: 125_000_000, fundingSource: 'state_grant', visibility: 'confidential', ...secret },
    {
      regionCode: 'KZ-75',
      sector: 'B',
      budgetKzt: 152_000_000,
      fundingSource: 'company',
      needTitle: 'Sector B alone',
      companyName: 'Solo Mining JSC',
      labName: 'Solo Lab',
    },
  ]);
  for (const region of ['KZ-71', 'KZ-75', 'KZ-35', 'KZ-39'])
    await submit(app, await createUser(app, 'region', { regionCode: region }), region, `Narrative of ${region}`);
  const ministry = await createUser(app, 'ministry');
  await call(app, ministry, 'PUT', '/api/v1/reports/national/2026/narrative', { narrative: 'The first year of the Concept.' });
  clock.now = new Date('2027-04-20T12:00:00+05:00');
  t.equal((await call(app, ministry, 'POST', '/api/v1/reports/national/2026/publish')).statusCode, 200, 'published');

  const internal = await report(app, ministry, '/api/v1/reports/national/2026');
  t.ok(
    internal.figures.topCollaborations?.some((row) => row.companyName.en === 'Solo Mining JSC' && row.budgetKzt === 152_000_000),
    'the ministry still reads the named list of the largest contracts',
  );
  const confidential = internal.figures.topCollaborations?.find((row) => row.companyName.en === secret.companyName);
  t.equal(confidential?.needTitle, null, 'with a confidential need’s title left out even there');
  t.equal(internal.figures.bySector.find((row) => row.key === 'B')?.values.contractedVolumeKzt, 152_000_000, 'and the figures as the regions froze them');
  const admin = await createUser(app, 'admin');
  t.ok((await report(app, admin, '/api/v1/reports/national/2026')).figures.topCollaborations?.length, 'so do admins');

  const company = await createUser(app, 'company');
  const officer = await createUser(app, 'region', { regionCode: 'KZ-71' });
  const names = [secret.needTitle, secret.companyName, secret.labName, 'Solo Mining JSC', 'Solo Lab', 'Sector B alone', 'Lab 0', 'Need 0'];
  for (const [who, reader] of [
    ['anonymous', null],
    ['a company user', company],
    ['a region officer', officer],
  ] as const) {
    const read = await report(app, reader, '/api/v1/reports/national/2026');
    const json = await call(app, reader, 'GET', '/api/v1/reports/national/2026/download?format=json');
    const csv = await call(app, reader, 'GET', '/api/v1/reports/national/2026/download?format=csv');
    t.equal(json.statusCode, 200, `${who}: the JSON download answers`);
    t.equal(csv.statusCode, 200, `${who}: the CSV download answers`);
    t.same(reportSchema.parse(json.json()), read, `${who}: the JSON download is the report they read`);
    t.equal(read.figures.topCollaborations, undefined, `${who}: no named list of contracts`);
    t.equal(read.figures.contributions, undefined, `${who}: no contributions (the largest contract of each cell is one contract’s budget)`);
    t.equal(read.figures.disclosureControlled, true, `${who}: marked as disclosure-controlled, so null reads as withheld`);
    for (const [format, body] of [
      ['JSON', json.body],
      ['CSV', csv.body],
    ] as const) {
      for (const name of names) t.notOk(body.includes(name), `${who}, ${format}: “${name}” appears nowhere`);
      t.notMatch(
        body,
        /topCollaborations|labName|companyName|universityName|needTitle|largest|"id"/,
        `${who}, ${format}: no contract, lab, company or contribution field`,
      );
    }
    const sectorB = read.figures.bySector.find((row) => row.key === 'B')!.values;
    t.equal(sectorB.contracted, null, `${who}: sector B’s single contract is not counted in public`);
    t.equal(sectorB.contractedVolumeKzt, null, `${who}: nor its 152,000,000 shown`);
    const rows: { section: string; group: string; indicator: string; value: string }[] = parse(csv.body, { columns: true, bom: true });
    t.equal(
      rows.find((row) => row.section === 'bySector' && row.group === 'B' && row.indicator === 'contractedVolumeKzt')?.value,
      '',
      `${who}: the CSV leaves sector B’s volume empty`,
    );
    t.notOk(
      rows.some((row) => row.section === 'topCollaborations'),
      `${who}: the CSV has no list of contracts`,
    );
    for (const [name, value] of Object.entries(read.figures.values)) {
      if (name.endsWith('Kzt') && value !== null) t.not(value, 152_000_000, `${who}: ${name} is not the sector B contract’s budget`);
    }
    const table = {
      total: read.figures.values,
      breakdowns: [
        { name: 'sector', rows: read.figures.bySector },
        { name: 'field', rows: read.figures.byField },
      ],
    };
    t.same(recoverWithheld(table), [], `${who}: no withheld figure of the year can be worked out from totals, sectors, fields or funding sources`);
    t.same(recoverWithheld({ total: read.figures.previousYear, breakdowns: [] }), [], `${who}: nor of the year before`);
    t.equal(read.checksum, checksumOf(read), `${who}: the public checksum verifies`);
  }
});

t.test('a regional report frozen without contributions leaves the public national report’s sums withheld, not guessed', async (t) => {
  const { app, clock } = await appAt(t);
  await generateCollaborations(app);
  for (const region of ['KZ-71', 'KZ-75']) await submit(app, await createUser(app, 'region', { regionCode: region }), region, `Narrative of ${region}`);
  // As a report submitted before contributions were recorded would be.
  await app.db.execute(sql`update annual_reports set figures = figures - 'contributions' where region_code = 'KZ-71'`);
  const ministry = await createUser(app, 'ministry');
  await call(app, ministry, 'PUT', '/api/v1/reports/national/2026/narrative', { narrative: 'Consolidated.' });
  clock.now = new Date('2027-04-20T12:00:00+05:00');
  t.equal((await call(app, ministry, 'POST', '/api/v1/reports/national/2026/publish')).statusCode, 200, 'published');
  const internal = await report(app, ministry, '/api/v1/reports/national/2026');
  const read = await report(app, null, '/api/v1/reports/national/2026');
  t.ok((read.figures.values.contracted ?? 0) >= 3, `counts need no contributions: ${read.figures.values.contracted} contracts published`);
  for (const indicator of indicators.filter((candidate) => candidate.largest)) {
    t.type(internal.figures.values[indicator.code], 'number', `${indicator.code}: the ministry reads ${internal.figures.values[indicator.code]}`);
    t.equal(read.figures.values[indicator.code], null, `${indicator.code}: the public does not, since no one can tell whether one contract dominates it`);
    for (const row of read.figures.bySector) t.equal(row.values[indicator.code], null, `sector ${row.key}: ${indicator.code} withheld too`);
  }
});

t.test('downloads: the CSV parses back to the same numbers as the JSON', async (t) => {
  const { app } = await appAt(t);
  await generateCollaborations(app);
  const officer = await createUser(app, 'region', { regionCode: 'KZ-75' });
  await submit(app, officer, 'KZ-75', 'Almaty, with "quotes", commas, and\na second line; Алматы, Алматы қаласы.');
  for (const url of ['/api/v1/reports/regions/KZ-75/2026/download']) {
    const json = await call(app, officer, 'GET', `${url}?format=json`);
    t.match(json.headers['content-disposition'], /kopir-report-KZ-75-2026\.json/, 'named for what it is');
    const fromJson = reportSchema.parse(json.json());
    const csv = await call(app, officer, 'GET', `${url}?format=csv`);
    t.match(csv.headers['content-type'], /text\/csv/, 'CSV');
    const rows: { section: string; group: string; indicator: string; value: string }[] = parse(csv.body, { columns: true, bom: true });
    const numberAt = (section: string, group: string, code: string) => {
      const row = rows.find((candidate) => candidate.section === section && candidate.group === group && candidate.indicator === code);
      return row === undefined ? undefined : row.value === '' ? null : Number(row.value);
    };
    let compared = 0;
    for (const [section, values] of [
      ['values', fromJson.figures.values],
      ['previousYear', fromJson.figures.previousYear],
    ] as const) {
      for (const [code, value] of Object.entries(values)) {
        t.equal(numberAt(section, '', code), value, `${section}.${code}`);
        compared++;
      }
    }
    for (const row of fromJson.figures.bySector)
      for (const [code, value] of Object.entries(row.values)) t.equal(numberAt('bySector', row.key, code), value, `bySector ${row.key}.${code}`);
    t.ok(compared > 40, `${compared} figures compared`);
    t.equal(rows.find((row) => row.section === 'narrative')?.value, fromJson.narrative, 'the narrative survives quoting, commas, newlines and Cyrillic');
    t.equal(rows.find((row) => row.indicator === 'checksum')?.value, fromJson.checksum, 'and the checksum is in it');
  }
});

t.test('the CSV speaks the reader’s language: headers and names in kk or ru, codes and numbers unchanged', async (t) => {
  const { app } = await appAt(t);
  await generateCollaborations(app);
  const officer = await createUser(app, 'region', { regionCode: 'KZ-75' });
  const url = '/api/v1/reports/regions/KZ-75/2026/download?format=csv';
  const download = async (query: string, acceptLanguage?: string) => {
    const response = await app.inject({
      method: 'GET',
      url: `${url}${query}`,
      headers: { authorization: officer.authorization, ...(acceptLanguage && { 'accept-language': acceptLanguage }) },
    });
    t.equal(response.statusCode, 200, `${query || acceptLanguage || 'no language'}: answers`);
    return { language: response.headers['content-language'], rows: parse(response.body, { bom: true }) as string[][] };
  };
  const english = await download('');
  t.same(english.rows[0], ['section', 'group', 'indicator', 'value', 'indicatorName', 'groupName'], 'English by default, the codes’ columns first');
  const kazakh = await download('&lang=kk');
  t.equal(kazakh.language, 'kk', 'lang=kk is Kazakh');
  t.same(kazakh.rows[0], ['бөлім', 'топ', 'көрсеткіш', 'мәні', 'көрсеткіш атауы', 'топ атауы'], 'with Kazakh headers');
  const russian = await download('', 'de-DE, ru;q=0.9, en;q=0.5');
  t.equal(russian.language, 'ru', 'Accept-Language picks the first language Kopir speaks, by quality');
  t.same(russian.rows[0], ['раздел', 'группа', 'показатель', 'значение', 'название показателя', 'название группы'], 'with Russian headers');
  const contracted = indicators.find((indicator) => indicator.code === 'contracted')!;
  const line = (rows: string[][], section: string, group: string) => rows.find((row) => row[0] === section && row[1] === group && row[2] === 'contracted');
  const sector = english.rows.find((row) => row[0] === 'bySector')![1]!;
  t.equal(line(kazakh.rows, 'values', '')?.[4], contracted.labels.kk, 'each indicator is named in Kazakh');
  t.equal(line(russian.rows, 'bySector', sector)?.[5], sectors.find((one) => one.code === sector)!.labels.ru, 'each sector in Russian');
  t.same(
    kazakh.rows.map((row) => row.slice(0, 4)).slice(1),
    english.rows.map((row) => row.slice(0, 4)).slice(1),
    'codes and values are the same in every language: a script reads any of them',
  );
});

t.test('who may read and write which report', async (t) => {
  const { app } = await appAt(t);
  const astana = await createUser(app, 'region', { regionCode: 'KZ-71' });
  const ministry = await createUser(app, 'ministry');
  const researcher = await createUser(app, 'researcher');
  for (const [method, url, payload] of [
    ['GET', '/api/v1/reports/regions/KZ-75/2026', undefined],
    ['GET', '/api/v1/reports/regions/KZ-75/2026/download?format=csv', undefined],
    ['PUT', '/api/v1/reports/regions/KZ-75/2026/narrative', { narrative: 'not mine' }],
    ['POST', '/api/v1/reports/regions/KZ-75/2026/submit', undefined],
  ] as const) {
    const response = await call(app, astana, method, url, payload);
    t.equal(response.statusCode, 403, `Astana’s officer: ${method} ${url} is 403`);
    t.equal(apiErrorSchema.parse(response.json()).code, 'NOT_YOUR_REGION', 'NOT_YOUR_REGION');
  }
  t.equal(
    (await call(app, ministry, 'PUT', '/api/v1/reports/regions/KZ-75/2026/narrative', { narrative: 'ministry words' })).statusCode,
    403,
    'the ministry does not write a region’s narrative',
  );
  t.equal(
    (await call(app, astana, 'PUT', '/api/v1/reports/national/2026/narrative', { narrative: 'x' })).statusCode,
    403,
    'a region officer does not write the national one',
  );
  t.equal((await call(app, researcher, 'GET', '/api/v1/reports?year=2026')).statusCode, 403, 'researchers have no reports');
  t.equal((await call(app, null, 'GET', '/api/v1/reports/regions/KZ-71/2026')).statusCode, 401, 'signed out: 401');
  const own = reportListSchema.parse((await call(app, astana, 'GET', '/api/v1/reports?year=2026')).json());
  t.same(
    own.reports.map((row) => row.regionCode),
    ['KZ-71', null],
    'a region officer lists their own report and the national one',
  );
});

t.test('bad input is refused, naming the field, and nothing is saved', async (t) => {
  const { app } = await appAt(t);
  const astana = await createUser(app, 'region', { regionCode: 'KZ-71' });
  for (const [method, url, payload, path] of [
    ['PUT', '/api/v1/reports/regions/KZ-71/2026/narrative', { narrative: 'x'.repeat(20_001) }, 'body.narrative'],
    ['PUT', '/api/v1/reports/regions/KZ-71/2026/narrative', { narrative: 'ok', status: 'submitted' }, 'body.status'],
    ['PUT', '/api/v1/reports/regions/KZ-71/2026/narrative', { text: 'wrong field' }, 'body.narrative'],
    ['GET', '/api/v1/reports/regions/KZ-00/2026', undefined, 'params.region'],
    ['GET', '/api/v1/reports/regions/KZ-71/1999', undefined, 'params.year'],
    ['GET', '/api/v1/reports/regions/KZ-71/2026/download?format=xlsx', undefined, 'query.format'],
    ['GET', '/api/v1/reports?year=next', undefined, 'query.year'],
  ] as const) {
    const response = await call(app, astana, method, url, payload);
    t.equal(response.statusCode, 400, `${method} ${url}: 400`);
    t.ok(
      apiErrorSchema.parse(response.json()).fields?.some((field) => field.path.startsWith(path)),
      `names ${path}`,
    );
  }
  t.equal((await report(app, astana, '/api/v1/reports/regions/KZ-71/2026')).status, 'not_started', 'nothing was saved');
});
