import type { ComponentChildren } from 'preact';
import { useLocation } from 'preact-iso';
import { useI18n, type MessageKey } from '../i18n/i18n.tsx';
import { useAbilities, useSession } from '../session/session.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { NotificationLink } from '../pages/notifications.tsx';

const navigation: { href: string; label: MessageKey }[] = [
  { href: '/', label: 'nav.home' },
  { href: '/labs', label: 'nav.labs' },
  { href: '/needs', label: 'nav.needs' },
  { href: '/open-data', label: 'nav.openData' },
  { href: '/status', label: 'nav.status' },
];

/** Header with the product name, navigation and language switch; footer; the page in between. */
export function Layout({ children }: { children: ComponentChildren }) {
  const { t } = useI18n();
  const { path, route } = useLocation();
  const session = useSession();
  const can = useAbilities();
  return (
    <>
      <header class="site-header">
        <a class="brand" href="/">
          <strong>{t('app.name')}</strong>
          <span class="tagline">{t('app.tagline')}</span>
        </a>
        <nav aria-label="main">
          {navigation.map((item) => (
            <a href={item.href} aria-current={path === item.href ? 'page' : undefined}>
              {t(item.label)}
            </a>
          ))}
          <a href="/docs" target="_blank" rel="noreferrer">
            {t('nav.apiDocs')}
          </a>
        </nav>
        <div class="account" data-session={session.state.status}>
          {can ? (
            <>
              <NotificationLink />
              <a href="/profile" aria-current={path === '/profile' ? 'page' : undefined}>
                {t('nav.profile')}
              </a>
              {can.manageLabs && <a href="/my/labs">{t('nav.myLabs')}</a>}
              {can.manageNeeds && <a href="/my/needs">{t('nav.myNeeds')}</a>}
              {can.seeCollaborations && <a href="/collaborations">{t('nav.collaborations')}</a>}
              {can.openDashboard && (
                <a href="/dashboard" aria-current={path === '/dashboard' ? 'page' : undefined}>
                  {t('nav.dashboard')}
                </a>
              )}
              {can.readReports && (
                <a href="/reports" aria-current={path.startsWith('/reports') ? 'page' : undefined}>
                  {t('nav.reports')}
                </a>
              )}
              {can.administer && (
                <a href="/admin" aria-current={path === '/admin' ? 'page' : undefined}>
                  {t('nav.admin')}
                </a>
              )}
              <button type="button" onClick={() => void session.signOut().then(() => route('/'))}>
                {t('nav.signOut')}
              </button>
            </>
          ) : (
            session.state.status === 'anonymous' && (
              <>
                <a href="/sign-in">{t('nav.signIn')}</a>
                <a href="/sign-up">{t('nav.signUp')}</a>
              </>
            )
          )}
        </div>
        <LanguageSwitch />
      </header>
      <main>{children}</main>
      <footer class="site-footer">{t('footer.note')}</footer>
    </>
  );
}
