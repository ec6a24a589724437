// Guards a signed-in route: sends the signed-out to /login, loads the account, checks the role, adds the shell.
import type { ReactNode } from 'react';
import { Redirect } from 'wouter';
import { AREAS, type AreaName, canUse } from '../../app/areas';
import { useSession } from '../../app/session';
import { usePageTitle } from '../../app/use-page-title';
import { ErrorNotice } from './ErrorNotice';
import { RoleNotice } from './RoleNotice';
import { Shell } from './Shell';
import { StatusMessage } from './StatusMessage';
import { useViewer, type Viewer } from './viewer-query';

export interface SignedInPageProps {
  /** The area this route belongs to; null for pages every signed-in role may see. */
  area: AreaName | null;
  children: (viewer: Viewer) => ReactNode;
}

export function SignedInPage({ area, children }: SignedInPageProps) {
  const { token, signOut } = useSession();
  const [{ data, error, fetching }, reexecute] = useViewer({ pause: !token });

  if (!token) return <Redirect to="/login" replace />;
  if (fetching && !data) {
    return (
      <Standalone title="Loading">
        <StatusMessage>Loading your account…</StatusMessage>
      </Standalone>
    );
  }
  const viewer = data?.me;
  if (!viewer) {
    return (
      <Standalone title="Account unavailable" heading>
        {error ? (
          <ErrorNotice
            title="Could not load your account"
            error={error}
            onRetry={() => reexecute({ requestPolicy: 'network-only' })}
          />
        ) : (
          <p className="notice notice-info">The server returned no account for this session.</p>
        )}
        <button type="button" className="button button-secondary" onClick={signOut}>
          Sign out
        </button>
      </Standalone>
    );
  }
  const target = area ? AREAS[area] : undefined;
  return (
    <Shell user={viewer}>
      {target && !canUse(target, viewer.role) ? (
        <RoleNotice area={target} role={viewer.role} />
      ) : (
        children(viewer)
      )}
    </Shell>
  );
}

/** A centred frame for states without an account to show in the shell; `heading` shows the title as h1. */
function Standalone(props: { title: string; heading?: boolean; children: ReactNode }) {
  usePageTitle(props.title);
  return (
    <main className="standalone" id="main">
      <div className="card standalone-card">
        <p className="brand brand-large">Augur</p>
        {props.heading && <h1 className="standalone-title">{props.title}</h1>}
        {props.children}
      </div>
    </main>
  );
}
