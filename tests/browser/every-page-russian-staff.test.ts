import t from 'tap';
import { sweepEveryPage } from '../harness/language-sweep.ts';
import { serveTestApp } from '../harness/served-app.ts';

t.test(
  'in Russian, on a 390 px phone, every page for region officers, the ministry and admins says everything in Russian and fits, its forms’ errors included',
  async (t) => {
    const { app, baseUrl } = await serveTestApp(t, { searchOutboxWorker: true });
    await sweepEveryPage(t, app, baseUrl, 'ru', { width: 390, height: 844 }, ['region', 'ministry', 'admin']);
  },
);
