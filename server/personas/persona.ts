// The astrologer persona: one global, versioned configuration that shapes every chat reply, and its bounds.

import type { FieldIssue } from '../platform/errors.js';
import { nulIssue } from '../platform/text.js';

/** The persona is a single global entity, like a flag; its revisions and audit rows use this key. */
export const PERSONA_KEY = 'default';

export const PERSONA_TONES = ['WARM', 'PLAYFUL', 'FORMAL', 'MYSTICAL'] as const;
export type PersonaTone = (typeof PERSONA_TONES)[number];

export const REPLY_LENGTHS = ['SHORT', 'MEDIUM', 'LONG'] as const;
export type ReplyLength = (typeof REPLY_LENGTHS)[number];

/** The closed vocabulary of topics a persona may allow; the built-in responder knows keywords for each. */
export const PERSONA_TOPICS = [
  'love',
  'career',
  'health',
  'money',
  'family',
  'friendship',
  'travel',
  'spirituality',
  'astrology',
  'tarot',
  'runes',
  'dreams',
  'education',
  'home',
  'creativity',
  'numerology',
] as const;
export type PersonaTopic = (typeof PERSONA_TOPICS)[number];

/** Written in a greeting, it stands for the persona's name, so renaming the persona renames its greeting. */
export const NAME_PLACEHOLDER = '{name}';

/** The greeting as users read it: every {name} replaced by the persona's name. */
export function greetingText(persona: Pick<PersonaContent, 'name' | 'greeting'>): string {
  return persona.greeting.replaceAll(NAME_PLACEHOLDER, persona.name);
}

/** Whether the greeting already says who the persona is, so a reply after it need not introduce it again. */
export function greetingIntroduces(persona: Pick<PersonaContent, 'name' | 'greeting'>): boolean {
  return greetingText(persona).includes(persona.name);
}

export const PERSONA_LIMITS = {
  nameMax: 60,
  greetingMax: 280,
  topicsMin: 1,
  topicsMax: 20,
} as const;

/** The editable content: what a revision stores and a rollback restores. */
export interface PersonaContent {
  name: string;
  tone: PersonaTone;
  replyLength: ReplyLength;
  allowedTopics: PersonaTopic[];
  greeting: string;
}

export interface Persona extends PersonaContent {
  revision: number;
  updatedAt: Date;
}

/** Exactly the content fields, in a stable order (diffs and revision rows compare these). */
export function personaContent(persona: PersonaContent): PersonaContent {
  return {
    name: persona.name,
    tone: persona.tone,
    replyLength: persona.replyLength,
    allowedTopics: [...persona.allowedTopics],
    greeting: persona.greeting,
  };
}

/** Input as a client sends it: trims text and lower-cases topics; unknown values are left for validation. */
export function normalizePersona(input: {
  name: string;
  tone: string;
  replyLength: string;
  allowedTopics: readonly string[];
  greeting?: string | null | undefined;
}): PersonaContent {
  return {
    name: input.name.trim(),
    tone: input.tone as PersonaTone,
    replyLength: input.replyLength as ReplyLength,
    allowedTopics: input.allowedTopics.map((t) => t.trim().toLowerCase()) as PersonaTopic[],
    greeting: (input.greeting ?? '').trim(),
  };
}

const isTopic = (value: unknown): value is PersonaTopic =>
  typeof value === 'string' && (PERSONA_TOPICS as readonly string[]).includes(value);

// Code points, not UTF-16 units: an emoji in a name counts as one character.
const length = (text: string) => [...text].length;

/** Every bound the persona must respect, each with its field path; empty when the content is valid. */
export function validatePersona(content: PersonaContent): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const name = typeof content.name === 'string' ? content.name : '';
  issues.push(...nulIssue('name', name));
  if (name.trim().length === 0) issues.push({ path: 'name', message: 'must not be empty' });
  else if (length(name) > PERSONA_LIMITS.nameMax) {
    issues.push({ path: 'name', message: `at most ${PERSONA_LIMITS.nameMax} characters` });
  }
  if (!(PERSONA_TONES as readonly string[]).includes(content.tone)) {
    issues.push({ path: 'tone', message: `must be one of ${PERSONA_TONES.join(', ')}` });
  }
  if (!(REPLY_LENGTHS as readonly string[]).includes(content.replyLength)) {
    issues.push({ path: 'replyLength', message: `must be one of ${REPLY_LENGTHS.join(', ')}` });
  }
  const topics: unknown[] = Array.isArray(content.allowedTopics) ? content.allowedTopics : [];
  if (topics.length < PERSONA_LIMITS.topicsMin || topics.length > PERSONA_LIMITS.topicsMax) {
    issues.push({
      path: 'allowedTopics',
      message: `between ${PERSONA_LIMITS.topicsMin} and ${PERSONA_LIMITS.topicsMax} topics, got ${topics.length}`,
    });
  }
  const seen = new Set<unknown>();
  topics.forEach((topic, i) => {
    if (!isTopic(topic)) {
      issues.push({
        path: `allowedTopics.${i}`,
        message: `unknown topic; known: ${PERSONA_TOPICS.join(', ')}`,
      });
    } else if (seen.has(topic)) {
      issues.push({ path: `allowedTopics.${i}`, message: `${topic} is listed twice` });
    }
    seen.add(topic);
  });
  const greeting = typeof content.greeting === 'string' ? content.greeting : '';
  issues.push(...nulIssue('greeting', greeting));
  if (length(greeting) > PERSONA_LIMITS.greetingMax) {
    issues.push({ path: 'greeting', message: `at most ${PERSONA_LIMITS.greetingMax} characters` });
  }
  return issues;
}
