// The built-in responder: deterministic, topic-aware, shaped by the persona's name, tone and reply length.
import { describe, expect, it } from 'vitest';
import type { Persona } from '../personas/persona.js';
import { compose, DeterministicResponder, listTopics } from './deterministic-responder.js';
import { detectTopics, isGreeting } from './topics.js';

const persona: Persona = {
  name: 'Selene',
  tone: 'WARM',
  replyLength: 'MEDIUM',
  allowedTopics: ['love', 'career', 'tarot'],
  greeting: 'Welcome, traveller.',
  revision: 3,
  updatedAt: new Date('2026-01-01T00:00:00Z'),
};

const ask = (
  text: string,
  p: Partial<Persona> = {},
  history: { role: 'user' | 'assistant'; text: string }[] = [],
) => compose({ text, persona: { ...persona, ...p }, history });

describe('topic detection', () => {
  it.each([
    ['Will my boyfriend propose?', 'love'],
    ['Should I ask my boss for a promotion?', 'career'],
    ['I keep dreaming of water', 'dreams'],
    ['What do the cards say? Draw a tarot spread', 'tarot'],
    ['Is Mercury retrograde this week?', 'astrology'],
    ['What is my life path number?', 'numerology'],
  ])('%s -> %s', (text, topic) => {
    expect(detectTopics(text)[0]).toBe(topic);
  });

  it('finds nothing in a question off every topic', () => {
    expect(detectTopics('What is the capital of France?')).toEqual([]);
  });

  it('matches plurals and ignores case and accents', () => {
    expect(detectTopics('RÊVES? no: DREAMS and Cards')).toEqual(['tarot', 'dreams']);
  });

  it('recognises a bare greeting only', () => {
    expect(isGreeting('Hello!')).toBe(true);
    expect(isGreeting('good morning')).toBe(true);
    expect(isGreeting('hello, what is the capital of France?')).toBe(false);
  });
});

describe('replies', () => {
  it('is deterministic: the same input gives the same reply', async () => {
    const responder = new DeterministicResponder();
    const input = { text: 'Will I find love this year?', persona, history: [] };
    expect(await responder.respond(input)).toEqual(await responder.respond(input));
  });

  it('names the persona and opens the first reply of a conversation with its greeting', () => {
    const first = ask('Will I find love this year?');
    expect(first.outOfScope).toBe(false);
    expect(first.text.startsWith('Welcome, traveller.')).toBe(true);
    expect(first.text).toContain('Selene');
    const later = ask('Will I find love this year?', {}, [
      { role: 'user', text: 'hi' },
      { role: 'assistant', text: 'hello' },
    ]);
    expect(later.text.startsWith('Welcome, traveller.')).toBe(false);
    expect(later.text).toContain('Selene');
  });

  it('answers outside the allowed topics politely, listing the allowed ones', () => {
    const reply = ask('I keep dreaming of water');
    expect(reply.outOfScope).toBe(true);
    expect(reply.text).toContain('Selene');
    expect(reply.text).toContain('love, career and tarot');
  });

  it('treats a message with no known topic as out of scope, but answers a greeting', () => {
    expect(ask('What is the capital of France?').outOfScope).toBe(true);
    expect(ask('hello').outOfScope).toBe(false);
  });

  it('answers the allowed topic when a message mixes allowed and other topics', () => {
    const reply = ask('My dream was about my boss and my job');
    expect(reply.outOfScope).toBe(false);
    expect(reply.text).toContain('career');
  });

  it('grows with replyLength', () => {
    const text = 'Will I find love this year?';
    const short = ask(text, { replyLength: 'SHORT' }).text.length;
    const medium = ask(text, { replyLength: 'MEDIUM' }).text.length;
    const long = ask(text, { replyLength: 'LONG' }).text.length;
    expect(short).toBeLessThan(medium);
    expect(medium).toBeLessThan(long);
  });

  it('changes its wording with the tone', () => {
    const text = 'Should I change jobs?';
    const replies = (['WARM', 'PLAYFUL', 'FORMAL', 'MYSTICAL'] as const).map(
      (tone) => ask(text, { tone }).text,
    );
    expect(new Set(replies).size).toBe(4);
    expect(ask(text, { tone: 'FORMAL', greeting: '' }).text.startsWith('This is Selene.')).toBe(true);
  });
});

describe('the greeting', () => {
  const named = { greeting: 'Welcome, traveller of the stars. I am {name}; ask, and I will read the sky.' };

  it('puts the persona name where the greeting says {name}, and follows a rename', () => {
    expect(ask('Will I find love this year?', named).text).toMatch(
      /^Welcome, traveller of the stars\. I am Selene;/,
    );
    const renamed = ask('Will I find love this year?', { ...named, name: 'Orion' }).text;
    expect(renamed).toMatch(/^Welcome, traveller of the stars\. I am Orion;/);
    expect(renamed).not.toContain('Selene');
  });

  it.each(['WARM', 'PLAYFUL', 'FORMAL', 'MYSTICAL'] as const)(
    'introduces the persona once in a %s first reply whose greeting names it',
    (tone) => {
      for (const text of ['Will I find love this year?', 'hello']) {
        const reply = ask(text, { ...named, tone }).text;
        expect(reply.split('Selene').length - 1).toBe(1);
      }
    },
  );

  it('still introduces the persona after a greeting that does not name it', () => {
    const reply = ask('Will I find love this year?', { greeting: 'Welcome!' }).text;
    expect(reply).toMatch(/^Welcome! I'm Selene, and/);
  });
});

it('lists topics in prose', () => {
  expect(listTopics(['love'])).toBe('love');
  expect(listTopics(['love', 'tarot'])).toBe('love and tarot');
  expect(listTopics(['love', 'career', 'tarot'])).toBe('love, career and tarot');
});
