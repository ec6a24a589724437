// The persona's bounds: every violation reported with its field path.
import { describe, expect, it } from 'vitest';
import { normalizePersona, PERSONA_TOPICS, type PersonaContent, validatePersona } from './persona.js';

const valid: PersonaContent = {
  name: 'Selene',
  tone: 'WARM',
  replyLength: 'MEDIUM',
  allowedTopics: ['love', 'tarot'],
  greeting: 'Welcome.',
};

const paths = (content: PersonaContent) => validatePersona(content).map((i) => i.path);

describe('validatePersona', () => {
  it('accepts a persona within bounds, at the limits included', () => {
    expect(validatePersona(valid)).toEqual([]);
    expect(
      validatePersona({
        ...valid,
        name: 'n'.repeat(60),
        greeting: 'g'.repeat(280),
        allowedTopics: [...PERSONA_TOPICS],
      }),
    ).toEqual([]);
    expect(validatePersona({ ...valid, greeting: '' })).toEqual([]);
  });

  it.each([
    ['an empty name', { name: '' }, 'name'],
    ['a blank name', { name: '   ' }, 'name'],
    ['a 61-character name', { name: 'n'.repeat(61) }, 'name'],
    ['a 281-character greeting', { greeting: 'g'.repeat(281) }, 'greeting'],
    ['no topics', { allowedTopics: [] }, 'allowedTopics'],
    ['an unknown topic', { allowedTopics: ['love', 'politics'] }, 'allowedTopics.1'],
    ['a topic listed twice', { allowedTopics: ['love', 'tarot', 'love'] }, 'allowedTopics.2'],
    ['an unknown tone', { tone: 'GRUMPY' }, 'tone'],
    ['an unknown reply length', { replyLength: 'ENDLESS' }, 'replyLength'],
  ])('rejects %s at its path', (_name, change, path) => {
    expect(paths({ ...valid, ...change } as PersonaContent)).toEqual([path]);
  });

  it('rejects more than 20 topics', () => {
    const topics = Array.from({ length: 21 }, (_, i) => PERSONA_TOPICS[i % PERSONA_TOPICS.length]);
    expect(paths({ ...valid, allowedTopics: topics as PersonaContent['allowedTopics'] })).toContain(
      'allowedTopics',
    );
  });

  it('counts characters, not UTF-16 units', () => {
    expect(validatePersona({ ...valid, name: '🌙'.repeat(60) })).toEqual([]);
  });
});

describe('normalizePersona', () => {
  it('trims text and lower-cases topics', () => {
    expect(
      normalizePersona({
        name: '  Selene ',
        tone: 'WARM',
        replyLength: 'SHORT',
        allowedTopics: [' Love', 'TAROT'],
        greeting: null,
      }),
    ).toEqual({
      name: 'Selene',
      tone: 'WARM',
      replyLength: 'SHORT',
      allowedTopics: ['love', 'tarot'],
      greeting: '',
    });
  });
});
