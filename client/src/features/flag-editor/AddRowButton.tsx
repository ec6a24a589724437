// The "Add …" button under one of the editor's lists: adds a row, then moves focus into the new row.
import type { ReactNode } from 'react';
import { EditButton, useFormContext } from '../forms/form-controls';
import type { FlagForm, UpdateForm } from './flag-form';

export function AddRowButton(props: {
  /** Names the button's id (`…-add-<name>`), which removing the last row focuses. */
  name: string;
  form: FlagForm;
  update: UpdateForm;
  add(form: FlagForm): FlagForm;
  rows(form: FlagForm): readonly { uid: string }[];
  /** The input of the new row that gets focus (`…-<uid>-<focus>`). */
  focus: string;
  children: ReactNode;
}) {
  const { baseId, focusLater } = useFormContext();
  return (
    <div className="flag-editor-actions">
      <EditButton
        id={`${baseId}-add-${props.name}`}
        onClick={() => {
          const next = props.add(props.form);
          const added = props.rows(next).at(-1);
          if (added) focusLater(`${baseId}-${added.uid}-${props.focus}`);
          props.update(() => next, true);
        }}
      >
        {props.children}
      </EditButton>
    </div>
  );
}
