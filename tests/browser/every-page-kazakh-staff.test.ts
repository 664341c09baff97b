import t from 'tap';
import { sweepEveryPage } from '../harness/language-sweep.ts';
import { serveTestApp } from '../harness/served-app.ts';

t.test('in Kazakh, on a desktop, every page for region officers, the ministry and admins says everything in Kazakh, its forms’ errors included', async (t) => {
  const { app, baseUrl } = await serveTestApp(t, { searchOutboxWorker: true });
  await sweepEveryPage(t, app, baseUrl, 'kk', { width: 1280, height: 900 }, ['region', 'ministry', 'admin']);
});
