/**
 * Sign-in over the server's GraphQL: `login(email, password)` sets an httpOnly session cookie,
 * `logout` ends it, `me` says who is calling (null when anonymous).
 *
 *  - checkAuth asks `me` (remembered for a minute, so page changes do not each cost a request);
 *  - checkError sends the user back to the login page when a request answers UNAUTHENTICATED
 *    (the data provider turns it into status 401; ra-data-graphql alone would say 200), e.g. when
 *    the session expired; FORBIDDEN (403) only shows its message;
 *  - getPermissions gives the roles, canAccess decides with them (permissions.ts), so react-admin
 *    hides menu entries and buttons the user may not use.
 */
import type { AuthProvider, UserIdentity } from 'react-admin';
import { HttpError } from 'react-admin';
import type { QyzmetDataProvider } from '../dataProvider';
import type { SparseField } from '../dataProvider/operations';
import { canAccess } from './permissions';

export interface Me {
  kind: string;
  actor: string;
  roles: string[];
  agencyId?: string | null;
  user?: { id: string; email?: string; displayName?: string } | null;
}

const ME_FIELDS: SparseField[] = ['kind', 'actor', 'roles', 'agencyId', { user: ['id', 'email', 'displayName'] }];
const ME_TTL_MS = 60_000;
const SESSION_ENDED = 'qyzmet.sessionEnded';

/**
 * Whether the last session ended by itself (expired, or ended on the server), for the login page
 * to say so (react-admin's own notice is skipped once the user is signed out); the next sign-in
 * clears it.
 */
export function sessionHasEnded(): boolean {
  return sessionStorage.getItem(SESSION_ENDED) === '1';
}

const isUnauthenticated = (error: unknown) => error instanceof HttpError && error.status === 401;

export function buildAuthProvider(dataProvider: QyzmetDataProvider): AuthProvider {
  let cached: { me: Promise<Me | null>; at: number } | undefined;
  /** Whether someone was signed in: a failed check then means the session ended. */
  let signedIn = false;

  const loadMe = (): Promise<Me | null> => {
    if (!cached || Date.now() - cached.at > ME_TTL_MS) {
      const me = dataProvider.query<Me | null>('me', {}, { sparseFields: ME_FIELDS }).then(({ data }) => data);
      cached = { me, at: Date.now() };
      me.catch(() => { cached = undefined; });
    }
    return cached.me;
  };
  const forget = () => { cached = undefined; };
  /** The server no longer knows the session: back to the login page, which says why if someone was signed in. */
  const sessionEnded = () => {
    if (signedIn) sessionStorage.setItem(SESSION_ENDED, '1');
    signedIn = false;
    forget();
  };
  const roles = async () => {
    try {
      return (await loadMe())?.roles ?? [];
    } catch {
      return [];
    }
  };

  return {
    async login(params: { email?: string; username?: string; password?: string }) {
      forget();
      sessionStorage.removeItem(SESSION_ENDED);
      try {
        await dataProvider.mutate('login', { email: (params.email ?? params.username ?? '').trim(), password: params.password ?? '' }, { sparseFields: ['id'] });
      } catch (error) {
        throw new Error(isUnauthenticated(error) ? 'ra.auth.sign_in_error' : (error as Error).message);
      }
      signedIn = true;
    },

    async logout() {
      const wasSignedIn = signedIn;
      signedIn = false;
      forget();
      if (wasSignedIn) await dataProvider.mutate('logout').catch(() => undefined);
    },

    async checkAuth() {
      const me = await loadMe().catch(() => null);
      if (me?.kind === 'user') {
        signedIn = true;
        return;
      }
      sessionEnded();
      throw { redirectTo: '/login', message: false };
    },

    async checkError(error) {
      if (!isUnauthenticated(error)) return;
      sessionEnded();
      throw { redirectTo: '/login', message: false, logoutUser: true };
    },

    async getPermissions() {
      return roles();
    },

    async getIdentity(): Promise<UserIdentity> {
      const me = await loadMe();
      if (!me) throw new Error('ra.auth.auth_check_error');
      return { id: me.user?.id ?? me.actor, fullName: me.user?.displayName || me.user?.email || me.actor };
    },

    async canAccess(params) {
      return canAccess(await roles(), params);
    },
  };
}
