import { lazy, LocationProvider, Route, Router } from 'preact-iso';
import { Layout } from './components/layout.tsx';
import { I18nProvider } from './i18n/i18n.tsx';
import { HomePage } from './pages/home.tsx';
import { NotFoundPage } from './pages/not-found.tsx';
import { AdminPage } from './pages/admin.tsx';
import { ProfilePage } from './pages/profile.tsx';
import { SignInPage } from './pages/sign-in.tsx';
import { SignUpPage } from './pages/sign-up.tsx';
import { VerifyEmailPage } from './pages/verify-email.tsx';
import { ResetPasswordPage } from './pages/reset-password.tsx';
import { SecondFactorPage } from './pages/second-factor.tsx';
import { StatusPage } from './pages/status.tsx';
import { SessionProvider } from './session/session.tsx';
import { CollaborationPage, CollaborationsPage } from './pages/collaboration.tsx';
import { LabEditorPage } from './pages/lab-editor.tsx';
import { NotificationsPage } from './pages/notifications.tsx';
import { MyCataloguePage } from './pages/my-catalogue.tsx';
import { NeedEditorPage } from './pages/need-editor.tsx';
import { SearchPage } from './pages/search.tsx';
import { LabPage } from './pages/lab.tsx';
import { NeedPage } from './pages/need.tsx';
import { OrganisationPage } from './pages/organisation.tsx';
import { ShortlistPage } from './pages/shortlist.tsx';
import { QuestionPage } from './pages/question.tsx';
import { QuestionsPage } from './pages/questions.tsx';
import { SavedSearchesPage } from './pages/saved-searches.tsx';
import { UnsubscribePage } from './pages/unsubscribe.tsx';
import { TaxonomyProvider } from './taxonomy/taxonomy.tsx';

// The pages with charts load on first visit, so Chart.js is not part of every page's download.
const DashboardPage = lazy(() => import('./pages/dashboard.tsx').then((page) => page.DashboardPage));
const ReportsPage = lazy(() => import('./pages/reports.tsx').then((page) => page.ReportsPage));
// A report page draws a chart, so it loads with Chart.js, like the dashboard.
const ReportPage = lazy(() => import('./pages/report.tsx').then((page) => page.ReportPage));
const OpenDataPage = lazy(() => import('./pages/open-data.tsx').then((page) => page.OpenDataPage));

export function App() {
  return (
    <I18nProvider>
      <SessionProvider>
        <TaxonomyProvider>
          <LocationProvider>
            <Layout>
              <Router>
                <Route path="/" component={HomePage} />
                <Route path="/status" component={StatusPage} />
                <Route path="/sign-in" component={SignInPage} />
                <Route path="/sign-up" component={SignUpPage} />
                <Route path="/profile" component={ProfilePage} />
                <Route path="/verify-email" component={VerifyEmailPage} />
                <Route path="/reset-password" component={ResetPasswordPage} />
                <Route path="/second-factor" component={SecondFactorPage} />
                <Route path="/admin" component={AdminPage} />
                <Route path="/labs" component={() => <SearchPage kind="labs" />} />
                <Route path="/labs/:id" component={LabPage} />
                <Route path="/needs" component={() => <SearchPage kind="needs" />} />
                <Route path="/needs/:id" component={NeedPage} />
                <Route path="/organisations/:id" component={OrganisationPage} />
                <Route path="/my/labs" component={() => <MyCataloguePage kind="labs" />} />
                <Route path="/my/labs/new" component={LabEditorPage} />
                <Route path="/my/labs/:id" component={LabEditorPage} />
                <Route path="/my/needs" component={() => <MyCataloguePage kind="needs" />} />
                <Route path="/my/needs/new" component={NeedEditorPage} />
                <Route path="/my/needs/:id" component={NeedEditorPage} />
                <Route path="/my/shortlist" component={ShortlistPage} />
                <Route path="/questions" component={QuestionsPage} />
                <Route path="/questions/:id" component={QuestionPage} />
                <Route path="/my/saved-searches" component={SavedSearchesPage} />
                <Route path="/unsubscribe" component={UnsubscribePage} />
                <Route path="/collaborations" component={CollaborationsPage} />
                <Route path="/notifications" component={NotificationsPage} />
                <Route path="/collaborations/:id" component={CollaborationPage} />
                <Route path="/dashboard" component={DashboardPage} />
                <Route path="/reports" component={ReportsPage} />
                <Route path="/reports/regions/:region/:year" component={ReportPage} />
                <Route path="/reports/national/:year" component={ReportPage} />
                <Route path="/open-data" component={OpenDataPage} />
                <Route default component={NotFoundPage} />
              </Router>
            </Layout>
          </LocationProvider>
        </TaxonomyProvider>
      </SessionProvider>
    </I18nProvider>
  );
}
