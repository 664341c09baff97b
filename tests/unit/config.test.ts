import t from 'tap';
import { ConfigError, parseEnvironment } from '@kopir/server';
import { LaunchError, locateMeilisearchBinary } from '@kopir/server/stack';

t.test('an empty environment gives the documented defaults', async (t) => {
  const env = parseEnvironment({});
  t.equal(env.PORT, 3000, 'PORT');
  t.equal(env.DATABASE_URL, undefined, 'no DATABASE_URL: embedded PostgreSQL');
  t.equal(env.MEILI_URL, undefined, 'no MEILI_URL: bundled Meilisearch');
  t.equal(env.DEMO_DATA, true, 'demo data on');
  t.equal(env.BODY_LIMIT_BYTES, 1_048_576, '1 MiB body limit');
  t.match(env.DATA_DIR, /\.data$/, 'data under .data/');
});

t.test('an empty variable counts as unset', async (t) => {
  t.equal(parseEnvironment({ DATABASE_URL: '', MEILI_URL: ' ' }).DATABASE_URL, undefined, 'DATABASE_URL=""');
});

t.test('a wrong value stops the start with a message naming the variable', async (t) => {
  const cases: [Record<string, string>, string][] = [
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL'],
    [{ MEILI_URL: 'localhost 7700' }, 'MEILI_URL'],
    [{ DEMO_DATA: 'maybe' }, 'DEMO_DATA'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ MEILI_INDEX_PREFIX: 'a b' }, 'MEILI_INDEX_PREFIX'],
  ];
  for (const [env, variable] of cases) {
    t.throws(() => parseEnvironment(env), ConfigError, `${JSON.stringify(env)} is refused`);
    try {
      parseEnvironment(env);
    } catch (error) {
      t.match((error as Error).message, new RegExp(`${variable}=`), `the message names ${variable}`);
    }
  }
});

t.test('every wrong variable is named at once, not one per attempt', async (t) => {
  t.throws(() => parseEnvironment({ PORT: 'x', LOG_LEVEL: 'y' }), { message: /PORT=.*LOG_LEVEL=/ }, 'both named');
});

t.test('no Meilisearch for this platform says what to do in one sentence', async (t) => {
  const nothing = { bundled: () => undefined, onPath: () => undefined };
  t.throws(() => locateMeilisearchBinary(undefined, '/tmp', nothing), LaunchError, 'a launch error');
  t.throws(() => locateMeilisearchBinary(undefined, '/tmp', nothing), { message: /set MEILI_BIN .* or set MEILI_URL/ }, 'names both ways out');
  t.throws(
    () => locateMeilisearchBinary('/no/such/meilisearch', '/tmp'),
    { message: /MEILI_BIN is set to \/no\/such\/meilisearch/ },
    'a wrong MEILI_BIN is named',
  );
  t.equal(
    locateMeilisearchBinary(undefined, '/tmp', { bundled: () => undefined, onPath: () => '/opt/meilisearch' }),
    '/opt/meilisearch',
    'PATH is the last resort',
  );
});
