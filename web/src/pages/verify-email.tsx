import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { FormError, TextField, useFieldError } from '../components/form.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { linkFragment } from '../session/link-fragment.ts';
import { pathForStage, useSession } from '../session/session.tsx';

/**
 * The page the confirmation email links to: with the account's password (so that only the person
 * who registered can complete it), it confirms the address and signs the person in.
 */
export function VerifyEmailPage() {
  const { t } = useI18n();
  const fieldError = useFieldError();
  const { verifyEmail } = useSession();
  const { route } = useLocation();
  const [{ token }] = useState(linkFragment);
  const [problem, setProblem] = useState<unknown>();
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setProblem(undefined);
    try {
      route(pathForStage(await verifyEmail(token ?? '', String(new FormData(event.currentTarget as HTMLFormElement).get('password')))), true);
    } catch (error) {
      setProblem(error);
    }
  };
  return (
    <section class="narrow">
      <h1>{t('auth.verify.heading')}</h1>
      <p>{t('auth.verify.text')}</p>
      <form noValidate onSubmit={submit}>
        <TextField
          label={t('field.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          error={fieldError(problem, 'body.password')}
        />
        <FormError problem={problem} />
        <button type="submit" class="primary">
          {t('auth.verify.submit')}
        </button>
      </form>
    </section>
  );
}
