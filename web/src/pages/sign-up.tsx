import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { organisationKindsFor, pickText, type OrganisationKind, type OrganisationPublic, type RegionCode, type RegisterRequest } from '@kopir/shared';
import { send } from '../api/client.ts';
import { endpoints } from '../api/endpoints.ts';
import { FormError, NewPasswordField, SelectField, TextField, UserMessage, useFieldError } from '../components/form.tsx';
import { RegionSelect } from '../components/region-select.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useSession } from '../session/session.tsx';
import { useTaxonomy } from '../taxonomy/taxonomy.tsx';
import { linkFragment } from '../session/link-fragment.ts';

type Role = RegisterRequest['role'];

/** Organisations of the kinds `role` may join whose name contains `query`. */
function useOrganisationSearch(role: Role, query: string) {
  const [found, setFound] = useState<OrganisationPublic[]>([]);
  const [problem, setProblem] = useState<unknown>();
  useEffect(() => {
    setProblem(undefined);
    if (query.trim().length < 2) return setFound([]);
    let current = true;
    const timer = setTimeout(() => {
      Promise.all(organisationKindsFor[role].map((kind) => send(endpoints.findOrganisations(query.trim(), kind)))).then(
        (lists) => current && setFound(lists.flatMap((list) => list.items)),
        (error: unknown) => current && setProblem(error),
      );
    }, 200);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [role, query]);
  return { found, problem };
}

export function SignUpPage() {
  const { t, locale } = useI18n();
  const fieldError = useFieldError();
  const { register } = useSession();
  const { regionLabel } = useTaxonomy();
  const { route } = useLocation();
  const [params] = useState(linkFragment);
  // An emailed invitation opens this page with its token and the organisation it is to.
  const invitation = params.invitation;
  const [role, setRole] = useState<Role>('researcher');
  const [mode, setMode] = useState<'join' | 'create'>('join');
  const [sent, setSent] = useState(false);
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<string | undefined>(params.organisation);
  const [kind, setKind] = useState<OrganisationKind>('university');
  const [regionCode, setRegionCode] = useState('');
  const [problem, setProblem] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const { found, problem: searchProblem } = useOrganisationSearch(role, query);

  const chooseRole = (next: Role) => {
    setRole(next);
    setKind(organisationKindsFor[next][0]!);
    setChosen(invitation ? params.organisation : undefined);
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const text = (name: string) => String(form.get(name) ?? '').trim() || undefined;
    if (mode === 'join' && !chosen) return setProblem(new UserMessage(t('auth.organisation.choose')));
    const organisation: RegisterRequest['organisation'] =
      mode === 'join'
        ? { id: chosen! }
        : {
            create: {
              kind,
              name: { kk: text('nameKk'), ru: text('nameRu'), en: text('nameEn') },
              regionCode: regionCode as RegionCode,
              city: text('city'),
              ...(kind === 'company' && { bin: text('bin') }),
            },
          };
    setBusy(true);
    setProblem(undefined);
    try {
      const outcome = await register({
        email: text('email') ?? '',
        password: String(form.get('password')),
        fullName: text('fullName') ?? '',
        role,
        locale,
        organisation,
        ...(invitation && { invitation }),
      });
      if (outcome === 'signed_in') route('/profile');
      else setSent(true);
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(false);
    }
  };

  if (sent) {
    return (
      <section class="narrow">
        <h1>{t('auth.signUp.checkEmail.heading')}</h1>
        <p role="status" class="check-email">
          {t('auth.signUp.checkEmail.text')}
        </p>
      </section>
    );
  }

  return (
    <section class="narrow">
      <h1>{t('auth.signUp.heading')}</h1>
      {invitation && <p class="hint">{t('auth.signUp.invited')}</p>}
      <form noValidate onSubmit={submit}>
        <fieldset>
          <legend>{t('field.role')}</legend>
          {(['researcher', 'company'] as const).map((option) => (
            <label class="choice">
              <input type="radio" name="role" value={option} checked={role === option} onChange={() => chooseRole(option)} />
              {t(`role.${option}`)}
            </label>
          ))}
        </fieldset>
        <TextField label={t('field.fullName')} name="fullName" autoComplete="name" required error={fieldError(problem, 'body.fullName')} />
        <TextField label={t('field.email')} name="email" type="email" autoComplete="username" required error={fieldError(problem, 'body.email')} />
        <NewPasswordField label={t('field.password')} problem={problem} />

        <fieldset>
          <legend>{t('auth.organisation.heading')}</legend>
          {(['join', 'create'] as const).map((option) => (
            <label class="choice">
              <input type="radio" name="mode" value={option} checked={mode === option} onChange={() => setMode(option)} />
              {t(`auth.organisation.${option}`)}
            </label>
          ))}
          {invitation ? null : mode === 'join' ? (
            <div class="organisation-search">
              <TextField
                label={t('auth.organisation.search')}
                name="organisationQuery"
                value={query}
                onInput={(event) => setQuery(event.currentTarget.value)}
              />
              <FormError problem={searchProblem} />
              {query.trim().length >= 2 && !searchProblem && found.length === 0 && <p class="hint">{t('auth.organisation.noResults')}</p>}
              <ul class="picker">
                {found.map((organisation) => (
                  <li>
                    <label class="choice">
                      <input
                        type="radio"
                        name="organisationId"
                        value={organisation.id}
                        checked={chosen === organisation.id}
                        onChange={() => setChosen(organisation.id)}
                      />
                      {pickText(organisation.name, locale)}
                      {/* The region, named in the reader's language (the city is typed as the organisation wrote it). */}
                      <small> · {regionLabel(organisation.regionCode)}</small>
                    </label>
                  </li>
                ))}
              </ul>
            </div>
          ) : (
            <div class="organisation-create">
              <SelectField label={t('field.kind')} name="kind" value={kind} onChange={(event) => setKind(event.currentTarget.value as OrganisationKind)}>
                {organisationKindsFor[role].map((option) => (
                  <option value={option}>{t(`kind.${option}`)}</option>
                ))}
              </SelectField>
              <p class="hint">{t('field.nameHint')}</p>
              <TextField label={t('field.nameKk')} name="nameKk" lang="kk" />
              <TextField label={t('field.nameRu')} name="nameRu" lang="ru" />
              <TextField label={t('field.nameEn')} name="nameEn" lang="en" error={fieldError(problem, 'body.organisation.create.name')} />
              <RegionSelect value={regionCode} onChange={setRegionCode} error={fieldError(problem, 'body.organisation.create.regionCode')} />
              <TextField label={t('field.city')} name="city" />
              {kind === 'company' && (
                <TextField
                  label={t('field.bin')}
                  name="bin"
                  inputMode="numeric"
                  pattern="\d{12}"
                  required
                  error={fieldError(problem, 'body.organisation.create.bin')}
                />
              )}
            </div>
          )}
        </fieldset>
        <FormError problem={problem} />
        <button type="submit" class="primary" disabled={busy}>
          {t('auth.signUp.submit')}
        </button>
      </form>
      <p>
        <a href="/sign-in">{t('auth.signUp.haveAccount')}</a>
      </p>
    </section>
  );
}
