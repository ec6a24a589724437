// The signed-in session: the bearer token (kept per tab in sessionStorage) and why the last session ended.
import { createContext, type ReactNode, useCallback, useContext, useMemo, useRef, useState } from 'react';

export const TOKEN_KEY = 'augur.token';
const EXPIRED_NOTICE = 'Your session has expired. Sign in again to continue.';

export interface Session {
  token: string | null;
  /** Why the user is back on the login page without having signed out, if that is the case. */
  notice: string | null;
  signIn(token: string): void;
  signOut(): void;
  /** The server refused `token`: forget it, unless the user has signed in again since. */
  expire(token: string): void;
}

const SessionContext = createContext<Session | null>(null);

// Storage can be unavailable (privacy modes, quotas): the session then lasts as long as the page.
function readToken(): string | null {
  try {
    return sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

function writeToken(token: string | null): void {
  try {
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    else sessionStorage.removeItem(TOKEN_KEY);
  } catch {
    // Nothing to do: the in-memory session still works.
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [token, setToken] = useState(readToken);
  const [notice, setNotice] = useState<string | null>(null);
  // Late results of an earlier session's requests must not end the current one, so expire() compares.
  const current = useRef(token);

  const replace = useCallback((next: string | null, why: string | null) => {
    current.current = next;
    writeToken(next);
    setToken(next);
    setNotice(why);
  }, []);

  // Per-tab storage on purpose: one window signed in as an end user and another as ops must not share a session.

  const signIn = useCallback((next: string) => replace(next, null), [replace]);
  const signOut = useCallback(() => replace(null, null), [replace]);
  const expire = useCallback(
    (refused: string) => {
      if (current.current === refused) replace(null, EXPIRED_NOTICE);
    },
    [replace],
  );

  const session = useMemo(
    () => ({ token, notice, signIn, signOut, expire }),
    [token, notice, signIn, signOut, expire],
  );
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>');
  return session;
}
