// Topic detection for the built-in responder: keywords per topic of the persona vocabulary, counted in a message.
import { PERSONA_TOPICS, type PersonaTopic } from '../personas/persona.js';

/** Lower-case words; a keyword also matches its plural (+s, +es). Every topic must have some. */
export const TOPIC_KEYWORDS: Record<PersonaTopic, readonly string[]> = {
  love: [
    'love',
    'lover',
    'romance',
    'romantic',
    'crush',
    'partner',
    'relationship',
    'boyfriend',
    'girlfriend',
    'husband',
    'wife',
    'marriage',
    'marry',
    'married',
    'wedding',
    'dating',
    'date',
    'soulmate',
    'heart',
    'breakup',
    'ex',
    'kiss',
  ],
  career: [
    'career',
    'job',
    'work',
    'working',
    'boss',
    'colleague',
    'promotion',
    'interview',
    'office',
    'profession',
    'business',
    'hired',
    'fired',
    'resign',
    'project',
    'manager',
  ],
  health: [
    'health',
    'healthy',
    'sick',
    'illness',
    'ill',
    'doctor',
    'body',
    'sleep',
    'tired',
    'energy',
    'stress',
    'anxiety',
    'diet',
    'exercise',
    'healing',
    'wellbeing',
  ],
  money: [
    'money',
    'finance',
    'financial',
    'rich',
    'wealth',
    'salary',
    'debt',
    'loan',
    'invest',
    'investment',
    'savings',
    'budget',
    'income',
    'pay',
    'raise',
    'cash',
    'lottery',
  ],
  family: [
    'family',
    'mother',
    'father',
    'mom',
    'mum',
    'dad',
    'parent',
    'child',
    'children',
    'kid',
    'son',
    'daughter',
    'brother',
    'sister',
    'sibling',
    'grandmother',
    'grandfather',
    'pregnant',
    'pregnancy',
    'baby',
  ],
  friendship: ['friend', 'friendship', 'bestie', 'buddy', 'companion', 'loneliness', 'lonely', 'social'],
  travel: [
    'travel',
    'trip',
    'journey',
    'vacation',
    'holiday',
    'abroad',
    'flight',
    'move',
    'moving',
    'relocate',
    'country',
    'voyage',
  ],
  spirituality: [
    'spirit',
    'spiritual',
    'spirituality',
    'soul',
    'meditation',
    'meditate',
    'karma',
    'destiny',
    'fate',
    'purpose',
    'universe',
    'angel',
    'chakra',
    'aura',
    'intuition',
  ],
  astrology: [
    'astrology',
    'horoscope',
    'zodiac',
    'sign',
    'star',
    'planet',
    'moon',
    'sun',
    'mercury',
    'venus',
    'mars',
    'jupiter',
    'saturn',
    'retrograde',
    'ascendant',
    'birth',
    'chart',
    'aries',
    'taurus',
    'gemini',
    'cancer',
    'leo',
    'virgo',
    'libra',
    'scorpio',
    'sagittarius',
    'capricorn',
    'aquarius',
    'pisces',
  ],
  tarot: ['tarot', 'card', 'arcana', 'spread', 'reading', 'deck'],
  runes: ['rune', 'runic', 'futhark', 'norse', 'odin'],
  dreams: ['dream', 'dreaming', 'dreamt', 'dreamed', 'nightmare', 'vision', 'lucid'],
  education: [
    'school',
    'study',
    'studies',
    'exam',
    'test',
    'university',
    'college',
    'degree',
    'learn',
    'learning',
    'class',
    'teacher',
    'student',
  ],
  home: ['home', 'house', 'apartment', 'flat', 'roommate', 'neighbour', 'neighbor', 'garden', 'rent'],
  creativity: [
    'creative',
    'creativity',
    'art',
    'artist',
    'music',
    'paint',
    'painting',
    'write',
    'writing',
    'novel',
    'poem',
    'song',
    'inspiration',
  ],
  numerology: ['numerology', 'number', 'numbers', 'digit', 'lucky', 'life path'],
};

const GREETINGS = new Set([
  'hi',
  'hello',
  'hey',
  'hiya',
  'greetings',
  'good',
  'morning',
  'afternoon',
  'evening',
  'bonjour',
  'salut',
  'hola',
  'hallo',
  'there',
]);

/** Lower-cased words without accents, punctuation or digits-only noise. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

const KEYWORD_TOPICS = new Map<string, PersonaTopic[]>();
for (const topic of PERSONA_TOPICS) {
  for (const keyword of TOPIC_KEYWORDS[topic]) {
    for (const form of [keyword, `${keyword}s`, `${keyword}es`]) {
      const topics = KEYWORD_TOPICS.get(form) ?? [];
      if (!topics.includes(topic)) topics.push(topic);
      KEYWORD_TOPICS.set(form, topics);
    }
  }
}

/** Topics mentioned in the text, most mentioned first; ties keep the vocabulary's order. */
export function detectTopics(text: string): PersonaTopic[] {
  const tokens = words(text);
  const counts = new Map<PersonaTopic, number>();
  for (const word of tokens) {
    for (const topic of KEYWORD_TOPICS.get(word) ?? []) counts.set(topic, (counts.get(topic) ?? 0) + 1);
  }
  // Keywords of two words ("life path") are matched on the joined text.
  const joined = ` ${tokens.join(' ')} `;
  for (const topic of PERSONA_TOPICS) {
    for (const keyword of TOPIC_KEYWORDS[topic]) {
      if (keyword.includes(' ') && joined.includes(` ${keyword} `)) {
        counts.set(topic, (counts.get(topic) ?? 0) + 1);
      }
    }
  }
  return PERSONA_TOPICS.filter((t) => counts.has(t)).sort(
    (a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0),
  );
}

/** A short message made only of greeting words ("hi", "good morning"). */
export function isGreeting(text: string): boolean {
  const tokens = words(text);
  return tokens.length > 0 && tokens.length <= 4 && tokens.every((w) => GREETINGS.has(w));
}
