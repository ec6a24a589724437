// One alert as a list item: rule, severity, state, the figures, sample request ids, and its webhook deliveries.
import { formatDateTime } from '../../app/format';
import { type AlertItem, describeAlert } from './alert-fields';

export function AlertCard({ alert }: { alert: AlertItem }) {
  return (
    <li className="alert-item" data-alert-rule={alert.rule} data-alert-state={alert.state}>
      <p className="alert-item-head">
        <span className={`badge alert-severity-${alert.severity.toLowerCase()}`}>{alert.severity}</span>{' '}
        <strong>{alert.rule}</strong> <span className="badge badge-muted">{alert.state}</span>{' '}
        <span className="hint">{alert.service}</span>
      </p>
      <p>{describeAlert(alert)}</p>
      <p className="hint">
        {alert.firedAt ? (
          <>Fired {formatDateTime(alert.firedAt)}</>
        ) : (
          <>Pending since {formatDateTime(alert.pendingSince)}</>
        )}
        {alert.resolvedAt && <>; resolved {formatDateTime(alert.resolvedAt)}</>}
      </p>
      {alert.sampleRequestIds.length > 0 && (
        <p className="hint">
          Sample requests: <code>{alert.sampleRequestIds.join(', ')}</code>
        </p>
      )}
      {alert.deliveries.length > 0 && (
        <details>
          <summary>Webhook deliveries ({alert.deliveries.length})</summary>
          <ul className="alert-deliveries">
            {alert.deliveries.map((d) => (
              <li key={d.id}>
                {d.event} to <code>{d.url}</code>: {d.state}
                {d.nextAttemptAt && <> (next try {formatDateTime(d.nextAttemptAt)})</>}
                <ol>
                  {d.attempts.map((a) => (
                    <li key={a.attempt}>
                      {formatDateTime(a.at)}: {a.ok ? 'delivered' : 'failed'}
                      {a.statusCode !== null && ` (HTTP ${a.statusCode})`}
                      {a.error && ` ${a.error}`}
                    </li>
                  ))}
                </ol>
              </li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}
