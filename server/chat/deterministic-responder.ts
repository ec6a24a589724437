// The built-in responder: no network, no randomness; the reply is a function of the message and the persona.
import { createHash } from 'node:crypto';
import {
  greetingIntroduces,
  greetingText,
  type PersonaTone,
  type PersonaTopic,
  type ReplyLength,
} from '../personas/persona.js';
import type { Responder, ResponderInput, ResponderReply } from './responder.js';
import { detectTopics, isGreeting } from './topics.js';

/** Four readings per topic; the message's hash picks which and in what order. */
const INSIGHTS: Record<PersonaTopic, readonly string[]> = {
  love: [
    'Venus is drawing honest words out of you; say the thing you have been rehearsing.',
    'A bond grows stronger where both people feel safe to be ordinary.',
    'What you are longing for is already asking you to make a little room for it.',
    'Old patterns in love loosen when you name them out loud.',
  ],
  career: [
    'Saturn rewards the slow, steady effort you have been putting in at work.',
    'A conversation with someone above you opens a door you had not noticed.',
    'Your next step at work is less about ambition than about choosing where your energy goes.',
    'A skill you take for granted is exactly what others are looking for.',
  ],
  health: [
    'Your body is asking for rhythm: regular sleep will do more than any grand plan.',
    'The Moon points to rest; recovery is part of strength, not its opposite.',
    'Small daily care outweighs rare heroic efforts.',
    'Listen to tiredness early; it speaks softly before it shouts. A doctor is the right guide for anything that worries you.',
  ],
  money: [
    'Jupiter favours patience with money: steady saving beats a sudden gamble.',
    'Look at where money leaks quietly before you look for more of it.',
    'An offer that seems too good deserves a second, calmer look.',
    'Clarity about what you truly need makes every financial choice easier.',
  ],
  family: [
    'An old misunderstanding at home is ready to be talked through gently.',
    'The Moon highlights roots: a call to someone you love will matter more than you think.',
    'Family ties strengthen when each person is allowed their own path.',
    'Someone close to you is waiting for a sign that you have noticed their effort.',
  ],
  friendship: [
    'A friendship you had let drift can be renewed with a single message.',
    'Mercury favours honest talk between friends this season.',
    'The people who energise you deserve more of your time than those who drain it.',
    'A new acquaintance may turn into a true ally.',
  ],
  travel: [
    'A journey now brings perspective more than adventure; go with an open plan.',
    'The stars favour moving toward places that feel like a fresh page.',
    'Delays on the road are invitations to notice what you would otherwise rush past.',
    'Plan the practical details early, and let the rest surprise you.',
  ],
  spirituality: [
    'Your intuition has been right more often than you admit; trust it a little further.',
    'Stillness, even five minutes a day, clears the noise around your purpose.',
    'What feels like an ending is making space for something that fits you better.',
    'Gratitude turns the ordinary into a quiet ritual.',
  ],
  astrology: [
    'The planets ask for reflection before action while Mercury slows its pace.',
    "Your sun sign speaks of who you are; your rising sign shows how you meet the world's door.",
    'The coming new Moon is a good moment to set one clear intention.',
    'Saturn teaches through structure: the limits you accept now become your foundation.',
  ],
  tarot: [
    'The cards lean toward the Star: hope, renewal and a steadier heart.',
    'A reversed card is not a curse, only energy turned inward and asking for attention.',
    'The Wheel of Fortune reminds you that cycles turn; hold your plans lightly.',
    'Cups in your spread would speak of feelings; Pentacles of what you build with your hands.',
  ],
  runes: [
    'Raidho, the rune of the journey, suggests movement in the right direction.',
    'Fehu speaks of wealth earned and shared; tend what you already have.',
    'Algiz stands for protection; you are more sheltered than you feel.',
    'Berkano, the birch, brings growth that starts small and quiet.',
  ],
  dreams: [
    'Water in a dream often mirrors feelings that want to surface.',
    'A recurring dream is a message repeating itself until it is heard.',
    'Flying in a dream speaks of release from something that held you down.',
    'Write your dreams down on waking; their meaning often shows a few days later.',
  ],
  education: [
    'Mercury supports study now: short, regular sessions will stick best.',
    'An exam is a snapshot, not a verdict on your worth.',
    'A teacher or mentor has a key insight for you; ask the question you have held back.',
    'Curiosity, not pressure, will carry you through this stretch of learning.',
  ],
  home: [
    'A change at home, even rearranging a room, shifts the energy more than you expect.',
    'The Moon favours comfort: make one corner of your home truly yours.',
    'Clearing clutter outside clears space inside.',
    'A decision about where you live becomes clearer once you name what home means to you.',
  ],
  creativity: [
    'Venus lights your creative side; make something without judging it first.',
    'Inspiration follows practice more often than it leads it.',
    'An unfinished project is calling you back, and it is worth answering.',
    'Let play into your work; that is where your originality hides.',
  ],
  numerology: [
    'The number seven points to reflection and inner knowledge this cycle.',
    'Your life path number hints at steady building rather than sudden leaps.',
    'Repeating numbers you keep noticing are a nudge to pay attention to the present.',
    'The number three speaks of expression: say it, write it, share it.',
  ],
};

/** Readings that fit any topic; the length of the reply decides how many join the topic's own. */
const GENERAL: readonly ((topic: string) => string)[] = [
  (topic) => `The current Moon favours patience in matters of ${topic}.`,
  (topic) => `What you decide about ${topic} in the coming weeks sets the tone for the season.`,
  (topic) => `Around ${topic}, the stars ask you to trust what you already know.`,
  (topic) => `A small step on ${topic} now weighs more than a grand plan later.`,
];

interface ToneWords {
  intro(name: string, topic: string): string;
  /** The intro without the name, for a reply whose greeting has just said who the persona is. */
  lead(topic: string): string;
  hello(name: string): string;
  /** The hello without the name, after a greeting that introduced the persona. */
  ask: string;
  closing: string;
  outOfScope(name: string, topics: string): string;
}

const TONES: Record<PersonaTone, ToneWords> = {
  WARM: {
    intro: (name, topic) => `I'm ${name}, and I'm so glad you asked about ${topic}.`,
    lead: (topic) => `I'm so glad you asked about ${topic}.`,
    hello: (name) => `Hello, dear friend, I'm ${name}. What is on your heart today?`,
    ask: 'What is on your heart today?',
    closing: 'Be gentle with yourself; you are doing better than you think.',
    outOfScope: (name, topics) =>
      `I'm ${name}, and I wish I could help with that, but it lies beyond what I read. I'd love to talk with you about ${topics} instead.`,
  },
  PLAYFUL: {
    intro: (name, topic) => `${name} here, shuffling some stardust over your ${topic} question!`,
    lead: (topic) => `Shuffling some stardust over your ${topic} question!`,
    hello: (name) => `Hey hey, ${name} here! Ready to ask the cosmos something fun?`,
    ask: 'Ready to ask the cosmos something fun?',
    closing: 'Go get them, star child!',
    outOfScope: (name, topics) =>
      `Ooh, ${name} would love to, but that one is outside my crystal ball! Try me on ${topics}.`,
  },
  FORMAL: {
    intro: (name, topic) => `This is ${name}. Regarding your question on ${topic}:`,
    lead: (topic) => `Regarding your question on ${topic}:`,
    hello: (name) => `Good day. This is ${name}. How may I assist you?`,
    ask: 'How may I assist you?',
    closing: 'I trust this guidance is of use to you.',
    outOfScope: (name, topics) =>
      `This is ${name}. I regret that this question falls outside the scope of my consultations. I can advise on ${topics}.`,
  },
  MYSTICAL: {
    intro: (name, topic) => `I am ${name}, and the veil parts on matters of ${topic}...`,
    lead: (topic) => `The veil parts on matters of ${topic}...`,
    hello: (name) => `I am ${name}. The stars have been expecting you; ask, and they will answer.`,
    ask: 'The stars have been expecting you; ask, and they will answer.',
    closing: 'So it is written among the stars.',
    outOfScope: (name, topics) =>
      `I am ${name}. The stars fall silent on this question; their light reaches only ${topics}.`,
  },
};

/** How many topic readings and general readings each length gives, and whether it closes. */
const LENGTHS: Record<ReplyLength, { topic: number; general: number; closing: boolean }> = {
  SHORT: { topic: 1, general: 0, closing: false },
  MEDIUM: { topic: 2, general: 1, closing: true },
  LONG: { topic: 4, general: 2, closing: true },
};

/** "a", "a and b", "a, b and c". */
export function listTopics(topics: readonly string[]): string {
  if (topics.length <= 1) return topics.join('');
  return `${topics.slice(0, -1).join(', ')} and ${topics.at(-1)}`;
}

/** `count` items starting at an offset drawn from the hash, wrapping around. */
function pick<T>(items: readonly T[], count: number, offset: number): T[] {
  const n = Math.min(count, items.length);
  return Array.from({ length: n }, (_, i) => items[(offset + i) % items.length] as T);
}

function seed(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

export class DeterministicResponder implements Responder {
  async respond(input: ResponderInput): Promise<ResponderReply> {
    return compose(input);
  }
}

/** Pure: the same message, persona and history always give the same reply. */
export function compose({ text, persona, history }: ResponderInput): ResponderReply {
  const words = TONES[persona.tone];
  const firstReply = !history.some((h) => h.role === 'assistant');
  const opening = firstReply && persona.greeting ? [greetingText(persona)] : [];
  // A greeting that names the persona has introduced it: the reply must not say "I am X" a second time.
  const introduced = opening.length > 0 && greetingIntroduces(persona);
  const detected = detectTopics(text);
  const topic = detected.find((t) => persona.allowedTopics.includes(t));

  if (!topic) {
    if (detected.length === 0 && isGreeting(text)) {
      const hello = introduced ? words.ask : words.hello(persona.name);
      return { text: [...opening, hello].join(' '), outOfScope: false };
    }
    return { text: words.outOfScope(persona.name, listTopics(persona.allowedTopics)), outOfScope: true };
  }

  const hash = seed(`${topic}\n${text}`);
  const shape = LENGTHS[persona.replyLength];
  const readings = [
    ...pick(INSIGHTS[topic], shape.topic, hash.readUInt32BE(0)),
    ...pick(GENERAL, shape.general, hash.readUInt32BE(4)).map((reading) => reading(topic)),
  ];
  return {
    text: [
      ...opening,
      introduced ? words.lead(topic) : words.intro(persona.name, topic),
      ...readings,
      ...(shape.closing ? [words.closing] : []),
    ].join(' '),
    outOfScope: false,
  };
}
