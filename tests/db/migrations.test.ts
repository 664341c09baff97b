import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import t, { type Test } from 'tap';
import postgres from 'postgres';
import { countPendingMigrations, migrationsFolder, runMigrations } from '@kopir/db';
import { createTestDatabase } from '../harness/test-app.ts';

const domainTables = [
  'account_tokens',
  'annual_reports',
  'audit_log',
  'background_jobs',
  'capability_tags',
  'collaboration_events',
  'collaboration_rollup',
  'collaboration_rollup_dimension',
  'collaborations',
  'digest_unsubscribe_tokens',
  'email_outbox',
  'labs',
  'listing_stats',
  'listing_stats_readers',
  'memberships',
  'messages',
  'need_funnel_rollup',
  'needs',
  'notifications',
  'organisations',
  'questions',
  'rate_limit_windows',
  'recovery_codes',
  'refresh_tokens',
  'saved_search_alerts',
  'saved_search_digests',
  'saved_searches',
  'search_outbox',
  'search_verifications',
  'sessions',
  'shortlist_entries',
  'sign_in_throttle',
  'territories',
  'text_documents',
  'text_terms',
  'users',
];

async function publicTables(sql: postgres.Sql): Promise<string[]> {
  const rows = await sql<{ name: string }[]>`select table_name as name from information_schema.tables where table_schema = 'public' order by 1`;
  return rows.map((row) => row.name);
}

t.test('migrations apply to an empty database and a second run changes nothing', async (t) => {
  const url = await createTestDatabase(t, { empty: true });
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  t.teardown(() => sql.end());

  t.ok((await countPendingMigrations(sql)) > 0, 'an empty database has pending migrations');
  await runMigrations(url);
  t.same(await publicTables(sql), domainTables, 'every domain table exists');
  t.equal(await countPendingMigrations(sql), 0, 'nothing pending');

  const [before] = await sql`select count(*)::int as n from drizzle.__drizzle_migrations`;
  await runMigrations(url);
  const [after] = await sql`select count(*)::int as n from drizzle.__drizzle_migrations`;
  t.equal(after?.n, before?.n, 'the second run applied nothing');
  t.same(await publicTables(sql), domainTables, 'and the tables are the same');
});

t.test('a migration that fails leaves the database as it was', async (t) => {
  const url = await createTestDatabase(t, { empty: true });
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  t.teardown(() => sql.end());

  // The real migrations followed by one that breaks halfway through.
  const folder = t.testdir();
  await cp(migrationsFolder, folder, { recursive: true });
  const journalPath = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(await readFile(journalPath, 'utf8')) as {
    entries: { idx: number; when: number; tag: string; breakpoints: boolean; version: string }[];
  };
  const last = journal.entries.at(-1)!;
  journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1, tag: '9999_broken' });
  await writeFile(journalPath, JSON.stringify(journal));
  await writeFile(
    join(folder, '9999_broken.sql'),
    'CREATE TABLE "half_done" ("id" int);\n--> statement-breakpoint\nALTER TABLE "no_such_table" ADD COLUMN "x" int;',
  );

  await t.rejects(runMigrations(url, { folder }), 'the run fails');
  t.same(await publicTables(sql), [], 'no table from any migration of the failed run remains');
  t.ok((await countPendingMigrations(sql)) > 0, 'and the good migrations are still pending, to be retried');
});

/** Asserts that `query` fails on the named constraint (not on some other error). */
async function refused(t: Test, query: Promise<unknown>, constraint: string, what: string) {
  const error = await query.then(
    () => undefined,
    (failure: unknown) => failure as { constraint_name?: string },
  );
  t.equal(error?.constraint_name, constraint, `${what} is refused by ${constraint}`);
}

t.test('the schema refuses data the product must never hold', async (t) => {
  const url = await createTestDatabase(t);
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  t.teardown(() => sql.end());

  const [university] = await sql<{ id: string }[]>`
    insert into organisations (kind, name, region_code) values ('university', '{"en":"Test University"}', 'KZ-71') returning id`;
  const organisationId = university!.id;

  await refused(
    t,
    sql`insert into organisations (kind, name, region_code) values ('company', '{"en":"No BIN LLP"}', 'KZ-71')`,
    'organisations_company_bin_check',
    'a company without a BIN',
  );
  await refused(
    t,
    sql`insert into organisations (kind, name, region_code) values ('hospital', '{"en":"?"}', 'KZ-71')`,
    'organisations_kind_check',
    'an unknown organisation kind',
  );
  await refused(
    t,
    sql`insert into labs (organisation_id, name, description, trl_min, trl_max, region_code) values (${organisationId}, '{"en":"L"}', '{"en":"D"}',
      0, 4, 'KZ-71')`,
    'labs_trl_range_check',
    'a TRL of 0',
  );
  await refused(
    t,
    sql`insert into labs (organisation_id, name, description, trl_min, trl_max, region_code) values (${organisationId}, '{"en":"L"}', '{"en":"D"}',
      6, 3, 'KZ-71')`,
    'labs_trl_range_check',
    'a TRL range that ends before it starts',
  );
  await refused(
    t,
    sql`insert into users (email, password_hash, full_name, role) values ('officer@akimat.kz', 'x', 'Officer', 'region')`,
    'users_region_officer_region_check',
    'a region officer without a region',
  );
  await sql`insert into users (email, password_hash, full_name, role, organisation_id) values ('Aigerim@Uni.kz', 'x', 'Aigerim', 'researcher',
    ${organisationId})`;
  await refused(
    t,
    sql`insert into users (email, password_hash, full_name, role, organisation_id) values ('aigerim@uni.kz', 'x', 'Aigerim', 'researcher', ${organisationId})`,
    'users_email_unique',
    'the same email in other letter case',
  );
  await refused(
    t,
    sql`insert into needs (organisation_id, title, description, trl_target, region_code, budget_min_kzt, budget_max_kzt) values (${organisationId},
      'N', '{"en":"D"}', 5, 'KZ-71', 1000, 10)`,
    'needs_budget_check',
    'a budget range whose maximum is below its minimum',
  );
});
