// "Reached N of M open clients in X ms" under a flag after a change: flagPropagation, polled with a growing
// wait while some open client has not read the change yet (docs/propagation.md).
import { useEffect, useRef, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../app/graphql';

export const FlagPropagationQuery = graphql(`
  query FlagPropagation($key: String!) {
    flagPropagation(flagKey: $key) {
      revision
      committedAt
      open
      reached
      applied
      lost
      p50Ms
      p99Ms
      slowestMs
      complete
      instances {
        instance
        self
        clients
        onLatest
        shareOnLatest
        open
        reached
        slowestMs
      }
    }
  }
`);

/** The first re-read after a change, doubling up to MAX_WAIT_MS; polling stops after MAX_POLLS. */
export const FIRST_WAIT_MS = 250;
const MAX_WAIT_MS = 5000;
export const MAX_POLLS = 10;

export const pollDelay = (attempt: number) => Math.min(MAX_WAIT_MS, FIRST_WAIT_MS * 2 ** attempt);

const ms = (value: number | null | undefined) =>
  value === null || value === undefined ? '–' : `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;

/** Within the first seconds after a commit the fan-out may not have sent the change to anyone yet. */
const justCommitted = (committedAt: string | null) =>
  committedAt !== null && Date.now() - Date.parse(committedAt) < SETTLE_MS;
const SETTLE_MS = 2000;

const clients = (n: number) => `${n} open client${n === 1 ? '' : 's'}`;

export function PropagationNote(props: { flagKey: string; revision: number }) {
  const [{ data, error }, refetch] = useQuery({
    query: FlagPropagationQuery,
    variables: { key: props.flagKey },
    requestPolicy: 'network-only',
  });
  const propagation = data?.flagPropagation;
  const [gaveUp, setGaveUp] = useState(false);
  const complete = useRef(false);
  complete.current = propagation?.complete ?? false;
  const shown = useRef(props.revision);

  // A new revision of the flag is a new change to follow.
  useEffect(() => {
    if (shown.current === props.revision) return;
    shown.current = props.revision;
    refetch({ requestPolicy: 'network-only' });
  }, [props.revision, refetch]);

  // While some open client has not read the change (or, just after the commit, none was sent it yet): re-read
  // after 250 ms, 500 ms, 1 s ... up to 5 s apart.
  const following =
    propagation !== undefined &&
    propagation !== null &&
    (!propagation.complete || (propagation.open === 0 && justCommitted(propagation.committedAt)));
  const revision = propagation?.revision;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a newer revision starts a new round of re-reads.
  useEffect(() => {
    if (!following) return;
    setGaveUp(false);
    let attempt = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const next = () => {
      if (complete.current && attempt > 0) return;
      if (attempt >= MAX_POLLS) return setGaveUp(true);
      timer = setTimeout(() => {
        refetch({ requestPolicy: 'network-only' });
        next();
      }, pollDelay(attempt++));
    };
    next();
    return () => clearTimeout(timer);
  }, [following, revision, refetch]);

  if (error || !propagation) return null;
  const { open, reached } = propagation;
  return (
    <div className="hint propagation-note" role="status" data-complete={propagation.complete}>
      <p>
        {open === 0 ? (
          <>Last change (configuration revision {propagation.revision}): no open client's flags changed.</>
        ) : propagation.complete ? (
          <>
            Reached {reached} of {clients(open)} in {ms(propagation.slowestMs)}
          </>
        ) : (
          <>
            Reached {reached} of {clients(open)} so far{gaveUp ? ' (no longer refreshing)' : '…'}
          </>
        )}
        {open > 0 && (
          <span className="muted">
            {' '}
            · p50 {ms(propagation.p50Ms)} · p99 {ms(propagation.p99Ms)}
            {propagation.applied > 0 && <> · applied by {propagation.applied}</>}
            {propagation.lost > 0 && <> · {propagation.lost} closed before reading it</>}
          </span>
        )}
      </p>
      {propagation.instances.length > 1 && (
        <details>
          <summary>Per instance</summary>
          <table>
            <caption>Propagation of revision {propagation.revision} per instance</caption>
            <thead>
              <tr>
                <th scope="col">Instance</th>
                <th scope="col">Reached</th>
                <th scope="col">Slowest</th>
                <th scope="col">Clients on latest</th>
              </tr>
            </thead>
            <tbody>
              {propagation.instances.map((i) => (
                <tr key={i.instance}>
                  <th scope="row">
                    {i.instance}
                    {i.self ? ' (this one)' : ''}
                  </th>
                  <td>
                    {i.reached} of {i.open}
                  </td>
                  <td>{ms(i.slowestMs)}</td>
                  <td>
                    {i.onLatest} of {i.clients}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </div>
  );
}
