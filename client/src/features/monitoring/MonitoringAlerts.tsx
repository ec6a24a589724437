// The Monitoring page's place for the alerts firing now, after the KPI cards. The alerts slice's live list
// (client/src/features/alerts/ActiveAlerts.tsx: `activeAlerts`, then the `alerts` subscription) renders here;
// while the alerts API is not in the schema, this section says where they will appear.
export function MonitoringAlerts() {
  return (
    <section className="card" aria-labelledby="monitoring-alerts" data-slot="active-alerts">
      <h2 id="monitoring-alerts">Active alerts</h2>
      <p className="muted">
        Alerts will be listed here, live, once alert rules are part of Augur. Until then, the KPI cards and
        charts below show the figures the rules will watch.
      </p>
    </section>
  );
}
