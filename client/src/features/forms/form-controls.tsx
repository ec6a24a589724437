// Labelled text, select and checkbox fields for any form: each shows its paths' messages, wired with aria.
import './form-controls.css';
import { createContext, type ReactNode, useContext, useId } from 'react';

export interface FormContextValue {
  /** Messages by field path: the server's, and what the form could not send. */
  messages: ReadonlyMap<string, string>;
  /** Prefix of the DOM ids the form moves focus to. */
  baseId: string;
  readOnly: boolean;
  /** Focuses the element with this id once the next render is on screen. */
  focusLater(id: string): void;
}

export const FormContext = createContext<FormContextValue>({
  messages: new Map(),
  baseId: 'form',
  readOnly: true,
  focusLater: () => {},
});

export const useFormContext = () => useContext(FormContext);

/** The message for the first of `paths` that has one, or undefined. */
export function useMessage(paths: readonly string[]): string | undefined {
  const { messages } = useFormContext();
  const found = paths.flatMap((p) => {
    const message = messages.get(p);
    return message ? [message] : [];
  });
  return found.length > 0 ? found.join('; ') : undefined;
}

/** A field's message: announced through the aria-describedby of the field it belongs to, not as an alert. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="field-error" role="none">
      {message}
    </p>
  );
}

/** A group's own message (e.g. "weights must sum to exactly 100") and the id to reference it by. */
export function useGroupMessage(paths: readonly string[]): {
  id: string | undefined;
  message: string | undefined;
} {
  const id = useId();
  const message = useMessage(paths);
  return { id: message ? id : undefined, message };
}

const joinIds = (...ids: (string | undefined | false)[]) => ids.filter(Boolean).join(' ') || undefined;

interface ControlProps {
  label: ReactNode;
  /** Field paths whose messages show under this control. */
  paths?: readonly string[];
  hint?: ReactNode;
  id?: string;
  /** A group message that also describes this control (and marks it invalid). */
  group?: { id: string | undefined; message: string | undefined };
  /** More ids that describe this control, e.g. a live total. */
  describedBy?: string;
}

function useControl(props: ControlProps) {
  const ownId = useId();
  const { readOnly } = useFormContext();
  const id = props.id ?? ownId;
  const message = useMessage(props.paths ?? []);
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  return {
    id,
    message,
    errorId,
    hintId,
    disabled: readOnly,
    aria: {
      'aria-invalid': message || props.group?.message ? ('true' as const) : undefined,
      'aria-describedby': joinIds(
        props.hint !== undefined && hintId,
        message && errorId,
        props.group?.id,
        props.describedBy,
      ),
    },
  };
}

export function TextField(
  props: ControlProps & {
    value: string;
    onChange(value: string): void;
    multiline?: boolean;
    rows?: number;
    type?: 'text' | 'number';
    inputMode?: 'decimal' | 'text';
    readOnly?: boolean;
    required?: boolean;
    spellCheck?: boolean;
    className?: string;
    numberRange?: { min: number; max: number; step: number };
  },
) {
  const c = useControl(props);
  const common = {
    id: c.id,
    value: props.value,
    readOnly: props.readOnly,
    required: props.required,
    spellCheck: props.spellCheck,
    disabled: c.disabled,
    ...c.aria,
  };
  return (
    <div className={props.className ? `field ${props.className}` : 'field'}>
      <label htmlFor={c.id}>{props.label}</label>
      {props.hint !== undefined && (
        <p id={c.hintId} className="hint">
          {props.hint}
        </p>
      )}
      {props.multiline ? (
        <textarea {...common} rows={props.rows ?? 3} onChange={(e) => props.onChange(e.target.value)} />
      ) : (
        <input
          {...common}
          type={props.type ?? 'text'}
          inputMode={props.inputMode}
          {...props.numberRange}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
      <FieldError id={c.errorId} message={c.message} />
    </div>
  );
}

export function SelectField(
  props: ControlProps & {
    value: string;
    onChange(value: string): void;
    options: readonly { value: string; label: string }[];
    /** Shown first with the value '' (e.g. "Choose a variant"). */
    placeholder?: string;
    className?: string;
  },
) {
  const c = useControl(props);
  const known = props.options.some((o) => o.value === props.value);
  return (
    <div className={props.className ? `field ${props.className}` : 'field'}>
      <label htmlFor={c.id}>{props.label}</label>
      {props.hint !== undefined && (
        <p id={c.hintId} className="hint">
          {props.hint}
        </p>
      )}
      <select
        id={c.id}
        value={props.value}
        disabled={c.disabled}
        onChange={(e) => props.onChange(e.target.value)}
        {...c.aria}
      >
        {(props.placeholder !== undefined || (props.value === '' && !known)) && (
          <option value="">{props.placeholder ?? 'Choose…'}</option>
        )}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError id={c.errorId} message={c.message} />
    </div>
  );
}

export function CheckboxField(
  props: ControlProps & { checked: boolean; onChange(checked: boolean): void; className?: string },
) {
  const c = useControl(props);
  return (
    <div className={props.className ? `form-check ${props.className}` : 'form-check'}>
      <div className="form-check-row">
        <input
          id={c.id}
          type="checkbox"
          checked={props.checked}
          disabled={c.disabled}
          onChange={(e) => props.onChange(e.target.checked)}
          {...c.aria}
        />
        <label htmlFor={c.id}>{props.label}</label>
      </div>
      {props.hint !== undefined && (
        <p id={c.hintId} className="hint">
          {props.hint}
        </p>
      )}
      <FieldError id={c.errorId} message={c.message} />
    </div>
  );
}

/** A button that only exists when the form can be edited. */
export function EditButton(props: {
  children: ReactNode;
  onClick(): void;
  id?: string;
  disabled?: boolean;
  danger?: boolean;
}) {
  const { readOnly } = useFormContext();
  if (readOnly) return null;
  return (
    <button
      id={props.id}
      type="button"
      className={props.danger ? 'button button-secondary form-remove' : 'button button-secondary'}
      onClick={props.onClick}
      disabled={props.disabled}
    >
      {props.children}
    </button>
  );
}
