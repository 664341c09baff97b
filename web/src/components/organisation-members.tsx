import { useCallback, useEffect, useState } from 'preact/hooks';
import { memberSchema } from '@kopir/shared';
import { z } from 'zod';
import { api } from '../api/client.ts';
import { fieldError, FormError, TextField } from './form.tsx';
import { useI18n } from '../i18n/i18n.tsx';

const memberList = z.object({ items: z.array(memberSchema) });

/** Who belongs to my organisation and how each joined; remove someone; invite a colleague by email. */
export function OrganisationMembers({ organisationId, myId }: { organisationId: string; myId: string }) {
  const { t } = useI18n();
  const [members, setMembers] = useState<z.infer<typeof memberSchema>[] | undefined>();
  const [problem, setProblem] = useState<unknown>();
  const [invited, setInvited] = useState<string | undefined>();
  const load = useCallback(
    () => api('GET', `/api/v1/organisations/${organisationId}/members`, memberList).then((list) => setMembers(list.items), setProblem),
    [organisationId],
  );
  useEffect(() => void load(), [load]);

  const revoke = async (userId: string) => {
    setProblem(undefined);
    await api('DELETE', `/api/v1/organisations/${organisationId}/members/${userId}`, null).then(load, setProblem);
  };
  const invite = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const email = String(new FormData(form).get('email')).trim();
    setProblem(undefined);
    try {
      await api('POST', `/api/v1/organisations/${organisationId}/invitations`, null, { email });
      setInvited(email);
      form.reset();
    } catch (error) {
      setProblem(error);
    }
  };

  return (
    <section class="card members" aria-labelledby="members-heading">
      <h2 id="members-heading">{t('members.heading')}</h2>
      {members === undefined ? (
        <p>{t('common.loading')}</p>
      ) : (
        <ul>
          {members.map((member) => (
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
      <form onSubmit={invite} class="inline-form">
        <TextField label={t('members.inviteEmail')} name="email" type="email" required error={fieldError(problem, 'body.email')} />
        <button type="submit">{t('members.invite')}</button>
      </form>
      {invited && <p role="status">{t('members.invited', { email: invited })}</p>}
      <FormError problem={problem} />
    </section>
  );
}
