// The Monitoring page's place for active and recent alerts. The alerts slice (client/src/features/alerts/)
// supplies the live list from its `alerts` query and subscription; this section renders it here, in the
// page's order (after the KPI cards), and until the alerts API is in the schema it says where they will be.
export function ActiveAlerts() {
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
