import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { meSchema, sessionSchema, type Me, type RegisterRequest, type Session } from '@kopir/shared';
import { api, useTokens } from '../api/client.ts';

type State = { status: 'loading' } | { status: 'anonymous' } | { status: 'signed-in'; me: Me };

interface SessionApi {
  state: State;
  signIn(email: string, password: string): Promise<void>;
  register(request: RegisterRequest): Promise<void>;
  signOut(): Promise<void>;
  /** Re-reads the user and organisation (after an edit, or to see a new verification). */
  reload(): Promise<void>;
}

const SessionContext = createContext<SessionApi | undefined>(undefined);

/**
 * Keeps the session: the access token in memory only, the refresh token in its httpOnly cookie.
 * On load, and a minute before the access token expires, it refreshes silently; so a reload
 * keeps the person signed in and nothing readable by scripts outlives the tab.
 */
export function SessionProvider({ children }: { children: ComponentChildren }) {
  const [state, setState] = useState<State>({ status: 'loading' });
  const accessToken = useRef<string | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef<Promise<boolean> | undefined>(undefined);

  const adopt = useCallback(async (session: Session) => {
    accessToken.current = session.accessToken;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void refresh(), Math.max(10, session.expiresInSeconds - 60) * 1000);
    setState({ status: 'signed-in', me: await api('GET', '/api/v1/me', meSchema, undefined, { partOfSession: true }) });
  }, []);

  // Two tabs or two requests refreshing at once would present the same token twice, which the
  // server treats as theft; one refresh at a time per tab avoids that.
  const refresh = useCallback((): Promise<boolean> => {
    inFlight.current ??= api('POST', '/api/v1/auth/refresh', sessionSchema, undefined, { partOfSession: true })
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
  restored.current ??= refresh();
  useTokens({ accessToken: () => accessToken.current, refresh, restored: restored.current });

  useEffect(() => () => clearTimeout(timer.current), []);

  const value = useMemo<SessionApi>(
    () => ({
      state,
      signIn: async (email, password) => adopt(await api('POST', '/api/v1/auth/sign-in', sessionSchema, { email, password }, { partOfSession: true })),
      register: async (request) => adopt(await api('POST', '/api/v1/auth/register', sessionSchema, request, { partOfSession: true })),
      signOut: async () => {
        await api('POST', '/api/v1/auth/sign-out', null, undefined, { partOfSession: true }).catch(() => undefined);
        accessToken.current = undefined;
        clearTimeout(timer.current);
        setState({ status: 'anonymous' });
      },
      reload: async () => setState({ status: 'signed-in', me: await api('GET', '/api/v1/me', meSchema) }),
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
