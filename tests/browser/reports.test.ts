import t from 'tap';
import { reportListSchema, reportSchema } from '@kopir/shared';
import { launchBrowser, signInThroughUi } from '../harness/browser.ts';
import { generateCollaborations } from '../harness/collaborations.ts';
import { createUser, TEST_PASSWORD } from '../harness/factories.ts';
import { serveTestApp } from '../harness/served-app.ts';

// Reports are about a finished year. The served app and the browser both run on a clock set to
// mid-June of next year (time still flows), so the report year is over and 1 April has passed,
// whatever day the suite runs.
const at = new Date(Date.UTC(new Date().getUTCFullYear() + 1, 5, 15, 6));
const offset = at.getTime() - Date.now();
const clock = () => new Date(Date.now() + offset);
const year = at.getUTCFullYear() - 1;

t.test('a region officer writes and submits the report; the ministry sees it submitted and reads the frozen figures', async (t) => {
  const { app, baseUrl } = await serveTestApp(t, { clock });
  await generateCollaborations(app, { year, regions: ['KZ-71', 'KZ-75'] });
  const officer = await createUser(app, 'region', { regionCode: 'KZ-71' });
  const ministry = await createUser(app, 'ministry');
  const browser = await launchBrowser(t);

  const pageOnTheClock = async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    await context.clock.install({ time: clock() });
    return context.newPage();
  };
  const officerPage = await pageOnTheClock();
  await signInThroughUi(officerPage, baseUrl, officer.user.email, TEST_PASSWORD, { clock });
  await officerPage.getByRole('link', { name: 'Reports' }).click();
  await officerPage.locator(`.report-list[data-state="ready"]`).waitFor();
  t.same(
    await officerPage.locator('.report-list tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-region'))),
    ['KZ-71', 'national'],
    'the officer lists their own region’s report and the national one',
  );
  await officerPage.locator('tr[data-region="KZ-71"] a').click();
  await officerPage.locator('.report[data-state="ready"]').waitFor();
  t.equal(await officerPage.locator('.report-meta [data-status]').getAttribute('data-status'), 'not_started', 'a report not yet started');
  const liveContracts = await officerPage.locator('.report-figures tr[data-code="contracted"] td').first().getAttribute('data-value');
  t.ok(Number(liveContracts) > 0, `the draft shows live figures: ${liveContracts} contracts`);

  await officerPage.locator('textarea[name="narrative"]').fill('Astana: the first contracts under the Concept; agro leads.');
  officerPage.once('dialog', (dialog) => void dialog.accept());
  await officerPage.locator('button[data-action="submit"]').click();
  await officerPage.locator('.report-meta [data-status="submitted"]').waitFor();
  const checksum = await officerPage.locator('[data-checksum]').textContent();
  t.match(checksum, /^[0-9a-f]{64}$/, 'submitted, with its checksum shown');
  t.equal(await officerPage.locator('textarea[name="narrative"]').count(), 0, 'the narrative can no longer be edited');

  const ministryPage = await pageOnTheClock();
  await signInThroughUi(ministryPage, baseUrl, ministry.user.email, TEST_PASSWORD, { clock });
  await ministryPage.goto(`${baseUrl}/reports?year=${year}`);
  const row = ministryPage.locator('.report-list tr[data-region="KZ-71"]');
  await row.waitFor();
  t.equal(await row.locator('[data-status]').getAttribute('data-status'), 'submitted', 'the ministry sees Astana’s report as submitted');
  t.equal(await row.locator('[data-status]').getAttribute('data-late'), 'true', 'and late, since 1 April has passed');
  t.equal(await ministryPage.locator('tr[data-region="KZ-75"] [data-status]').getAttribute('data-status'), 'not_started', 'Almaty has not started');
  const api = reportListSchema.parse(
    (await app.inject({ method: 'GET', url: `/api/v1/reports?year=${year}`, headers: { authorization: ministry.authorization } })).json(),
  );
  t.equal(api.reports.find((report) => report.regionCode === 'KZ-71')?.checksum, checksum, 'the checksum on the page is the API’s');

  await row.locator('a').click();
  await ministryPage.locator('.report[data-state="ready"]').waitFor();
  t.equal(
    await ministryPage.locator('.narrative-text').textContent(),
    'Astana: the first contracts under the Concept; agro leads.',
    'the ministry reads the narrative',
  );
  const frozen = reportSchema.parse(
    (await app.inject({ method: 'GET', url: `/api/v1/reports/regions/KZ-71/${year}`, headers: { authorization: ministry.authorization } })).json(),
  );
  t.equal(
    await ministryPage.locator('.report-figures tr[data-code="contracted"] td').first().getAttribute('data-value'),
    String(frozen.figures.values.contracted),
    'and the frozen figures, as the API has them',
  );
  t.equal(await ministryPage.locator('textarea').count(), 0, 'the ministry cannot write a region’s narrative');
});
