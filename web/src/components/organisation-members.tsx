import { useState } from 'preact/hooks';
import { send } from '../api/client.ts';
import { endpoints } from '../api/endpoints.ts';
import { useApi } from '../api/use-api.ts';
import { FormError, TextField, useFieldError } from './form.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { Loaded } from './load-state.tsx';

/** Who belongs to my organisation and how each joined; remove someone; invite a colleague by email. */
export function OrganisationMembers({ organisationId, myId }: { organisationId: string; myId: string }) {
  const { t } = useI18n();
  const fieldError = useFieldError();
  const members = useApi(endpoints.members(organisationId));
  const [problem, setProblem] = useState<unknown>();
  const [invited, setInvited] = useState<string | undefined>();

  const revoke = async (userId: string) => {
    setProblem(undefined);
    await send(endpoints.removeMember(organisationId, userId)).then(members.retry, setProblem);
  };
  const invite = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const email = String(new FormData(form).get('email')).trim();
    setProblem(undefined);
    try {
      await send(endpoints.invite(organisationId, { email }));
      setInvited(email);
      form.reset();
    } catch (error) {
      setProblem(error);
    }
  };

  return (
    <section class="card members" aria-labelledby="members-heading">
      <h2 id="members-heading">{t('members.heading')}</h2>
      <Loaded resource={members}>
        {({ items }) => (
          <ul>
            {items.map((member) => (
              <li data-member={member.userId}>
                <span>
                  {member.fullName} · {member.email}
                </span>{' '}
                <small>
                  {t(`members.via.${member.via}`)}
                  {member.status === 'pending' && ` · ${t('members.pending')}`}
                </small>{' '}
                {member.userId !== myId && (
                  <button type="button" onClick={() => void revoke(member.userId)}>
                    {t('members.revoke')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </Loaded>
      <form noValidate onSubmit={invite} class="inline-form">
        <TextField label={t('members.inviteEmail')} name="email" type="email" required error={fieldError(problem, 'body.email')} />
        <button type="submit">{t('members.invite')}</button>
      </form>
      {invited && <p role="status">{t('members.invited', { email: invited })}</p>}
      <FormError problem={problem} />
    </section>
  );
}
