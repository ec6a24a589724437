// Which flags use a segment (links to them), and archiving it: refused, with the reason, while any flag does.
import { type FormEvent, useId, useState } from 'react';
import { useMutation } from 'urql';
import { Link, useLocation } from 'wouter';
import { fieldIssues } from '../../app/errors';
import { graphql } from '../../app/graphql';
import { ErrorNotice } from '../shell/ErrorNotice';

export const ArchiveSegmentMutation = graphql(`
  mutation ArchiveSegment($key: String!, $expectedRevision: Int, $reason: String) {
    archiveSegment(key: $key, expectedRevision: $expectedRevision, reason: $reason) {
      key
      archived
      revision
    }
  }
`);

export function SegmentUsage(props: {
  segmentKey: string;
  revision: number;
  usedBy: readonly string[];
  canEdit: boolean;
}) {
  const { segmentKey, usedBy } = props;
  const [result, archive] = useMutation(ArchiveSegmentMutation);
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const [, navigate] = useLocation();
  const id = useId();
  const used = usedBy.length > 0;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!reason.trim()) return;
    const outcome = await archive({
      key: segmentKey,
      expectedRevision: props.revision,
      reason: reason.trim(),
    });
    if (outcome.data) navigate('/console/segments');
  };
  // The server's own words for a refusal (e.g. "is used by flag beta_banner").
  const refusal = fieldIssues(result.error).find((issue) => issue.path === 'key')?.message;

  return (
    <section className="card segment-usage" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Used by</h2>
      {used ? (
        <ul className="segment-used-by" aria-label="Flags using this segment">
          {usedBy.map((flag) => (
            <li key={flag}>
              <Link href={`/console/flags/${encodeURIComponent(flag)}`}>
                <code>{flag}</code>
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No flag uses this segment.</p>
      )}
      {props.canEdit && (
        <div className="segment-archive">
          <p id={`${id}-why`} className="hint">
            {used
              ? `It cannot be archived while ${usedBy.length === 1 ? 'a flag uses' : 'flags use'} it: remove it from their rules first.`
              : 'Archiving removes it from the list and from evaluation; its history stays.'}
          </p>
          {!confirming && (
            <button
              type="button"
              className="button button-secondary"
              onClick={() => setConfirming(true)}
              disabled={used}
              aria-describedby={`${id}-why`}
            >
              Archive segment
            </button>
          )}
          {confirming && (
            <form className="confirm" onSubmit={submit} aria-label={`Archive segment ${segmentKey}`}>
              <div className="field">
                <label htmlFor={`${id}-reason`}>Reason for archiving</label>
                <input
                  id={`${id}-reason`}
                  required
                  maxLength={500}
                  value={reason}
                  onChange={(e) => setReason(e.target.value)}
                />
              </div>
              {result.error && (
                <ErrorNotice
                  title={
                    refusal ? `The segment was not archived: it ${refusal}` : 'The segment was not archived'
                  }
                  error={result.error}
                />
              )}
              <div className="confirm-actions">
                <button
                  type="submit"
                  className="button button-danger"
                  disabled={result.fetching || !reason.trim()}
                >
                  Confirm archive
                </button>
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => setConfirming(false)}
                >
                  Cancel
                </button>
              </div>
            </form>
          )}
        </div>
      )}
    </section>
  );
}
