// Shows a failed request: what kind of failure it is in words, the wait, its code and request id, and a retry.
import type { CombinedError } from 'urql';
import { describeError, errorDetailMessage, errorHeadline, formatDelay } from '../../app/errors';
import { CopyButton } from './CopyButton';

export function ErrorNotice(props: {
  title: string;
  error: CombinedError;
  onRetry?: () => void;
  /** Words that replace a refusal's raw message (an editor names the fields by their labels). */
  headline?: string;
}) {
  const details = describeError(props.error);
  const { kind, code, status, requestId, retryAfterSeconds } = details;
  const extra = errorDetailMessage(details);
  const waits = kind === 'rate-limited' || kind === 'unavailable';
  return (
    <div className="notice notice-error" role="alert" data-error-kind={kind}>
      <p className="notice-title">{props.title}</p>
      <p>{details.kind === 'refused' && props.headline ? props.headline : errorHeadline(details)}</p>
      {extra && <p>{extra}</p>}
      {waits && (
        <p>
          {retryAfterSeconds !== undefined
            ? `You can try again in ${formatDelay(retryAfterSeconds)}.`
            : 'Try again in a moment.'}
        </p>
      )}
      {(code || status || requestId) && (
        <dl className="notice-meta">
          {(code || status) && (
            <div>
              <dt>{code ? 'Code' : 'HTTP status'}</dt>
              <dd>
                <code>{code ?? status}</code>
              </dd>
            </div>
          )}
          {requestId && (
            <div>
              <dt>Request ID</dt>
              <dd>
                <code className="request-id">{requestId}</code>{' '}
                <CopyButton value={requestId} label="Copy the request ID" />
              </dd>
            </div>
          )}
        </dl>
      )}
      {props.onRetry && (
        <button type="button" className="button button-secondary" onClick={props.onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
