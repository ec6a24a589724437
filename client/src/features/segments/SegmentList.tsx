// The console's segments: each with its description, rules, explicit member counts and the flags that use it.
import './segments.css';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { graphql } from '../../app/graphql';
import { ErrorNotice } from '../shell/ErrorNotice';
import { StatusMessage } from '../shell/StatusMessage';
import { NewSegmentForm } from './NewSegmentForm';
import { conditionCount, ruleSummary } from './segment-words';

export const SegmentListQuery = graphql(`
  query SegmentList {
    segments {
      key
      description
      revision
      included
      excluded
      usedBy
      rules {
        conditions {
          attribute
          operator
          values
          negate
          caseInsensitive
        }
      }
    }
  }
`);

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function SegmentList({ canEdit }: { canEdit: boolean }) {
  // Cache and network: "used by" moves when flags change, which no segment mutation says.
  const [{ data, error, fetching }, refetch] = useQuery({
    query: SegmentListQuery,
    requestPolicy: 'cache-and-network',
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const segments = data?.segments;
  return (
    <section className="card segment-list" aria-labelledby="segments-title">
      <div className="section-head">
        <h1 id="segments-title">Segments</h1>
        <button type="button" className="button button-secondary" onClick={reload}>
          Refresh
        </button>
      </div>
      <p className="hint">
        Reusable cohorts: explicit members plus attribute rules. Flag rules use them with the IN_SEGMENT
        condition.
      </p>
      {canEdit && (
        <div>
          <NewSegmentForm />
        </div>
      )}
      {fetching && !data && <StatusMessage>Loading the segments…</StatusMessage>}
      {error && <ErrorNotice title="Could not load the segments" error={error} onRetry={reload} />}
      {segments && segments.length === 0 && (
        <p className="muted">
          No segments yet.{canEdit ? ' Create one with New segment.' : ' Ops can create them.'}
        </p>
      )}
      {segments && segments.length > 0 && (
        <ul className="segment-items" aria-label="Segments">
          {segments.map((s) => (
            <li key={s.key} className="segment-item" data-segment={s.key}>
              <div className="segment-item-head">
                <Link href={`/console/segments/${encodeURIComponent(s.key)}`}>
                  <code>{s.key}</code>
                </Link>
                <span className="hint">revision {s.revision}</span>
              </div>
              {s.description && <p className="muted">{s.description}</p>}
              <dl className="segment-facts">
                <div>
                  <dt>Rules</dt>
                  <dd>
                    {s.rules.length === 0
                      ? 'none'
                      : `${count(s.rules.length, 'rule', 'rules')}, ${count(conditionCount(s.rules), 'condition', 'conditions')}`}
                    {s.rules.length > 0 && <span className="segment-rule-words">{ruleSummary(s.rules)}</span>}
                  </dd>
                </div>
                <div>
                  <dt>Included</dt>
                  <dd>{count(s.included.length, 'user', 'users')}</dd>
                </div>
                <div>
                  <dt>Excluded</dt>
                  <dd>{count(s.excluded.length, 'user', 'users')}</dd>
                </div>
                <div>
                  <dt>Used by</dt>
                  <dd>{s.usedBy.length === 0 ? 'no flag' : count(s.usedBy.length, 'flag', 'flags')}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
