import { Route } from 'react-router-dom';
import { Admin, Resource } from 'react-admin';
import agencies from './agencies';
import apiKeys from './api-keys';
import auditEntries from './audit';
import calendarDays from './calendar';
import applications from './applications';
import complaints from './complaints';
import legalActs from './legal-acts';
import serviceStandards from './service-standards';
import users from './users';
import surveys from './surveys';
import { StandardCompare } from './service-standards/compare/StandardCompare';
import { buildAuthProvider } from './auth/authProvider';
import { LoginPage } from './auth/LoginPage';
import { buildDataProvider } from './dataProvider';
import { hasOperation } from './dataProvider/operations';
import { i18nProvider } from './i18n';
import { Dashboard } from './layout/Dashboard';
import { Layout } from './layout/Layout';

const dataProvider = buildDataProvider('/graphql');

/**
 * Sign-in needs the server's `login` / `me` (the access module). A schema without them is a
 * server with no access control: the console then runs without a login page.
 */
const authProvider = hasOperation('query', 'me') && hasOperation('mutation', 'login') ? buildAuthProvider(dataProvider) : undefined;

export const App = () => (
  <Admin
    title="Qyzmet"
    dataProvider={dataProvider}
    authProvider={authProvider}
    loginPage={LoginPage}
    i18nProvider={i18nProvider}
    layout={Layout}
    dashboard={Dashboard}
    requireAuth={Boolean(authProvider)}
    disableTelemetry
  >
    <Resource name="service-standards" {...serviceStandards}>
      <Route path=":id/compare" element={<StandardCompare />} />
    </Resource>
    <Resource name="legal-acts" {...legalActs} />
    <Resource name="agencies" {...agencies} />
    <Resource name="calendar-days" {...calendarDays} />
    <Resource name="applications" {...applications} />
    <Resource name="complaints" {...complaints} />
    <Resource name="survey-responses" {...surveys} />
    {/* Users and API keys: superadmins only; the audit log: superadmins and analysts (auth/permissions.ts). */}
    <Resource name="users" {...users} />
    <Resource name="api-keys" {...apiKeys} />
    <Resource name="audit-entries" {...auditEntries} />
  </Admin>
);
