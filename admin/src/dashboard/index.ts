/** The console's home page: the quality dashboard. */
export { Dashboard } from './Dashboard';
