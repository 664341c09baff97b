import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { FormError, TextField, useFieldError } from '../components/form.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { pathForStage, useSession } from '../session/session.tsx';

export function SignInPage() {
  const { t } = useI18n();
  const fieldError = useFieldError();
  const { signIn } = useSession();
  const { route } = useLocation();
  const [problem, setProblem] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    setBusy(true);
    setProblem(undefined);
    try {
      route(pathForStage(await signIn(String(form.get('email')), String(form.get('password')))));
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="narrow">
      <h1>{t('auth.signIn.heading')}</h1>
      <form noValidate onSubmit={submit}>
        <TextField label={t('field.email')} name="email" type="email" autoComplete="username" required error={fieldError(problem, 'body.email')} />
        <TextField
          label={t('field.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          error={fieldError(problem, 'body.password')}
        />
        <FormError problem={problem} />
        <button type="submit" class="primary" disabled={busy}>
          {t('auth.signIn.submit')}
        </button>
      </form>
      <p>
        <a href="/reset-password">{t('auth.reset.forgot')}</a>
      </p>
      <p>
        <a href="/sign-up">{t('auth.signIn.noAccount')}</a>
      </p>
    </section>
  );
}
