import t from 'tap';
import { createDatabase } from '@kopir/db';
import { createTestDatabase } from '../harness/test-app.ts';

// postgres.js 3.4.9 defers small writes with setImmediate; on a connection whose backend died it
// then wrote to a socket it had already dropped, and the TypeError, thrown from a timer, ended the
// process (porsager/postgres#1208). patches/postgres@3.4.9.patch settles the query instead. Without
// the patch this file's process dies here, and the test fails.
t.test('a query on a connection whose backend was terminated is rejected; the process lives on', async (t) => {
  const url = await createTestDatabase(t);
  const { sql, close } = createDatabase(url, { maxConnections: 2, applicationName: 'kopir-driver-test' });
  const admin = createDatabase(url, { maxConnections: 1 });
  t.teardown(async () => {
    await close();
    await admin.close();
  });
  const reserved = await sql.reserve();
  const [row] = await reserved<{ pid: number }[]>`select pg_backend_pid() as pid`;
  await admin.sql`select pg_terminate_backend(${row!.pid})`;
  await new Promise((resolve) => setTimeout(resolve, 200));
  for (let attempt = 1; attempt <= 3; attempt++) {
    await t.rejects(reserved`select 1`, { code: 'CONNECTION_CLOSED' }, `attempt ${attempt} is rejected with CONNECTION_CLOSED`);
  }
  reserved.release();
  const outcomes: string[] = [];
  for (let i = 0; i < 4; i++)
    outcomes.push(
      await sql`select 1 as one`.then(
        () => 'ok',
        (error: { code?: string }) => error.code ?? 'error',
      ),
    );
  // The released connection goes back to the pool once more, refuses one query (a 503 for one
  // request), and is replaced.
  t.same(outcomes.slice(1), ['ok', 'ok', 'ok'], `the pool recovers: after at most one refused query, queries answer (${outcomes.join(' ')})`);
});
