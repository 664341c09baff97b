import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import t from 'tap';
import { buildApp } from '@kopir/server';
import { sessionSchema } from '@kopir/shared';
import { createTestDatabase, testConfig } from '../harness/test-app.ts';

const serverDir = fileURLToPath(new URL('../../server', import.meta.url));

/** Runs `pnpm admin:create` as an operator would, typing the password on standard input. */
function createAdmin(databaseUrl: string, args: string[], password: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/create-admin.ts', ...args], {
    cwd: serverDir,
    env: { PATH: process.env.PATH ?? '', DATABASE_URL: databaseUrl },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk));
  child.stdin.end(`${password}\n`);
  return new Promise<{ code: number | null; output: string }>((resolve) => child.on('exit', (code) => resolve({ code, output })));
}

t.test('the first admin is created from the command line on a fresh database', async (t) => {
  const databaseUrl = await createTestDatabase(t, { empty: true });
  const created = await createAdmin(databaseUrl, ['--email', 'Root@Kopir.kz', '--name', 'Aida Operator'], 'First-admin-2026');
  t.equal(created.code, 0, `exits 0 (${created.output.trim()})`);
  t.match(created.output, /Admin account root@kopir\.kz created/, 'says so');
  t.notMatch(created.output, /First-admin-2026/, 'never echoes the password');

  const app = await buildApp(testConfig(databaseUrl));
  t.teardown(() => app.close());
  const signIn = await app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email: 'root@kopir.kz', password: 'First-admin-2026' } });
  t.equal(signIn.statusCode, 200, 'the admin signs in');
  t.equal(sessionSchema.parse(signIn.json()).user.role, 'admin', 'as an admin');
});

t.test('a weak password or missing arguments create nothing and say why', async (t) => {
  const databaseUrl = await createTestDatabase(t);
  const weak = await createAdmin(databaseUrl, ['--email', 'root@kopir.kz', '--name', 'Aida Operator'], 'short');
  t.equal(weak.code, 2, 'exits 2');
  t.match(weak.output, /password: Use at least 10 characters/, 'names the password rule');
  const usage = await createAdmin(databaseUrl, ['--email', 'root@kopir.kz'], 'First-admin-2026');
  t.equal(usage.code, 2, 'exits 2 without --name');
  t.match(usage.output, /Usage: pnpm admin:create --email/, 'shows the usage');
});
