import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { secondFactorSetupSchema } from '@kopir/shared';
import type { z } from 'zod';
import { send } from '../api/client.ts';
import { endpoints } from '../api/endpoints.ts';
import { FormError, TextField, useFieldError } from '../components/form.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useSession } from '../session/session.tsx';

/**
 * Two-step sign-in: the code from the authenticator app (or a recovery code) finishes a sign-in;
 * an account that must have one and has none sets it up here, and sees its recovery codes once.
 */
export function SecondFactorPage() {
  const { t } = useI18n();
  const fieldError = useFieldError();
  const session = useSession();
  const { route } = useLocation();
  const [problem, setProblem] = useState<unknown>();
  const [setup, setSetup] = useState<z.infer<typeof secondFactorSetupSchema> | undefined>();
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | undefined>();
  const [useRecovery, setUseRecovery] = useState(false);

  if (session.state.status !== 'signed-in')
    return (
      <p>
        <a href="/sign-in">{t('profile.signInFirst')}</a>
      </p>
    );
  const { stage } = session.state;

  const run = async (action: () => Promise<void>) => {
    setProblem(undefined);
    try {
      await action();
    } catch (error) {
      setProblem(error);
    }
  };
  const codeOf = (event: SubmitEvent) => String(new FormData(event.currentTarget as HTMLFormElement).get('code')).trim();

  if (recoveryCodes) {
    return (
      <section class="narrow">
        <h1>{t('secondFactor.recovery.heading')}</h1>
        <p>{t('secondFactor.recovery.text')}</p>
        <ul class="recovery-codes">
          {recoveryCodes.map((code) => (
            <li>
              <code>{code}</code>
            </li>
          ))}
        </ul>
        <button type="button" class="primary" onClick={() => void session.secondFactorGiven().then(() => route('/profile'))}>
          {t('secondFactor.recovery.continue')}
        </button>
      </section>
    );
  }

  if (stage === 'second_factor_setup' || setup) {
    return (
      <section class="narrow">
        <h1>{t('secondFactor.setup.heading')}</h1>
        <p>{t('secondFactor.setup.text')}</p>
        {setup ? (
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              const code = codeOf(event);
              void run(async () => setRecoveryCodes((await send(endpoints.auth.enableSecondFactor({ code }))).recoveryCodes));
            }}
          >
            <p>
              {t('secondFactor.setup.key')} <code class="totp-secret">{setup.secret}</code>
            </p>
            <p class="hint">
              <a href={setup.otpauthUri}>{t('secondFactor.setup.openApp')}</a>
            </p>
            <TextField
              label={t('secondFactor.code')}
              name="code"
              inputMode="numeric"
              autoComplete="one-time-code"
              required
              error={fieldError(problem, 'body.code')}
            />
            <FormError problem={problem} />
            <button type="submit" class="primary">
              {t('secondFactor.setup.enable')}
            </button>
          </form>
        ) : (
          <>
            <FormError problem={problem} />
            <button type="button" class="primary" onClick={() => void run(async () => setSetup(await send(endpoints.auth.startSecondFactorSetup())))}>
              {t('secondFactor.setup.start')}
            </button>
          </>
        )}
      </section>
    );
  }

  return (
    <section class="narrow">
      <h1>{t('secondFactor.verify.heading')}</h1>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const code = codeOf(event);
          void run(async () => {
            await send(endpoints.auth.giveSecondFactor(useRecovery ? { recoveryCode: code } : { code }));
            await session.secondFactorGiven();
            route('/profile');
          });
        }}
      >
        <TextField
          label={t(useRecovery ? 'secondFactor.recoveryCode' : 'secondFactor.code')}
          name="code"
          inputMode={useRecovery ? 'text' : 'numeric'}
          autoComplete="one-time-code"
          required
          error={fieldError(problem, useRecovery ? 'body.recoveryCode' : 'body.code')}
        />
        <FormError problem={problem} />
        <button type="submit" class="primary">
          {t('secondFactor.verify.submit')}
        </button>
      </form>
      <p>
        <button type="button" class="link" onClick={() => setUseRecovery(!useRecovery)}>
          {t(useRecovery ? 'secondFactor.useCode' : 'secondFactor.useRecovery')}
        </button>
      </p>
    </section>
  );
}
