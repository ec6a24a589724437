// The alert rules as a table: what each watches and when it fires; choosing one opens its editor.
import { useEffect } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../app/graphql';
import { ErrorNotice } from '../shell/ErrorNotice';
import { StatusMessage } from '../shell/StatusMessage';
import { AlertRuleFormFragment, KPI_LABELS, SEVERITY_LABELS } from './alert-rule-form';

export const AlertRulesQuery = graphql(
  `
  query AlertRules {
    alertRules {
      key
      ...AlertRuleForm_rule
    }
  }
`,
  [AlertRuleFormFragment],
);

export function AlertRuleList(props: {
  selected: string | null;
  onSelect(key: string | null): void;
  refreshKey: number;
}) {
  const [query, refetch] = useQuery({ query: AlertRulesQuery, requestPolicy: 'cache-and-network' });
  // A rule was saved: the table shows its new figures.
  useEffect(() => {
    if (props.refreshKey > 0) refetch({ requestPolicy: 'network-only' });
  }, [props.refreshKey, refetch]);
  const rules = query.data?.alertRules;
  return (
    <section className="card" aria-labelledby="alert-rules-title">
      <div className="section-head">
        <h2 id="alert-rules-title">Rules</h2>
        <button type="button" className="button" onClick={() => props.onSelect(null)}>
          New rule
        </button>
      </div>
      {query.fetching && !rules && <StatusMessage>Loading the alert rules…</StatusMessage>}
      {query.error && (
        <ErrorNotice
          title="Could not load the alert rules"
          error={query.error}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      )}
      {rules && rules.length === 0 && <p className="muted">No alert rules. Create one with “New rule”.</p>}
      {rules && rules.length > 0 && (
        <table className="alert-rules">
          <caption className="visually-hidden">Alert rules</caption>
          <thead>
            <tr>
              <th scope="col">Rule</th>
              <th scope="col">KPI</th>
              <th scope="col">Fires when</th>
              <th scope="col">Severity</th>
              <th scope="col">State</th>
            </tr>
          </thead>
          <tbody>
            {rules.map((r) => (
              <tr key={r.key} aria-current={props.selected === r.key ? 'true' : undefined}>
                <th scope="row">
                  <button type="button" className="button-link" onClick={() => props.onSelect(r.key)}>
                    {r.key}
                  </button>
                </th>
                <td>
                  {KPI_LABELS[r.kpi]}
                  {r.operation && <> on {r.operation}</>}
                </td>
                <td>
                  {r.comparison === 'ABOVE' ? '>' : '<'} {r.threshold} over {r.windowSeconds} s
                  {r.forSeconds > 0 && <> for {r.forSeconds} s</>}
                </td>
                <td>{SEVERITY_LABELS[r.severity]}</td>
                <td>{r.enabled ? 'Enabled' : 'Disabled'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
