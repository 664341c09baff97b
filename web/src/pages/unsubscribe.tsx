import { useEffect, useState } from 'preact/hooks';
import { send } from '../api/client.ts';
import { endpoints } from '../api/endpoints.ts';
import { FormError } from '../components/form.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { linkFragment } from '../session/link-fragment.ts';

/** Where a digest email's unsubscribe link leads: turns the digests off at once, without signing in, and says so. */
export function UnsubscribePage() {
  const { t } = useI18n();
  const [token] = useState(() => linkFragment().token ?? '');
  const [state, setState] = useState<'working' | 'done'>('working');
  const [problem, setProblem] = useState<unknown>();
  useEffect(() => {
    send(endpoints.unsubscribe(token)).then(() => setState('done'), setProblem);
  }, [token]);
  return (
    <section class="narrow">
      <h1>{t('unsubscribe.heading')}</h1>
      {problem ? <FormError problem={problem} /> : <p role="status">{t(state === 'done' ? 'unsubscribe.done' : 'unsubscribe.working')}</p>}
      <a href="/my/saved-searches">{t('unsubscribe.manage')}</a>
    </section>
  );
}
