// The window's figures broken down: per GraphQL operation, per module and plan (quota), and API-key auth
// failures per tenant.
import { useQuery } from 'urql';
import { TenantsQuery, tenantLabel } from '../tenants/tenants-query';
import { formatCount, formatFigure } from './kpi-format';
import type { WindowKpis } from './monitoring-queries';

/** "tarot" as "Tarot": module and plan names are lower-case in the events. */
const capitalized = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

export function OperationsTable({ kpis }: { kpis: WindowKpis }) {
  const rows = [...kpis.operations].sort(
    (a, b) => b.requests - a.requests || a.operation.localeCompare(b.operation),
  );
  return (
    <section className="card" aria-labelledby="monitoring-operations">
      <h2 id="monitoring-operations">By operation</h2>
      {rows.length === 0 ? (
        <p className="muted">No requests in this window.</p>
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
        <section className="figures-scroll" tabIndex={0} aria-label="Figures by operation">
          <table className="data-table" data-table="operations">
            <thead>
              <tr>
                <th scope="col">Operation</th>
                <th scope="col" className="number">
                  Requests
                </th>
                <th scope="col" className="number">
                  4xx rate
                </th>
                <th scope="col" className="number">
                  5xx rate
                </th>
                <th scope="col" className="number">
                  p50
                </th>
                <th scope="col" className="number">
                  p95
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((o) => (
                <tr key={o.operation} data-operation={o.operation}>
                  <th scope="row">
                    <code>{o.operation}</code>
                  </th>
                  <td className="number">{formatCount(o.requests)}</td>
                  <td className="number">{formatFigure('rate', o.errorRate4xx)}</td>
                  <td className="number">{formatFigure('rate', o.errorRate5xx)}</td>
                  <td className="number">{formatFigure('ms', o.p50LatencyMs)}</td>
                  <td className="number">{formatFigure('ms', o.p95LatencyMs)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </section>
  );
}

export function ModulesTable({ kpis }: { kpis: WindowKpis }) {
  const rows = [...kpis.quota].sort(
    (a, b) => a.module.localeCompare(b.module) || a.plan.localeCompare(b.plan),
  );
  return (
    <section className="card" aria-labelledby="monitoring-modules">
      <h2 id="monitoring-modules">By module and plan</h2>
      <p>
        {kpis.moduleErrorRate === null
          ? 'No module runs in this window.'
          : `${formatCount(kpis.moduleRuns)} module runs, ${formatCount(kpis.moduleErrors)} failed (error rate ${formatFigure('rate', kpis.moduleErrorRate)}).`}
      </p>
      {rows.length === 0 ? (
        <p className="muted">No quota decisions in this window.</p>
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
        <section className="figures-scroll" tabIndex={0} aria-label="Quota by module and plan">
          <table className="data-table" data-table="quota">
            <thead>
              <tr>
                <th scope="col">Module</th>
                <th scope="col">Plan</th>
                <th scope="col" className="number">
                  Consumed
                </th>
                <th scope="col" className="number">
                  Blocked
                </th>
                <th scope="col" className="number">
                  Saturation
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((q) => (
                <tr key={`${q.module}/${q.plan}`} data-module={q.module} data-plan={q.plan}>
                  <th scope="row">{capitalized(q.module)}</th>
                  <td>{capitalized(q.plan)}</td>
                  <td className="number">{formatCount(q.consumed)}</td>
                  <td className="number">{formatCount(q.blocked)}</td>
                  <td className="number">{formatFigure('rate', q.saturation)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </section>
  );
}

export function AuthFailuresTable({ kpis }: { kpis: WindowKpis }) {
  const [{ data }] = useQuery({ query: TenantsQuery, pause: kpis.apiKeyAuthFailuresByTenant.length === 0 });
  const name = (id: string | null) => {
    if (id === null) return 'A key that named no tenant';
    const tenant = data?.tenants.find((t) => t.id === id);
    return tenant ? tenantLabel(tenant) : id;
  };
  const rows = [...kpis.apiKeyAuthFailuresByTenant].sort((a, b) => b.count - a.count);
  return (
    <section className="card" aria-labelledby="monitoring-auth-failures">
      <h2 id="monitoring-auth-failures">API-key auth failures by tenant</h2>
      {rows.length === 0 ? (
        <p className="muted">No API-key auth failures in this window.</p>
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
        <section className="figures-scroll" tabIndex={0} aria-label="API-key auth failures by tenant">
          <table className="data-table" data-table="auth-failures">
            <thead>
              <tr>
                <th scope="col">Tenant</th>
                <th scope="col" className="number">
                  Failures
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.tenantId ?? ''}>
                  <th scope="row">{name(r.tenantId)}</th>
                  <td className="number">{formatCount(r.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </section>
  );
}
