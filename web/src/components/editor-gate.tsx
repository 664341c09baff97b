import type { ComponentChildren } from 'preact';
import { useI18n, type MessageKey } from '../i18n/i18n.tsx';
import { useAbilities, useSession } from '../session/session.tsx';

/**
 * What an editor shows instead of its form to someone who could not save it: an invitation to
 * sign in (or create an account) before typing anything, or a word on who may. Undefined when the
 * reader may edit, so the editor draws its form.
 */
export function useEditorGate(kind: 'labs' | 'needs', heading: MessageKey): ComponentChildren | undefined {
  const { t } = useI18n();
  const session = useSession();
  const can = useAbilities();
  const page = (children: ComponentChildren) => (
    <section class="narrow editor-gate">
      <h1>{t(heading)}</h1>
      {children}
    </section>
  );
  if (session.state.status === 'loading') return page(<p>{t('common.loading')}</p>);
  if (session.state.status === 'anonymous')
    return page(
      <>
        <p>{t(kind === 'labs' ? 'editor.signInForLab' : 'editor.signInForNeed')}</p>
        <p class="next-steps">
          <a class="button primary" href="/sign-in">
            {t('nav.signIn')}
          </a>
          <a class="button" href="/sign-up">
            {t('nav.signUp')}
          </a>
        </p>
      </>,
    );
  const allowed = kind === 'labs' ? can?.manageLabs : can?.manageNeeds;
  return allowed ? undefined : page(<p>{t(kind === 'labs' ? 'catalogue.onlyResearchers' : 'catalogue.onlyCompanies')}</p>);
}
