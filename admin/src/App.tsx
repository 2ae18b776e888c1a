import { Admin, Resource } from 'react-admin';
import agencies from './agencies';
import { buildDataProvider } from './dataProvider';
import { i18nProvider } from './i18n';
import { Dashboard } from './layout/Dashboard';
import { Layout } from './layout/Layout';

const dataProvider = buildDataProvider('/graphql');

export const App = () => (
  <Admin
    title="Qyzmet"
    dataProvider={dataProvider}
    i18nProvider={i18nProvider}
    layout={Layout}
    dashboard={Dashboard}
    disableTelemetry
  >
    <Resource name="agencies" {...agencies} />
  </Admin>
);
