// Moves focus once the next render is on screen: into a new row, or to the first problem after a failed save.
import { type RefObject, useCallback, useEffect, useRef } from 'react';

/** `focusLater(id)` focuses that element; `focusLater('problem')` the first invalid field, else the summary. */
export function useEditorFocus(form: RefObject<HTMLElement | null>, summary: RefObject<HTMLElement | null>) {
  const pending = useRef<string | null>(null);
  const focusLater = useCallback((id: string) => {
    pending.current = id;
  }, []);
  useEffect(() => {
    const target = pending.current;
    if (target === null) return;
    pending.current = null;
    if (target === 'problem') focusFirstProblem(form.current, summary.current);
    else document.getElementById(target)?.focus();
  });
  return focusLater;
}

/** Focuses (and scrolls to) the first invalid field in `form`, or `fallback` when none is marked. */
export function focusFirstProblem(form: HTMLElement | null, fallback: HTMLElement | null): void {
  const invalid = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
  const target = invalid ?? fallback;
  target?.focus();
  target?.scrollIntoView?.({ block: 'center' });
}
