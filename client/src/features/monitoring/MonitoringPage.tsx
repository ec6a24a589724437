// The ops Monitoring page: a window (1 h, 24 h, 7 d) and optionally one tenant, the KPI cards against the
// previous window, active alerts, the live figures, charts over the window and the breakdown tables.
import { useId, useState } from 'react';
import { useQuery } from 'urql';
import { useSearchParams } from 'wouter';
import { formatDateTime } from '../../app/format';
import { ActiveAlerts } from '../alerts/ActiveAlerts';
import { ErrorNotice } from '../shell/ErrorNotice';
import { StatusMessage } from '../shell/StatusMessage';
import { TenantPicker } from '../tenants/TenantPicker';
import { AuthFailuresTable, ModulesTable, OperationsTable } from './BreakdownTables';
import { KpiCards } from './KpiCards';
import { KpiCharts } from './KpiCharts';
import { isEmptyWindow, type PreviousFigures } from './kpi-cards';
import { previousLabel, previousWindow, WINDOWS, windowFromParam } from './kpi-window';
import { LiveKpis } from './LiveKpis';
import { MonitoringKpisQuery, MonitoringPreviousKpisQuery } from './monitoring-queries';
import './monitoring.css';

export function MonitoringPage() {
  // The URL holds the window and the tenant (`?window=H24&tenant=…`), so a view can be linked and Back works.
  const [params, setParams] = useSearchParams();
  const kpiWindow = windowFromParam(params.get('window'));
  const tenantId = params.get('tenant') || null;
  const setParam = (name: 'window' | 'tenant', value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  const [refreshKey, setRefreshKey] = useState(0);
  const windowId = useId();

  const [current, refetchCurrent] = useQuery({
    query: MonitoringKpisQuery,
    variables: { window: kpiWindow, tenantId },
    // Coming back to the page shows what it showed, and asks again: the figures move every minute.
    requestPolicy: 'cache-and-network',
  });
  const kpis = current.data?.kpis;
  // The previous window is the server's: its clock decides where the current one starts.
  const before = kpis ? previousWindow(kpis.from, kpis.to) : { from: '', to: '' };
  const [previous, refetchPrevious] = useQuery({
    query: MonitoringPreviousKpisQuery,
    variables: { ...before, tenantId },
    pause: !kpis,
  });
  const previousFigures: PreviousFigures = previous.data
    ? { state: 'ready', kpis: previous.data.kpis }
    : previous.error
      ? { state: 'unavailable' }
      : { state: 'loading' };

  const refresh = () => {
    refetchCurrent({ requestPolicy: 'network-only' });
    if (kpis) refetchPrevious({ requestPolicy: 'network-only' });
    setRefreshKey((k) => k + 1);
  };

  return (
    <div className="monitoring">
      <section className="card" aria-label="Window and tenant">
        <div className="monitoring-bar">
          <div className="field">
            <label htmlFor={windowId}>Window</label>
            <select id={windowId} value={kpiWindow} onChange={(e) => setParam('window', e.target.value)}>
              {WINDOWS.map((w) => (
                <option key={w.value} value={w.value}>
                  {w.label}
                </option>
              ))}
            </select>
          </div>
          <TenantPicker
            label="Tenant"
            value={tenantId ?? ''}
            emptyLabel="All tenants"
            onChange={(id) => setParam('tenant', id)}
          />
          <p className="hint">
            {kpis?.rolledThrough
              ? `Figures include events up to ${formatDateTime(kpis.rolledThrough)}; the rollup runs once a minute.`
              : 'Figures appear once the rollup has run (once a minute).'}
          </p>
          <button type="button" className="button button-secondary" onClick={refresh}>
            Refresh
          </button>
        </div>
      </section>
      {current.fetching && !current.data && <StatusMessage>Loading the figures…</StatusMessage>}
      {current.error && !current.data && (
        <ErrorNotice
          title="Could not load the figures"
          error={current.error}
          onRetry={() => refetchCurrent({ requestPolicy: 'network-only' })}
        />
      )}
      {kpis && (
        <>
          <section className="card" aria-labelledby="monitoring-figures">
            <h2 id="monitoring-figures">{WINDOWS.find((w) => w.value === kpiWindow)?.label}</h2>
            {isEmptyWindow(kpis) && (
              <p className="notice notice-info" data-empty-window="">
                No data yet: nothing was recorded in this window
                {tenantId ? ' for this tenant' : ''}.
              </p>
            )}
            {previous.error && (
              <ErrorNotice
                title={`Could not load ${previousLabel(kpiWindow)}`}
                error={previous.error}
                onRetry={() => refetchPrevious({ requestPolicy: 'network-only' })}
              />
            )}
            <KpiCards current={kpis} previous={previousFigures} previousLabel={previousLabel(kpiWindow)} />
          </section>
          <ActiveAlerts />
          <LiveKpis window={kpiWindow} tenantId={tenantId} />
          <KpiCharts window={kpiWindow} tenantId={tenantId} refreshKey={refreshKey} />
          <OperationsTable kpis={kpis} />
          <ModulesTable kpis={kpis} />
          <AuthFailuresTable kpis={kpis} />
        </>
      )}
    </div>
  );
}
