import { useState } from 'preact/hooks';
import { locales, organisationKindsFor, pickText, regions, type Locale } from '@kopir/shared';
import { send } from '../api/client.ts';
import { endpoints } from '../api/endpoints.ts';
import { FormError, SelectField, TextField, useFieldError } from '../components/form.tsx';
import { localeNames, useI18n } from '../i18n/i18n.tsx';
import { useSession } from '../session/session.tsx';
import { OrganisationMembers } from '../components/organisation-members.tsx';
import { NextStep } from '../components/next-step.tsx';

/** The signed-in person: name and language to edit, role, and the organisation with its verification. */
export function ProfilePage() {
  const { t, locale, setLocale } = useI18n();
  const fieldError = useFieldError();
  const session = useSession();
  const [problem, setProblem] = useState<unknown>();
  const [saved, setSaved] = useState(false);
  const [resent, setResent] = useState(false);

  if (session.state.status === 'loading') return <p>{t('common.loading')}</p>;
  if (session.state.status === 'anonymous')
    return (
      <p>
        <a href="/sign-in">{t('profile.signInFirst')}</a>
      </p>
    );
  const { user, organisation } = session.state.me;
  const { stage } = session.state;
  const resend = () => send(endpoints.auth.resendVerification()).then(() => setResent(true), setProblem);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const chosenLocale = String(form.get('locale')) as Locale;
    setSaved(false);
    setProblem(undefined);
    try {
      await send(endpoints.updateMe({ fullName: String(form.get('fullName')), locale: chosenLocale }));
      await session.reload();
      setLocale(chosenLocale);
      setSaved(true);
    } catch (error) {
      setProblem(error);
    }
  };

  return (
    <section class="narrow">
      <h1>{t('profile.heading')}</h1>
      <p class="profile-role">
        {user.email} · {t(`role.${user.role}`)}
      </p>
      {stage === 'verify_email' && (
        <p class="notice verify-email" role="status">
          {t('profile.verifyEmail')}{' '}
          <button type="button" onClick={() => void resend()}>
            {t('profile.resend')}
          </button>
          {resent && ` ${t('profile.resent')}`}
        </p>
      )}
      {stage === 'complete' && !organisation && Object.hasOwn(organisationKindsFor, user.role) && <p class="notice join-pending">{t('profile.joinPending')}</p>}
      {stage !== 'complete' && stage !== 'verify_email' && (
        <p class="notice">
          <a href="/second-factor">{t('profile.secondFactorNeeded')}</a>
        </p>
      )}
      {organisation && stage === 'complete' && <NextStep />}
      {organisation && (
        <article class="card organisation-card">
          <h2>{t('profile.organisation')}</h2>
          <p class="organisation-name">{pickText(organisation.name, locale)}</p>
          <p>
            {t(`kind.${organisation.kind}`)} · {regions.find((region) => region.code === organisation.regionCode)?.labels[locale]}
          </p>
          <p class="badge" data-verified={String(organisation.verified)}>
            {t(organisation.verified ? 'org.verified' : 'org.notVerified')}
          </p>
        </article>
      )}
      {organisation && stage === 'complete' && <OrganisationMembers organisationId={organisation.id} myId={user.id} />}
      <form noValidate onSubmit={submit}>
        <TextField label={t('field.fullName')} name="fullName" value={user.fullName} required error={fieldError(problem, 'body.fullName')} />
        <SelectField label={t('field.language')} name="locale" value={user.locale}>
          {locales.map((option) => (
            <option value={option}>{localeNames[option]}</option>
          ))}
        </SelectField>
        <FormError problem={problem} />
        <button type="submit" class="primary">
          {t('profile.save')}
        </button>
        {saved && <span role="status"> {t('profile.saved')}</span>}
      </form>
    </section>
  );
}
