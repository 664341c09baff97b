import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { FormError } from '../components/form.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { pathForStage, useSession } from '../session/session.tsx';

/** The page the confirmation email links to: confirms the address and signs the person in. */
export function VerifyEmailPage() {
  const { t } = useI18n();
  const { verifyEmail } = useSession();
  const { route, query } = useLocation();
  const [problem, setProblem] = useState<unknown>();
  useEffect(() => {
    if (!query.token) return;
    verifyEmail(query.token).then((stage) => route(pathForStage(stage), true), setProblem);
  }, [query.token]);
  return (
    <section class="narrow">
      <h1>{t('auth.verify.heading')}</h1>
      {problem ? <FormError problem={problem} /> : <p role="status">{t('auth.verify.working')}</p>}
    </section>
  );
}
