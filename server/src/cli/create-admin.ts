// `pnpm admin:create --email admin@example.kz --name "Full Name"`: creates an admin account, the
// way the very first admin comes to exist on a fresh install. The password is read from the
// KOPIR_ADMIN_PASSWORD variable, or asked for (twice, not echoed) when run in a terminal, or
// read as the first line of standard input.
import { createInterface } from 'node:readline/promises';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { createDatabase, runMigrations } from '@kopir/db';
import { createStaffAccountSchema, passwordSchema } from '@kopir/shared';
import { systemActor } from '../access/actor.ts';
import { parseEnvironment } from '../config.ts';
import { createStaffAccount } from '../services/users/create-staff-account.ts';
import { withDatabase } from '../stack/with-database.ts';
import { runCommand, UsageError } from './run-command.ts';

async function readPassword(): Promise<string> {
  if (process.env.KOPIR_ADMIN_PASSWORD) return process.env.KOPIR_ADMIN_PASSWORD;
  if (!process.stdin.isTTY) {
    const lines = createInterface({ input: process.stdin });
    for await (const line of lines) return line;
    throw new UsageError('No password on standard input.');
  }
  let muted = false;
  const output = new Writable({
    write: (chunk, _encoding, done) => {
      if (!muted) process.stdout.write(chunk);
      done();
    },
  });
  const prompt = createInterface({ input: process.stdin, output, terminal: true });
  const ask = async (question: string) => {
    process.stdout.write(question);
    muted = true;
    const answer = await prompt.question('');
    muted = false;
    process.stdout.write('\n');
    return answer;
  };
  const password = await ask('Password for the new admin: ');
  if ((await ask('The same password again: ')) !== password) throw new UsageError('The two passwords differ; nothing was created.');
  prompt.close();
  return password;
}

await runCommand(async () => {
  const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } } });
  if (!values.email || !values.name) throw new UsageError('Usage: pnpm admin:create --email admin@example.kz --name "Full Name"');
  const parsed = createStaffAccountSchema.safeParse({ email: values.email, fullName: values.name, role: 'admin' });
  const password = passwordSchema.safeParse(await readPassword());
  const issues = [...(parsed.error?.issues ?? []), ...(password.error?.issues.map((issue) => ({ ...issue, path: ['password'] })) ?? [])];
  if (!parsed.success || !password.success) throw new UsageError(issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '));
  const environment = parseEnvironment(process.env);

  const user = await withDatabase(environment, async (databaseUrl) => {
    await runMigrations(databaseUrl); // a fresh install may not have started yet
    const database = createDatabase(databaseUrl, { maxConnections: 1 });
    try {
      const publicUrl = environment.PUBLIC_URL ?? `http://localhost:${environment.PORT || 3000}`;
      const ctx = { db: database.db, actor: systemActor('admin:create'), ip: null, now: () => new Date(), publicUrl };
      return await createStaffAccount({ ctx, input: { ...parsed.data, password: password.data } });
    } finally {
      await database.close();
    }
  });
  return `Admin account ${user.email} created; sign in at the web client, where you set up your authenticator app (a second factor is required for admins).`;
});
