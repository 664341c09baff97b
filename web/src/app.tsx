import { LocationProvider, Route, Router } from 'preact-iso';
import { Layout } from './components/layout.tsx';
import { I18nProvider } from './i18n/i18n.tsx';
import { HomePage } from './pages/home.tsx';
import { NotFoundPage } from './pages/not-found.tsx';
import { AdminPage } from './pages/admin.tsx';
import { ProfilePage } from './pages/profile.tsx';
import { SignInPage } from './pages/sign-in.tsx';
import { SignUpPage } from './pages/sign-up.tsx';
import { StatusPage } from './pages/status.tsx';
import { SessionProvider } from './session/session.tsx';

export function App() {
  return (
    <I18nProvider>
      <SessionProvider>
        <LocationProvider>
        <Layout>
          <Router>
            <Route path="/" component={HomePage} />
            <Route path="/status" component={StatusPage} />
            <Route path="/sign-in" component={SignInPage} />
            <Route path="/sign-up" component={SignUpPage} />
            <Route path="/profile" component={ProfilePage} />
            <Route path="/admin" component={AdminPage} />
            <Route default component={NotFoundPage} />
          </Router>
        </Layout>
        </LocationProvider>
      </SessionProvider>
    </I18nProvider>
  );
}
