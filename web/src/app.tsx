import { LocationProvider, Route, Router } from 'preact-iso';
import { Layout } from './components/layout.tsx';
import { I18nProvider } from './i18n/i18n.tsx';
import { HomePage } from './pages/home.tsx';
import { NotFoundPage } from './pages/not-found.tsx';
import { StatusPage } from './pages/status.tsx';

export function App() {
  return (
    <I18nProvider>
      <LocationProvider>
        <Layout>
          <Router>
            <Route path="/" component={HomePage} />
            <Route path="/status" component={StatusPage} />
            <Route default component={NotFoundPage} />
          </Router>
        </Layout>
      </LocationProvider>
    </I18nProvider>
  );
}
