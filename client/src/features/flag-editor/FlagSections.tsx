// The flag editor's parts as folding sections: variants, targeting, rules, default serve, prerequisites.
import { EditorSection } from '../editor/EditorSection';
import { type FlagForm, type FlagInput, formProblems, toInput, type UpdateForm } from './flag-form';
import { PrerequisitesEditor } from './PrerequisitesEditor';
import { RulesEditor, type Segment } from './RuleEditor';
import { ServeEditor } from './ServeEditor';
import { TargetingEditor } from './TargetingEditor';
import { partChanged } from './unsaved-changes';
import { VariantsEditor } from './VariantsEditor';

/** The form's parts from top to bottom, by the first segment of their field paths. */
export const FORM_ORDER = [
  'description',
  'variants',
  'offVariant',
  'targets',
  'rules',
  'fallthrough',
  'prerequisites',
] as const;

/** Which path heads each section holds, for counting its problems. */
export const SECTION_HEADS = {
  variants: ['variants', 'offVariant'],
  targeting: ['targets'],
  rules: ['rules'],
  fallthrough: ['fallthrough'],
  prerequisites: ['prerequisites'],
} as const satisfies Record<string, readonly string[]>;

export function FlagSections(props: {
  form: FlagForm;
  baseline: FlagInput | null;
  update: UpdateForm;
  segments: readonly Segment[];
  otherFlags: readonly string[];
  partialFlags: boolean;
  problems: Record<string, number>;
}) {
  const { form, baseline, update } = props;
  const current = formProblems(form).size === 0 ? toInput(form) : undefined;
  const changed = (keys: readonly (keyof FlagInput)[]) => partChanged(baseline, current, keys);
  const problems = (name: keyof typeof SECTION_HEADS) => props.problems[name] ?? 0;
  // Parts that hold something start open; empty ones (and a boolean flag's fixed variants) start folded.
  return (
    <>
      <EditorSection
        title="Variants"
        problems={problems('variants')}
        changed={changed(['variants', 'offVariant'])}
        defaultOpen={form.type === 'VARIANT'}
      >
        <VariantsEditor form={form} update={update} />
      </EditorSection>
      <EditorSection
        title="Individual targeting"
        problems={problems('targeting')}
        changed={changed(['targets'])}
        defaultOpen={form.variants.some((v) => v.userIds.trim() !== '')}
      >
        <TargetingEditor form={form} update={update} />
      </EditorSection>
      <EditorSection
        title="Rules"
        problems={problems('rules')}
        changed={changed(['rules'])}
        defaultOpen={form.rules.length > 0}
      >
        <RulesEditor form={form} update={update} segments={props.segments} />
      </EditorSection>
      <EditorSection
        title="Default serve"
        problems={problems('fallthrough')}
        changed={changed(['fallthrough'])}
        defaultOpen
      >
        <ServeEditor
          legend="Default serve"
          form={form}
          serve={form.fallthrough}
          path="fallthrough"
          onChange={(fallthrough, structural) => update((f) => ({ ...f, fallthrough }), structural)}
        />
      </EditorSection>
      <EditorSection
        title="Prerequisites"
        problems={problems('prerequisites')}
        changed={changed(['prerequisites'])}
        defaultOpen={form.prerequisites.length > 0}
      >
        <PrerequisitesEditor
          form={form}
          update={update}
          flags={props.otherFlags}
          partial={props.partialFlags}
        />
      </EditorSection>
    </>
  );
}
