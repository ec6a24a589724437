// The root component: session, the session's GraphQL client, and the routes.
import { type ReactNode, useEffect, useMemo } from 'react';
import { Provider } from 'urql';
import { AppRoutes } from './routes';
import { SessionProvider, useSession } from './session';
import { createApiClient } from './urql-client';

export function App() {
  return (
    <SessionProvider>
      <ApiProvider>
        <AppRoutes />
      </ApiProvider>
    </SessionProvider>
  );
}

/** A new client (and cache) per token, so nothing from one account is ever shown to the next. */
function ApiProvider({ children }: { children: ReactNode }) {
  const { token, expire } = useSession();
  const api = useMemo(
    () => createApiClient({ token, onUnauthenticated: () => token && expire(token) }),
    [token, expire],
  );
  useEffect(() => () => api.dispose(), [api]);
  return <Provider value={api.client}>{children}</Provider>;
}
