import { readdir, readFile } from 'node:fs/promises';
import { simpleParser, type ParsedMail } from 'mailparser';
import t from 'tap';
import { sql } from 'drizzle-orm';
import { collaborationSchema, labSchema, needSchema } from '@kopir/shared';
import type { App } from '@kopir/server';
import { labInput, needInput } from '../../harness/catalogue.ts';
import { createUser } from '../../harness/factories.ts';
import { createTestApp } from '../../harness/test-app.ts';

type Email = { subject: string; text: string; html: string };

/** Sends what waits in the outbox through the file transport and reads back every delivered email, parsed, by recipient. */
async function deliveredEmails(app: App): Promise<Map<string, Email[]>> {
  while ((await app.emailSender.drainOnce()) > 0);
  const byRecipient = new Map<string, Email[]>();
  for (const file of (await readdir(app.config.mail.fileDir)).sort()) {
    const parsed: ParsedMail = await simpleParser(await readFile(`${app.config.mail.fileDir}/${file}`));
    const to = Array.isArray(parsed.to) ? parsed.to[0]?.text : parsed.to?.text;
    const email = { subject: parsed.subject ?? '', text: parsed.text ?? '', html: parsed.html || '' };
    byRecipient.set(to ?? '', [...(byRecipient.get(to ?? '') ?? []), email]);
  }
  return byRecipient;
}

const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]);

// Phrases of the English catalogue: none may reach a reader of Kazakh or Russian.
const english = [/invites your lab/, /proposes to work/, /an invitation/, /Answer on Kopir/, /has a new status/, /See it on Kopir/];
// The status codes as the API writes them: an email says the word instead.
const codes = [/\baccepted\b/i, /\bcontracted\b/i];

t.test('collaboration emails reach each person in their own language, as text and HTML, with an absolute link and the status in words', async (t) => {
  const app = await createTestApp(t);
  const researcher = await createUser(app, 'researcher', { locale: 'kk' });
  const company = await createUser(app, 'company', { locale: 'ru' });
  const post = async (authorization: string, url: string, payload: Record<string, unknown>) =>
    (await app.inject({ method: 'POST', url, headers: { authorization }, payload })).json();
  const lab = labSchema.parse(await post(researcher.authorization, '/api/v1/labs', labInput()));
  const need = needSchema.parse(await post(company.authorization, '/api/v1/needs', needInput({ title: '<b>Solar & wind</b> pilot' })));
  const collaboration = collaborationSchema.parse(await post(company.authorization, '/api/v1/collaborations', { needId: need.id, labId: lab.id }));
  const transition = (authorization: string, payload: Record<string, unknown>) =>
    app.inject({ method: 'POST', url: `/api/v1/collaborations/${collaboration.id}/transitions`, headers: { authorization }, payload });
  t.equal((await transition(researcher.authorization, { action: 'accept' })).statusCode, 200, 'the researcher accepts the invitation');
  const contract = { budgetKzt: 85_000_000, fundingSource: 'co_funded', startOn: '2026-02-01', endOn: '2027-01-31' };
  t.equal((await transition(company.authorization, { action: 'contract', contract })).statusCode, 200, 'the company records the contract');

  const delivered = await deliveredEmails(app);
  const toResearcher = delivered.get(researcher.user.email) ?? [];
  const toCompany = delivered.get(company.user.email) ?? [];
  t.equal(toResearcher.length, 2, 'the researcher gets the invitation and the contract');
  t.equal(toCompany.length, 1, 'the company gets the acceptance');
  const invitation = toResearcher.find((email) => email.subject.includes('шақыру'));
  const contracted = toResearcher.find((email) => email.text.includes('Шарт жасалды'));
  const accepted = toCompany[0];
  if (!invitation || !contracted || !accepted) {
    t.fail(`the three emails as expected: ${JSON.stringify([...delivered.values()].flat().map((email) => email.subject))}`);
    return;
  }

  t.match(invitation.text, /Компания сіздің зертханаңызды/, 'the invitation is in Kazakh, the researcher’s language');
  t.match(contracted.subject, /Шарт жасалды/, 'the contract is worded in Kazakh, in the subject too');
  t.match(accepted.text, /Новый статус сотрудничества по запросу .*: Принято\./, 'the acceptance is in Russian, the company’s language, the status a word');
  t.match(accepted.subject, /Принято/, 'its subject too');

  const page = new URL(`/collaborations/${collaboration.id}`, app.config.publicUrl).href;
  t.ok(page.startsWith(`${app.config.publicUrl}/collaborations/`), `the expected link is on the configured public URL (${page})`);
  const emails = { invitation: [invitation, 'kk'], contract: [contracted, 'kk'], acceptance: [accepted, 'ru'] } as const;
  for (const [name, [email, locale]] of Object.entries(emails)) {
    t.match(email.html, new RegExp(`<html lang="${locale}">`), `the ${name}’s HTML says its language (${locale})`);
    t.same(hrefs(email.html), [page], `the ${name}’s HTML links to the collaboration, absolutely`);
    t.ok(email.text.includes(page), `the ${name}’s text carries the same absolute link`);
    t.ok(email.html.includes('&lt;b&gt;Solar &amp; wind&lt;/b&gt; pilot'), `the ${name}’s HTML shows the title escaped`);
    t.notOk(email.html.includes('<b>Solar'), `the ${name}’s HTML carries no markup from the title`);
    t.ok(email.text.includes('<b>Solar & wind</b> pilot'), `the ${name}’s text shows the title as written`);
    for (const part of ['subject', 'text', 'html'] as const) {
      for (const phrase of english) t.notMatch(email[part], phrase, `no English in the ${name}’s ${part} (${phrase})`);
      // The link holds no status, and the title none: any code here would be the email's own wording.
      for (const code of codes) t.notMatch(email[part], code, `no status code in the ${name}’s ${part} (${code})`);
    }
  }
});

t.test('the listing sweep’s emails are delivered in the recipient’s language, as text and escaped HTML, with an absolute link', async (t) => {
  const app = await createTestApp(t);
  const company = await createUser(app, 'company', { locale: 'kk' });
  const researcher = await createUser(app, 'researcher', { locale: 'ru' });
  const inSixDays = new Date(Date.now() + 5 * 3_600_000 + 6 * 86_400_000).toISOString().slice(0, 10);
  const created = await app.inject({
    method: 'POST',
    url: '/api/v1/needs',
    headers: { authorization: company.authorization },
    payload: needInput({ title: '<b>Solar & wind</b> pilot', deadlineOn: inSixDays }),
  });
  const need = needSchema.parse(created.json());
  const lab = labSchema.parse(
    (await app.inject({ method: 'POST', url: '/api/v1/labs', headers: { authorization: researcher.authorization }, payload: labInput() })).json(),
  );
  await app.db.execute(sql`update labs set updated_at = now() - interval '366 days' where id = ${lab.id}`);
  const report = await app.sweepListings();
  t.same([report.warned, report.reminded], [1, 1], 'the sweep warns of the need and reminds of the lab');

  const delivered = await deliveredEmails(app);
  const [warning] = delivered.get(company.user.email) ?? [];
  t.match(warning?.subject, /мерзімі жақындады/, 'the warning is in Kazakh');
  t.match(warning?.html, /<html lang="kk">/, 'its HTML part says so');
  t.match(warning?.html, /&lt;b&gt;Solar &amp; wind&lt;\/b&gt;/, 'the title is escaped, not markup');
  t.same(hrefs(warning?.html ?? ''), [`http://kopir.test/my/needs/${need.id}`], 'its one link is absolute, to the need’s editor');
  const [reminder] = delivered.get(researcher.user.email) ?? [];
  t.match(reminder?.subject, /ещё актуальны/, 'the reminder is in Russian');
  t.match(reminder?.html, /<html lang="ru">/, 'its HTML part says so');
  t.same(hrefs(reminder?.html ?? ''), [`http://kopir.test/my/labs/${lab.id}`], 'its one link is absolute, to the lab’s page');
  t.notMatch(`${warning?.text} ${reminder?.text}`, /deadline|current|Confirm/, 'no English in either');
});
