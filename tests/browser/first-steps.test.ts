import t from 'tap';
import { launchBrowser, signInThroughUi } from '../harness/browser.ts';
import { createOrganisation, createUser, TEST_PASSWORD } from '../harness/factories.ts';
import { serveTestApp } from '../harness/served-app.ts';

const phone = { width: 390, height: 844 };

t.test('the home page starts a search and tells each visitor where to go', async (t) => {
  const { baseUrl } = await serveTestApp(t, { searchOutboxWorker: true });
  const browser = await launchBrowser(t);
  const page = await (await browser.newContext({ locale: 'kk-KZ', viewport: phone })).newPage();
  await page.goto(`${baseUrl}/`);
  const links = async (heading: string) =>
    page
      .locator('article.audience')
      .filter({ has: page.getByRole('heading', { name: heading }) })
      .getByRole('link')
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
  t.same(await links('Зерттеушілерге'), ['/sign-up', '/needs'], 'a researcher is sent to create an account, or to the open needs');
  t.same(await links('Компанияларға'), ['/sign-up', '/labs'], 'a company to create an account, or to the labs');
  t.same(await links('Министрлік пен өңірлерге'), ['/sign-in', '/open-data'], 'an official to sign in, or to the open data');

  await page.getByRole('searchbox').fill('сутегі электролизі');
  await page.getByRole('button', { name: 'ҒЗТКЖ сұранысын табу' }).click();
  await page.waitForURL(/\/needs\?q=/);
  t.equal(await page.locator('main .search-box').inputValue(), 'сутегі электролизі', 'the needs search opens with the words typed on the home page');
  await page.locator('main .total').waitFor();

  await page.goto(`${baseUrl}/`);
  await page.getByRole('searchbox').fill('catalysis');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/labs\?q=catalysis$/);
  t.equal(await page.locator('main .search-box').inputValue(), 'catalysis', 'Enter searches the labs');
});

t.test('anonymous visitors are asked to sign in before they type a lab or a need', async (t) => {
  const { baseUrl } = await serveTestApp(t);
  const browser = await launchBrowser(t);
  const page = await (await browser.newContext({ locale: 'ru-RU' })).newPage();
  for (const path of ['/my/needs/new', '/my/labs/new']) {
    await page.goto(`${baseUrl}${path}`);
    await page.locator('main .editor-gate').waitFor();
    t.equal(await page.locator('main form').count(), 0, `${path}: no form to fill in and lose`);
    t.equal(await page.locator('main a.primary').getAttribute('href'), '/sign-in', `${path}: the first thing offered is to sign in`);
    t.match(await page.locator('main .editor-gate p').first().textContent(), /войдите как (исследователь|компания)/, `${path}: says who may, in Russian`);
  }
});

t.test("signing in brings the account's language, and the profile offers the next step", async (t) => {
  const { app, baseUrl } = await serveTestApp(t);
  const researcher = await createUser(app, 'researcher', { locale: 'kk' });
  const company = await createUser(app, 'company', { locale: 'ru' });
  const browser = await launchBrowser(t);

  const researcherPage = await (await browser.newContext({ locale: 'en-GB' })).newPage();
  await signInThroughUi(researcherPage, baseUrl, researcher.user.email, TEST_PASSWORD);
  await researcherPage.locator('[data-next-step]').waitFor();
  t.equal(await researcherPage.evaluate(() => document.documentElement.lang), 'kk', 'the English sign-in page turns Kazakh: the account reads Kazakh');
  t.equal(await researcherPage.locator('[data-next-step]').getAttribute('data-next-step'), 'first-labs', 'a researcher with no lab is asked to describe one');
  await researcherPage.getByRole('link', { name: 'Зертхана құру' }).click();
  await researcherPage.waitForURL('**/my/labs/new');
  t.ok(await researcherPage.locator('main form').isVisible(), 'and the link opens the lab editor');
  await researcherPage.reload();
  await researcherPage.locator('main form').waitFor();
  t.equal(await researcherPage.evaluate(() => document.documentElement.lang), 'kk', 'a reload keeps the language');

  const companyPage = await (await browser.newContext({ locale: 'kk-KZ' })).newPage();
  await companyPage.goto(`${baseUrl}/`);
  await companyPage.evaluate(() => localStorage.setItem('kopir.locale', 'en'));
  await signInThroughUi(companyPage, baseUrl, company.user.email, TEST_PASSWORD);
  await companyPage.locator('[data-next-step]').waitFor();
  t.equal(await companyPage.evaluate(() => document.documentElement.lang), 'ru', 'a company account that reads Russian signs in to Russian');
  t.equal(await companyPage.locator('[data-next-step]').getAttribute('data-next-step'), 'first-needs', 'and is asked to post its first need');
  t.equal(await companyPage.getByRole('link', { name: 'Опубликовать первый запрос' }).getAttribute('href'), '/my/needs/new', 'which links to the need editor');
});

t.test('the organisation picker finds a university by its abbreviation and names its region in the reader’s language', async (t) => {
  const { app, baseUrl } = await serveTestApp(t);
  await createOrganisation(app, {
    kind: 'university',
    name: {
      kk: 'Әл-Фараби атындағы Қазақ ұлттық университеті',
      ru: 'Казахский национальный университет имени аль-Фараби',
      en: 'Al-Farabi Kazakh National University',
    },
    aliases: ['КазНУ', 'ҚазҰУ'],
    regionCode: 'KZ-75',
    city: 'Almaty',
  });
  const browser = await launchBrowser(t);
  const page = await (await browser.newContext({ locale: 'kk-KZ' })).newPage();
  await page.goto(`${baseUrl}/sign-up`);
  await page.locator('input[name="organisationQuery"]').fill('КазНУ');
  const choice = page.locator('.picker .choice');
  await choice.first().waitFor();
  t.equal(await choice.count(), 1, 'one university answers to КазНУ');
  t.equal(
    (await choice.first().textContent())?.trim(),
    'Әл-Фараби атындағы Қазақ ұлттық университеті · Алматы',
    'named in Kazakh, with its region in Kazakh (not the city as typed, in English)',
  );
});

t.test('small labels: the admin picks a Role, the research-field filter says so, the summary CSV has a clean name', async (t) => {
  const { app, baseUrl } = await serveTestApp(t);
  const admin = await createUser(app, 'admin');
  const ministry = await createUser(app, 'ministry');
  const researcher = await createUser(app, 'researcher');
  const browser = await launchBrowser(t);

  const adminPage = await (await browser.newContext({ locale: 'en-GB' })).newPage();
  await signInThroughUi(adminPage, baseUrl, admin.user.email, TEST_PASSWORD);
  await adminPage.goto(`${baseUrl}/admin`);
  const role = adminPage.locator('label.field:has(select[name="role"]) > span');
  await role.waitFor();
  t.equal(await role.textContent(), 'Role', 'the create-account form asks for a Role, not "I am"');

  const researcherPage = await (await browser.newContext({ locale: 'en-GB' })).newPage();
  await signInThroughUi(researcherPage, baseUrl, researcher.user.email, TEST_PASSWORD);
  await researcherPage.goto(`${baseUrl}/my/labs/new`);
  await researcherPage.locator('[data-name="researchFields"] .checklist-filter').waitFor();
  t.equal(
    await researcherPage.locator('[data-name="researchFields"] .checklist-filter').getAttribute('aria-label'),
    'Filter research fields',
    'the research-field filter is named for research fields',
  );

  const ministryPage = await (await browser.newContext({ locale: 'en-GB' })).newPage();
  await signInThroughUi(ministryPage, baseUrl, ministry.user.email, TEST_PASSWORD);
  await ministryPage.goto(`${baseUrl}/dashboard`);
  const cards = ministryPage.locator('[data-cards="summary"]');
  await cards.waitFor();
  const [download] = await Promise.all([
    ministryPage.waitForEvent('download'),
    ministryPage.locator('section[aria-labelledby="summary-heading"] button.download').click(),
  ]);
  t.equal(download.suggestedFilename(), 'kopir-summary.csv', 'the national summary with no filter is kopir-summary.csv');
});
