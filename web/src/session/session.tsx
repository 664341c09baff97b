import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { AccountStage, Me, RegisterRequest, Session } from '@kopir/shared';
import { send, useTokens } from '../api/client.ts';
import { endpoints } from '../api/endpoints.ts';
import { useI18n } from '../i18n/i18n.tsx';

type State = { status: 'loading' } | { status: 'anonymous' } | { status: 'signed-in'; me: Me; stage: AccountStage };

interface SessionApi {
  state: State;
  /** Signs in; answers what the account still needs (a second factor, a confirmed address) or `complete`. */
  signIn(email: string, password: string): Promise<AccountStage>;
  /** Registers; `verification_sent` unless an invitation signed the person in at once. */
  register(request: RegisterRequest): Promise<'verification_sent' | 'signed_in'>;
  /** Follows the emailed confirmation link: signs the person in. */
  verifyEmail(token: string, password: string): Promise<AccountStage>;
  /** The second factor was given (or set up): the session is complete now. */
  secondFactorGiven(): Promise<void>;
  signOut(): Promise<void>;
  /** Re-reads the user and organisation (after an edit, or to see a new verification). */
  reload(): Promise<void>;
}

/** The session's own calls go before the session is restored: they are how it gets restored. */
const inSession = { partOfSession: true };

const SessionContext = createContext<SessionApi | undefined>(undefined);

/** The server sets this readable, secret-free cookie beside the httpOnly refresh cookie. */
const hasSessionCookie = () => document.cookie.split(';').some((part) => part.trim().startsWith('kopir_session='));

/**
 * Keeps the session: the access token in memory only, the refresh token in its httpOnly cookie.
 * On load (only when a session cookie exists), and a minute before the access token expires, it
 * refreshes silently; so a reload keeps the person signed in and nothing readable by scripts
 * outlives the tab.
 */
export function SessionProvider({ children }: { children: ComponentChildren }) {
  const [state, setState] = useState<State>({ status: 'loading' });
  const accessToken = useRef<string | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef<Promise<boolean> | undefined>(undefined);
  const { setLocale } = useI18n();

  // Signing in (not a silent refresh or a reload) brings the account's language with it: the
  // person chose it, wherever they sign in from; the switch on the page still changes it after.
  const adopt = useCallback(
    async (session: Session, { signingIn = false } = {}): Promise<AccountStage> => {
      accessToken.current = session.accessToken;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void refresh(), Math.max(10, session.expiresInSeconds - 60) * 1000);
      const me = await send(endpoints.me(), inSession);
      if (signingIn) setLocale(me.user.locale);
      setState({ status: 'signed-in', me, stage: session.stage });
      return session.stage;
    },
    [setLocale],
  );

  // Two requests of one tab refreshing at once would present the same token twice; one at a time.
  const refresh = useCallback((): Promise<boolean> => {
    inFlight.current ??= send(endpoints.auth.refresh(), inSession)
      .then(adopt)
      .then(
        () => true,
        () => {
          accessToken.current = undefined;
          setState({ status: 'anonymous' });
          return false;
        },
      )
      .finally(() => (inFlight.current = undefined));
    return inFlight.current;
  }, [adopt]);

  const restored = useRef<Promise<boolean> | undefined>(undefined);
  restored.current ??= hasSessionCookie()
    ? refresh()
    : Promise.resolve(false).then((signedIn) => {
        setState({ status: 'anonymous' });
        return signedIn;
      });
  useTokens({ accessToken: () => accessToken.current, refresh, restored: restored.current });

  useEffect(() => () => clearTimeout(timer.current), []);

  const value = useMemo<SessionApi>(
    () => ({
      state,
      signIn: async (email, password) => adopt(await send(endpoints.auth.signIn({ email, password }), inSession), { signingIn: true }),
      register: async (request) => {
        const answer = await send(endpoints.auth.register(request), inSession);
        if ('status' in answer) return answer.status;
        await adopt(answer);
        return 'signed_in';
      },
      verifyEmail: async (token, password) => adopt(await send(endpoints.auth.verifyEmail({ token, password }), inSession), { signingIn: true }),
      secondFactorGiven: async () => setState({ status: 'signed-in', me: await send(endpoints.me(), inSession), stage: 'complete' }),
      signOut: async () => {
        await send(endpoints.auth.signOut(), inSession).catch(() => undefined);
        accessToken.current = undefined;
        clearTimeout(timer.current);
        setState({ status: 'anonymous' });
      },
      reload: async () => {
        const me = await send(endpoints.me());
        setState((current) => (current.status === 'signed-in' ? { ...current, me } : current));
      },
    }),
    [state, adopt],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionApi {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() outside <SessionProvider>');
  return session;
}

/** Where a person goes after signing in, by what their account still needs. */
export const pathForStage = (stage: AccountStage) => (stage === 'second_factor' || stage === 'second_factor_setup' ? '/second-factor' : '/profile');

/** What the signed-in reader may do, as the server decided it (`GET /me`); undefined until signed in. */
export function useAbilities(): Me['can'] | undefined {
  const { state } = useSession();
  return state.status === 'signed-in' ? state.me.can : undefined;
}
