// A part of an editor that folds away: its heading is a disclosure button with the part's changes and problems.
import { type ReactNode, useId, useState } from 'react';

export function EditorSection(props: {
  title: string;
  /** How many messages the fields inside have; a new problem opens the section. */
  problems: number;
  /** Whether the part differs from the revision loaded. */
  changed: boolean;
  defaultOpen: boolean;
  children: ReactNode;
}) {
  const id = useId();
  const [open, setOpen] = useState(props.defaultOpen);
  // Derived during render (not in an effect), so the field a save error focuses is already visible.
  const [seen, setSeen] = useState(props.problems);
  if (props.problems !== seen) {
    setSeen(props.problems);
    if (props.problems > seen) setOpen(true);
  }
  return (
    <section className="editor-section" data-open={open} aria-labelledby={`${id}-head`}>
      <h3 className="editor-section-head" id={`${id}-head`}>
        <button
          type="button"
          className="editor-section-toggle"
          aria-expanded={open}
          aria-controls={`${id}-body`}
          onClick={() => setOpen((o) => !o)}
        >
          <span className="editor-section-chevron" aria-hidden="true">
            {open ? '▾' : '▸'}
          </span>
          <span className="editor-section-title">{props.title}</span>
          {props.changed && <span className="badge">changed</span>}
          {props.problems > 0 && (
            <span className="badge badge-error">
              <span aria-hidden="true">⚠ </span>
              {props.problems} {props.problems === 1 ? 'problem' : 'problems'}
            </span>
          )}
        </button>
      </h3>
      <div id={`${id}-body`} className="editor-section-body" hidden={!open}>
        {props.children}
      </div>
    </section>
  );
}
