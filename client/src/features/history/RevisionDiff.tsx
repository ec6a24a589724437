// One revision's changes as a list: the kind of change and where, in words (raw path beside), and the values.
import { graphql, type ResultOf } from '../../app/graphql';
import { changeLabel, diffLabel, formatValue } from './diff-format';

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

function Values({ entry }: { entry: RevisionDiffEntry }) {
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
  entries: readonly RevisionDiffEntry[];
  /** The configuration at this revision: it names what the paths point at (rule ids, variant keys). */
  content: unknown;
  /** Names the list for assistive technology, e.g. "Changes in revision 4". */
  label: string;
}

export function RevisionDiff({ entries, content, label }: RevisionDiffProps) {
  if (entries.length === 0) return <p className="hint">No changes recorded.</p>;
  return (
    <ul className="diff-list" aria-label={label}>
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
  );
}
