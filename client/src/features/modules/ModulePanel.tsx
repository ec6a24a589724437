// The reading modules (tarot, runes): availability from the server, kept live by the gate subscription.

import { type ReactNode, useCallback, useEffect } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../app/graphql';
import { ErrorNotice } from '../shell/ErrorNotice';
import { StatusMessage } from '../shell/StatusMessage';
import { ModuleCard } from './ModuleCard';
import { type ModuleName, useModuleGates, useRefetchOnChange } from './module-gates';

export const ModuleAvailabilityQuery = graphql(`
  query ModuleAvailability {
    moduleAvailability {
      module
      state
      reason
      inAudience
      plan
      quotaLimit
      quotaLeft
      resetsAt
      largerPlan {
        plan
        quotaLimit
      }
      spreads {
        id
        name
        positions
      }
    }
  }
`);

const TITLES: Record<ModuleName, string> = { TAROT: 'Tarot', RUNES: 'Runes' };

export function ModulePanel(props: { conversationId: string | null; onRun(): void }) {
  const [{ data, error, fetching }, refetch] = useQuery({ query: ModuleAvailabilityQuery });
  const gates = useModuleGates();
  const reload = useCallback(() => refetch({ requestPolicy: 'network-only' }), [refetch]);
  useRefetchAt(data?.moduleAvailability[0]?.resetsAt, reload);
  useRefetchOnChange(gates.data?.configRevision, reload);

  let body: ReactNode;
  if (fetching && !data) body = <StatusMessage>Loading readings…</StatusMessage>;
  else if (!data) {
    body = error ? (
      <ErrorNotice
        title="Could not load the readings"
        error={error}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
      />
    ) : null;
  } else {
    const modules = data.moduleAvailability.map((a) => {
      // The pushed gate wins over the loaded state: it is newer. Who the module is for is the server's
      // answer (inAudience), reloaded after each pushed change.
      const gate = gates.data?.gates[a.module];
      const locked = gate ? !gate.enabled : a.state === 'LOCKED';
      const reason = gate?.reason ?? a.reason;
      return { ...a, locked, reason, outsideAudience: locked && !a.inAudience };
    });
    body = (
      <>
        {modules.every((a) => a.outsideAudience) && (
          <p className="muted">No readings are offered to your account yet.</p>
        )}
        {modules.map((a) => (
          <ModuleCard
            key={a.module}
            module={a.module}
            title={TITLES[a.module]}
            locked={a.locked}
            outsideAudience={a.outsideAudience}
            reason={a.reason}
            quotaLeft={a.quotaLeft}
            quotaLimit={a.quotaLimit}
            resetsAt={a.resetsAt}
            largerPlan={a.largerPlan}
            spreads={a.spreads}
            conversationId={props.conversationId}
            onCompleted={props.onRun}
          />
        ))}
      </>
    );
  }

  return (
    <section className="module-panel" aria-labelledby="module-panel-title">
      <h2 id="module-panel-title">Readings</h2>
      {gates.error && <ErrorNotice title="Live updates are interrupted" error={gates.error} />}
      {body}
    </section>
  );
}

/** Reloads when the quota day turns over, so a used-up module becomes ready again without a reload. */
function useRefetchAt(at: string | undefined, refetch: () => void) {
  useEffect(() => {
    if (!at) return;
    // Timers overflow past 2^31 ms (~24.8 days); a reset is at most a day away anyway.
    const wait = Math.min(Math.max(0, new Date(at).getTime() - Date.now()) + 1_000, 2 ** 31 - 1);
    const timer = setTimeout(refetch, wait);
    return () => clearTimeout(timer);
  }, [at, refetch]);
}
