import { useState } from 'preact/hooks';
import { send } from '../api/client.ts';
import { endpoints } from '../api/endpoints.ts';
import { FormError, NewPasswordField, TextField, useFieldError } from '../components/form.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { linkFragment } from '../session/link-fragment.ts';

/**
 * Without a token: asks for the address and emails a reset link (the answer never says whether the
 * address has an account). With the token from that link, or from a new staff account's email: a
 * new password, then sign in.
 */
export function ResetPasswordPage() {
  const { t } = useI18n();
  const fieldError = useFieldError();
  const [query] = useState(linkFragment);
  const [problem, setProblem] = useState<unknown>();
  const [done, setDone] = useState(false);
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    setProblem(undefined);
    try {
      if (query.token) await send(endpoints.auth.setPassword({ token: query.token, password: String(form.get('password')) }));
      else await send(endpoints.auth.requestPasswordReset({ email: String(form.get('email')).trim() }));
      setDone(true);
    } catch (error) {
      setProblem(error);
    }
  };
  if (done) {
    return (
      <section class="narrow">
        <h1>{t('auth.reset.heading')}</h1>
        <p role="status">{t(query.token ? 'auth.reset.done' : 'auth.reset.sent')}</p>
        {query.token && <a href="/sign-in">{t('nav.signIn')}</a>}
      </section>
    );
  }
  return (
    <section class="narrow">
      <h1>{t('auth.reset.heading')}</h1>
      <form noValidate onSubmit={submit}>
        {query.token ? (
          <NewPasswordField label={t('auth.reset.newPassword')} problem={problem} />
        ) : (
          <TextField label={t('field.email')} name="email" type="email" autoComplete="username" required error={fieldError(problem, 'body.email')} />
        )}
        <FormError problem={problem} />
        <button type="submit" class="primary">
          {t(query.token ? 'auth.reset.save' : 'auth.reset.send')}
        </button>
      </form>
    </section>
  );
}
