// The persona form's bounds (the server's, checked early) and how field issues map onto the form's fields.
import type { FieldIssue } from '../../app/errors';

export const LIMITS = { nameMax: 60, greetingMax: 280, topicsMin: 1, topicsMax: 20, reasonMax: 500 } as const;

/** The form's fields, in the order they appear (the first one with an issue takes the focus). */
export const FIELDS = ['name', 'greeting', 'tone', 'replyLength', 'allowedTopics', 'reason'] as const;
export type Field = (typeof FIELDS)[number];

/** Messages by field; issues whose path names no field of the form are kept apart under `other`. */
export interface FieldErrors {
  byField: Partial<Record<Field, string>>;
  other: FieldIssue[];
}

export const NO_ERRORS: FieldErrors = { byField: {}, other: [] };

// Code points, as the server counts them: an emoji is one character.
export const charCount = (text: string) => [...text].length;

export interface DraftToCheck {
  name: string;
  greeting: string;
  allowedTopics: readonly string[];
}

/** The server's bounds, checked before sending so most mistakes are shown without a round trip. */
export function checkDraft(draft: DraftToCheck, reason: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const name = draft.name.trim();
  if (name === '') issues.push({ path: 'name', message: 'must not be empty' });
  else if (charCount(name) > LIMITS.nameMax) {
    issues.push({ path: 'name', message: `at most ${LIMITS.nameMax} characters` });
  }
  if (charCount(draft.greeting.trim()) > LIMITS.greetingMax) {
    issues.push({ path: 'greeting', message: `at most ${LIMITS.greetingMax} characters` });
  }
  const topics = draft.allowedTopics.length;
  if (topics < LIMITS.topicsMin || topics > LIMITS.topicsMax) {
    issues.push({
      path: 'allowedTopics',
      message: `between ${LIMITS.topicsMin} and ${LIMITS.topicsMax} topics, got ${topics}`,
    });
  }
  if (reason.trim() === '') issues.push({ path: 'reason', message: 'say why' });
  return issues;
}

const isField = (name: string): name is Field => (FIELDS as readonly string[]).includes(name);

/**
 * Groups issues by the form field they belong to: `allowedTopics.2` goes to the topics, named by
 * `describe` (the topic at that index), and `input.name` (an argument path) to the name.
 */
export function groupIssues(issues: readonly FieldIssue[], describe: (path: string) => string | undefined) {
  const errors: FieldErrors = { byField: {}, other: [] };
  for (const issue of issues) {
    const segments = issue.path.split('.');
    const head = segments[0] === 'input' ? segments[1] : segments[0];
    if (head === undefined || !isField(head)) {
      errors.other.push(issue);
      continue;
    }
    const subject = describe(issue.path);
    const message = subject ? `${subject}: ${issue.message}` : issue.message;
    const before = errors.byField[head];
    errors.byField[head] = before ? `${before}; ${message}` : message;
  }
  return errors;
}

export function firstInvalid(errors: FieldErrors): Field | undefined {
  return FIELDS.find((field) => errors.byField[field] !== undefined);
}
