import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useI18n, type MessageKey } from '../i18n/i18n.tsx';
import { useAbilities, useSession } from '../session/session.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { NotificationLink } from '../pages/notifications.tsx';
import { useRouteFocus } from './route-focus.ts';

const navigation: { href: string; label: MessageKey }[] = [
  { href: '/', label: 'nav.home' },
  { href: '/labs', label: 'nav.labs' },
  { href: '/needs', label: 'nav.needs' },
  { href: '/open-data', label: 'nav.openData' },
];

/**
 * Header with the product name, navigation and language switch (behind a menu button on narrow
 * screens); footer with the service links; the page in between, whose heading takes focus after
 * every route change.
 */
export function Layout({ children }: { children: ComponentChildren }) {
  const { t } = useI18n();
  const { path, route } = useLocation();
  const session = useSession();
  const can = useAbilities();
  const main = useRef<HTMLElement>(null);
  const menuButton = useRef<HTMLButtonElement>(null);
  const [menuOpen, setMenuOpen] = useState(false);
  useRouteFocus(main, path, t('app.name'));

  // Following a link closes the menu; Escape closes it and gives focus back to its button.
  useEffect(() => setMenuOpen(false), [path]);
  useEffect(() => {
    if (!menuOpen) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setMenuOpen(false);
      menuButton.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [menuOpen]);

  const current = (href: string, exact = true) => ((exact ? path === href : path.startsWith(href)) ? 'page' : undefined);
  return (
    <>
      {/* The browser follows the fragment itself (the router leaves #links alone) and focuses main. */}
      <a class="skip-link" href="#main">
        {t('a11y.skipToContent')}
      </a>
      <header class="site-header">
        <a class="brand" href="/">
          <strong>{t('app.name')}</strong>
          <span class="tagline">{t('app.tagline')}</span>
        </a>
        <button ref={menuButton} type="button" class="menu-button" aria-expanded={menuOpen} aria-controls="site-menu" onClick={() => setMenuOpen(!menuOpen)}>
          {t('nav.menu')}
        </button>
        <div id="site-menu" class="site-menu" data-open={menuOpen}>
          <nav aria-label={t('a11y.mainNavigation')}>
            {navigation.map((item) => (
              <a href={item.href} aria-current={current(item.href)}>
                {t(item.label)}
              </a>
            ))}
          </nav>
          <nav class="account" aria-label={t('a11y.accountNavigation')} data-session={session.state.status}>
            {can ? (
              <>
                <NotificationLink />
                <a href="/profile" aria-current={current('/profile')}>
                  {t('nav.profile')}
                </a>
                {can.manageLabs && (
                  <a href="/my/labs" aria-current={current('/my/labs', false)}>
                    {t('nav.myLabs')}
                  </a>
                )}
                {can.manageNeeds && (
                  <a href="/my/needs" aria-current={current('/my/needs', false)}>
                    {t('nav.myNeeds')}
                  </a>
                )}
                {can.keepShortlist && (
                  <a href="/my/shortlist" aria-current={current('/my/shortlist')}>
                    {t('nav.shortlist')}
                  </a>
                )}
                {can.converse && (
                  <a href="/questions" aria-current={current('/questions', false)}>
                    {t('nav.questions')}
                  </a>
                )}
                {can.keepSavedSearches && (
                  <a href="/my/saved-searches" aria-current={current('/my/saved-searches')}>
                    {t('nav.savedSearches')}
                  </a>
                )}
                {can.seeCollaborations && (
                  <a href="/collaborations" aria-current={current('/collaborations', false)}>
                    {t('nav.collaborations')}
                  </a>
                )}
                {can.openDashboard && (
                  <a href="/dashboard" aria-current={current('/dashboard')}>
                    {t('nav.dashboard')}
                  </a>
                )}
                {can.readReports && (
                  <a href="/reports" aria-current={current('/reports', false)}>
                    {t('nav.reports')}
                  </a>
                )}
                {can.administer && (
                  <a href="/admin" aria-current={current('/admin')}>
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
                  <a href="/sign-in" aria-current={current('/sign-in')}>
                    {t('nav.signIn')}
                  </a>
                  <a href="/sign-up" aria-current={current('/sign-up')}>
                    {t('nav.signUp')}
                  </a>
                </>
              )
            )}
          </nav>
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {children}
      </main>
      <footer class="site-footer">
        <nav aria-label={t('a11y.footerNavigation')}>
          <a href="/status" aria-current={current('/status')}>
            {t('nav.status')}
          </a>
          <a href="/docs" target="_blank" rel="noreferrer">
            {t('nav.apiDocs')}
          </a>
        </nav>
        <p>{t('footer.note')}</p>
      </footer>
    </>
  );
}
