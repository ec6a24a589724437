// One change set in sentences ("Default rollout: on 20% → 30%"), with the raw entries (path, JSON) behind a toggle.
import { graphql, type ResultOf } from '../../app/graphql';
import { describeChanges } from './change-sentences';
import { contentBefore } from './content-diff';
import { changeLabel, type DiffEntry, diffLabel, formatValue } from './diff-format';

export const RevisionDiffEntryFragment = graphql(`
  fragment RevisionDiff_entry on DiffEntry {
    change
    path
    from
    to
  }
`);

export type RevisionDiffEntry = ResultOf<typeof RevisionDiffEntryFragment>;

function Value({ value }: { value: unknown }) {
  const { text, multiline } = formatValue(value);
  return multiline ? (
    // Focusable so keyboard users can scroll a long value (it scrolls inside its box).
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
    <pre className="diff-value diff-value-block" tabIndex={0}>
      <code>{text}</code>
    </pre>
  ) : (
    <code className="diff-value">{text}</code>
  );
}

function Values({ entry }: { entry: DiffEntry }) {
  if (entry.change === 'CREATE') {
    return (
      <div className="diff-values">
        <span className="diff-word">set to</span> <Value value={entry.to} />
      </div>
    );
  }
  if (entry.change === 'REMOVE') {
    return (
      <div className="diff-values">
        <span className="diff-word">was</span> <Value value={entry.from} />
      </div>
    );
  }
  return (
    <div className="diff-values">
      <Value value={entry.from} />{' '}
      <span className="diff-arrow" aria-hidden="true">
        →
      </span>
      <span className="visually-hidden"> becomes </span> <Value value={entry.to} />
    </div>
  );
}

export interface RevisionDiffProps {
  entries: readonly DiffEntry[];
  /** The configuration after the change: it names what the paths point at (rule ids, variant keys). */
  content: unknown;
  /** The configuration before the change; rebuilt from `content` and `entries` when not given. */
  before?: unknown;
  /** Names the list for assistive technology, e.g. "Changes in revision 4". */
  label: string;
}

export function RevisionDiff({ entries, content, before, label }: RevisionDiffProps) {
  if (entries.length === 0) return <p className="hint">No changes recorded.</p>;
  const sentences = describeChanges(before ?? contentBefore(content, entries), content);
  return (
    <div className="diff">
      <ul className="change-list" aria-label={label}>
        {sentences.map((s, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: sentences are derived, ordered and never reordered.
          <li key={index} className={`change change-${s.kind}`} data-kind={s.kind}>
            {s.text}
          </li>
        ))}
      </ul>
      <details className="diff-json">
        <summary>Show as JSON ({entries.length === 1 ? '1 entry' : `${entries.length} entries`})</summary>
        <ul className="diff-list" aria-label={`${label}, as JSON`}>
          {entries.map((entry) => (
            <li
              key={`${entry.change}:${entry.path}`}
              className={`diff-row diff-${entry.change.toLowerCase()}`}
              data-path={entry.path}
              data-change={entry.change}
            >
              <span className="diff-kind">{changeLabel(entry.change)}</span>{' '}
              <span className="diff-path">{diffLabel(entry, content)}</span>{' '}
              {entry.path !== '' && <code className="diff-raw-path">{entry.path}</code>}
              <Values entry={entry} />
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
