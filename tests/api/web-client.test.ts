import { fileURLToPath } from 'node:url';
import t from 'tap';
import { apiErrorSchema } from '@kopir/shared';
import { createTestApp } from '../harness/test-app.ts';

const webDistDir = fileURLToPath(new URL('../../web/dist', import.meta.url));

t.test('the API serves the built web client on its own origin', async (t) => {
  const app = await createTestApp(t, { webDistDir });

  const home = await app.inject({ method: 'GET', url: '/' });
  t.equal(home.statusCode, 200, 'the page');
  t.match(home.headers['content-type'], /text\/html/, 'as HTML');
  t.match(home.body, /<div id="app">/, 'the client shell');
  t.equal(home.headers['cache-control'], 'no-cache', 'the page is revalidated, so a deploy shows at once');

  const asset = home.body.match(/src="(\/assets\/[^"]+\.js)"/)?.[1];
  t.ok(asset, 'the page references a hashed script');
  const script = await app.inject({ method: 'GET', url: asset! });
  t.equal(script.statusCode, 200, 'the script is served');
  t.match(script.headers['cache-control'], /immutable/, 'hashed assets are cached for good');

  const deepLink = await app.inject({ method: 'GET', url: '/status' });
  t.equal(deepLink.statusCode, 200, 'a client route survives a reload');
  t.match(deepLink.body, /<div id="app">/, 'it gets the shell');
});

t.test('unknown API paths stay JSON 404s, never the web page', async (t) => {
  const app = await createTestApp(t, { webDistDir });
  for (const url of ['/api/v1/nothing', '/api', '/docs/nothing', '/ready/extra']) {
    const response = await app.inject({ method: 'GET', url });
    t.equal(response.statusCode, 404, `${url} is 404`);
    t.equal(apiErrorSchema.parse(response.json()).code, 'ROUTE_NOT_FOUND', `${url} answers the error shape`);
  }
});
