/** The home page is the quality dashboard (admin/src/dashboard). */
export { Dashboard } from '../dashboard';
