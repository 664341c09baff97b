import { useState } from 'preact/hooks';
import { pickText, regions, staffRoles, type organisationAdminSchema, type RegionCode } from '@kopir/shared';
import type { z } from 'zod';
import { send } from '../api/client.ts';
import { endpoints } from '../api/endpoints.ts';
import { useApi } from '../api/use-api.ts';
import { FormError, SelectField, TextField, useFieldError } from '../components/form.tsx';
import { Loaded } from '../components/load-state.tsx';
import { RegionSelect } from '../components/region-select.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useAbilities, useSession } from '../session/session.tsx';

type Organisation = z.infer<typeof organisationAdminSchema>;
type Filter = 'unverified' | 'verified' | 'all';

function OrganisationRow({ organisation, onChanged }: { organisation: Organisation; onChanged: () => void }) {
  const { t, locale } = useI18n();
  const fieldError = useFieldError();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<unknown>();
  const decide = async (verified: boolean) => {
    setProblem(undefined);
    try {
      await send(endpoints.admin.setVerification(organisation.id, { verified, reason }));
      onChanged();
    } catch (error) {
      setProblem(error);
    }
  };
  return (
    <li class="card admin-organisation" data-organisation={organisation.id}>
      <strong>{pickText(organisation.name, locale)}</strong>
      <span>
        {t(`kind.${organisation.kind}`)} · {regions.find((region) => region.code === organisation.regionCode)?.labels[locale]}
        {organisation.bin && ` · ${organisation.bin}`} · {t('admin.members', { count: organisation.memberCount })}
      </span>
      <span class="badge" data-verified={String(organisation.verified)}>
        {t(organisation.verified ? 'org.verified' : 'org.notVerified')}
      </span>
      <div class="inline-form">
        <TextField
          label={t('field.reason')}
          name="reason"
          value={reason}
          onInput={(event) => setReason(event.currentTarget.value)}
          error={fieldError(problem, 'body.reason')}
        />
        <button type="button" class={organisation.verified ? '' : 'primary'} onClick={() => decide(!organisation.verified)}>
          {t(organisation.verified ? 'admin.unverify' : 'admin.verify')}
        </button>
      </div>
    </li>
  );
}

function CreateStaffAccount() {
  const { t } = useI18n();
  const fieldError = useFieldError();
  const [role, setRole] = useState<(typeof staffRoles)[number]>('ministry');
  const [regionCode, setRegionCode] = useState('');
  const [problem, setProblem] = useState<unknown>();
  const [created, setCreated] = useState<string | undefined>();
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const formElement = event.currentTarget as HTMLFormElement;
    const form = new FormData(formElement);
    setProblem(undefined);
    try {
      const user = await send(
        endpoints.admin.createStaffAccount({
          email: String(form.get('email')),
          fullName: String(form.get('fullName')),
          role,
          ...(role === 'region' && { regionCode: regionCode as RegionCode }),
        }),
      );
      setCreated(user.email);
      formElement.reset();
    } catch (error) {
      setProblem(error);
    }
  };
  return (
    <form noValidate onSubmit={submit} class="card">
      <h2>{t('admin.createAccount')}</h2>
      <SelectField label={t('field.accountRole')} name="role" value={role} onChange={(event) => setRole(event.currentTarget.value as typeof role)}>
        {staffRoles.map((option) => (
          <option value={option}>{t(`role.${option}`)}</option>
        ))}
      </SelectField>
      {role === 'region' && <RegionSelect value={regionCode} onChange={setRegionCode} error={fieldError(problem, 'body.regionCode')} />}
      <TextField label={t('field.fullName')} name="fullName" required error={fieldError(problem, 'body.fullName')} />
      <TextField label={t('field.email')} name="email" type="email" required error={fieldError(problem, 'body.email')} />
      <p class="hint">{t('admin.passwordByEmail')}</p>
      <FormError problem={problem} />
      <button type="submit" class="primary">
        {t('admin.create')}
      </button>
      {created && <p role="status">{t('admin.accountCreated', { email: created })}</p>}
    </form>
  );
}

/** People who asked to join an organisation without other proof: the admin checks their tie and decides. */
function JoinRequests() {
  const { t, locale } = useI18n();
  const requests = useApi(endpoints.admin.joinRequests());
  const [problem, setProblem] = useState<unknown>();
  const decide = (id: string, approve: boolean) => send(endpoints.admin.decideJoinRequest(id, { approve })).then(requests.retry, setProblem);
  return (
    <section class="card">
      <h2>{t('admin.joinRequests')}</h2>
      <Loaded resource={requests} empty={t('admin.none')} isEmpty={(list) => list.items.length === 0}>
        {({ items }) => (
          <ul class="admin-list">
            {items.map((request) => (
              <li data-join-request={request.id}>
                {request.fullName} · {request.email}
                {!request.emailVerified && ` · ${t('admin.emailNotVerified')}`} → {pickText(request.organisationName, locale)}{' '}
                <button type="button" class="primary" onClick={() => void decide(request.id, true)}>
                  {t('admin.approve')}
                </button>{' '}
                <button type="button" onClick={() => void decide(request.id, false)}>
                  {t('admin.reject')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </Loaded>
      <FormError problem={problem} />
    </section>
  );
}

/** For admins: organisations to verify, and the accounts only an admin may create. */
export function AdminPage() {
  const { t } = useI18n();
  const session = useSession();
  const [filter, setFilter] = useState<Filter>('unverified');
  const isAdmin = useAbilities()?.administer === true;
  const organisations = useApi(isAdmin ? endpoints.admin.organisations(filter === 'all' ? undefined : filter === 'verified') : undefined);

  if (session.state.status === 'loading') return <p>{t('common.loading')}</p>;
  if (!isAdmin) return <p>{t('admin.adminsOnly')}</p>;
  return (
    <section>
      <h1>{t('admin.heading')}</h1>
      <h2>{t('admin.organisations')}</h2>
      {/* biome-ignore lint/a11y/useSemanticElements: a toolbar of toggle buttons, not a form field set */}
      <div class="tabs" role="group">
        {(['unverified', 'verified', 'all'] as const).map((option) => (
          <button type="button" aria-pressed={filter === option} onClick={() => setFilter(option)}>
            {t(`admin.filter.${option}`)}
          </button>
        ))}
      </div>
      <Loaded resource={organisations} empty={t('admin.none')} isEmpty={(page) => page.items.length === 0}>
        {({ items }) => (
          <ul class="admin-list">
            {items.map((organisation) => (
              <OrganisationRow key={organisation.id} organisation={organisation} onChanged={organisations.retry} />
            ))}
          </ul>
        )}
      </Loaded>
      <JoinRequests />
      <CreateStaffAccount />
    </section>
  );
}
