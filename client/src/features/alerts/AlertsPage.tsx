// The console's Alerts page (ops): what is firing now (live), the rules with their editor and history,
// and the alert history with webhook deliveries.
import './alerts.css';
import { useState } from 'react';
import { ActiveAlerts } from './ActiveAlerts';
import { AlertHistory } from './AlertHistory';
import { AlertRuleEditor } from './AlertRuleEditor';
import { AlertRuleHistory } from './AlertRuleHistory';
import { AlertRuleList } from './AlertRuleList';

export function AlertsPage() {
  // undefined: no editor open; null: a new rule.
  const [selected, setSelected] = useState<string | null | undefined>(undefined);
  const [rulesVersion, setRulesVersion] = useState(0);
  const [alertsVersion, setAlertsVersion] = useState(0);
  return (
    <div className="alerts-page">
      <h1>Alerts</h1>
      <ActiveAlerts onChange={() => setAlertsVersion((v) => v + 1)} />
      <AlertRuleList selected={selected ?? null} onSelect={setSelected} refreshKey={rulesVersion} />
      {selected !== undefined && (
        <AlertRuleEditor
          ruleKey={selected}
          onSaved={(key) => {
            setSelected(key);
            setRulesVersion((v) => v + 1);
          }}
        />
      )}
      {selected && <AlertRuleHistory ruleKey={selected} refreshKey={rulesVersion} />}
      <AlertHistory refreshKey={alertsVersion} />
    </div>
  );
}
