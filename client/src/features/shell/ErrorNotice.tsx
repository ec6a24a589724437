// Shows a failed request: the server's message, its code and request id, and a retry when one makes sense.
import type { CombinedError } from 'urql';
import { describeError, formatDelay } from '../../app/errors';

export function ErrorNotice(props: { title: string; error: CombinedError; onRetry?: () => void }) {
  const { message, code, requestId, retryAfterSeconds } = describeError(props.error);
  return (
    <div className="notice notice-error" role="alert">
      <p className="notice-title">{props.title}</p>
      <p>{message}</p>
      {retryAfterSeconds !== undefined && <p>You can try again in {formatDelay(retryAfterSeconds)}.</p>}
      {(code || requestId) && (
        <dl className="notice-meta">
          {code && (
            <div>
              <dt>Code</dt>
              <dd>
                <code>{code}</code>
              </dd>
            </div>
          )}
          {requestId && (
            <div>
              <dt>Request ID</dt>
              <dd>
                <code className="request-id">{requestId}</code>
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
