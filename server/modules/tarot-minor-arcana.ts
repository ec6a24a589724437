// Meanings of the 56 Minor Arcana, by suit and rank, written for Augur.
import type { CardMeanings, TarotRank, TarotSuit } from './tarot-card.js';

type SuitMeanings = Readonly<Record<TarotRank, CardMeanings>>;

// Wands: fire, drive and creative spark.
const WANDS: SuitMeanings = {
  ace: {
    upright:
      'A spark of inspiration or a bold new venture is ready to catch. Act on the enthusiasm while it burns bright.',
    reversed:
      'The spark is there but delayed or unfocused. Get clear on what truly excites you before you begin.',
  },
  two: {
    upright:
      'You are planning your next move with the wider world in view. Make a decision and start mapping the route.',
    reversed:
      'Fear of the unknown is keeping you close to home. One small first step can make the plan feel real.',
  },
  three: {
    upright:
      'Your efforts are travelling outward and coming back with promise. Keep looking ahead; expansion is under way.',
    reversed:
      'Progress is slower than hoped, or plans have hit a snag. Adjust your expectations without losing the vision.',
  },
  four: {
    upright:
      'A time of celebration, homecoming and well-earned stability. Gather the people who matter and enjoy what you have built.',
    reversed:
      'Harmony at home or in your community feels unsettled. A little care and an honest welcome can restore the sense of belonging.',
  },
  five: {
    upright:
      'Competing voices and friendly rivalry are stirring things up. Turn the friction into growth rather than conflict.',
    reversed:
      'You may be avoiding a needed disagreement, or be worn out by constant clashing. Look for common ground.',
  },
  six: {
    upright:
      'Recognition and success are coming your way. Accept the praise graciously; you have earned this moment.',
    reversed:
      'Worry about what others think is dimming your confidence. Your worth does not depend on applause.',
  },
  seven: {
    upright:
      'You are standing your ground, and your position is stronger than it feels. Hold firm to what you believe in.',
    reversed: 'Constant defending has left you weary. Choose which battles truly need you.',
  },
  eight: {
    upright:
      'Things are moving quickly now; news and momentum arrive all at once. Ride the swift energy and act promptly.',
    reversed:
      'Delays or scattered energy are slowing the pace. Be patient and avoid rushing into hasty choices.',
  },
  nine: {
    upright:
      'You are tired but resilient, and closer to the finish than you think. Guard your energy and persist a little longer.',
    reversed: 'Exhaustion is making everything feel like a fight. Let someone help you carry the load.',
  },
  ten: {
    upright:
      'You are carrying a heavy burden, perhaps more than your share. Success is near, but consider what you can set down.',
    reversed:
      'The weight has become too much to hold alone. Delegate, say no, or release what was never yours to carry.',
  },
  page: {
    upright:
      'A curious, adventurous idea or message comes your way. Explore it with fresh eyes and a playful heart.',
    reversed:
      'Enthusiasm flares and fades without direction. Give your ideas a little structure so they can grow.',
  },
  knight: {
    upright:
      'Passion and bold action carry you forward at speed. Follow the adventure, but keep an eye on the road.',
    reversed:
      'Impulsiveness or restlessness may lead to hasty mistakes. Slow down enough to finish what you start.',
  },
  queen: {
    upright:
      'Confidence, warmth and vivid self-expression are your gifts now. Stand in your light and let it inspire others.',
    reversed:
      'Self-doubt or envy is dimming your natural glow. Remember what makes you shine and return to it.',
  },
  king: {
    upright:
      'Visionary leadership and a clear sense of purpose are called for. Lead boldly and share your vision.',
    reversed:
      'Impatience or a need to dominate may undermine good intentions. Lead by example rather than by force.',
  },
};

// Cups: feelings, love and connection.
const CUPS: SuitMeanings = {
  ace: {
    upright:
      'A new wave of love, compassion or emotional renewal is pouring in. Open your heart and let yourself receive.',
    reversed:
      'Feelings are being held back, or poured out where they are not returned. Tend to your own heart first.',
  },
  two: {
    upright:
      'A meeting of hearts, a partnership of respect and affection. Honour the connection and meet each other halfway.',
    reversed:
      'A relationship feels out of balance, or a bond has cooled. Gentle honesty can help you find each other again.',
  },
  three: {
    upright:
      'Friendship, celebration and shared joy surround you. Gather with your people and let yourself be lifted up.',
    reversed:
      'Too much socialising or a strained friendship is leaving you drained. Seek the company that truly nourishes you.',
  },
  four: {
    upright:
      'You may be turning inward and overlooking what is being offered. Reflect, but keep one eye open for a gift.',
    reversed:
      'You are ready to re-engage after a spell of withdrawal. Say yes to the chance you nearly missed.',
  },
  five: {
    upright:
      'Grief or disappointment is asking to be felt. Mourn what was lost, then turn, when ready, to see what remains.',
    reversed: 'You are beginning to move on and to forgive. Acceptance is bringing you back toward peace.',
  },
  six: {
    upright:
      'Sweet memories, kindness and innocence soften the moment. Visit the past for comfort, or offer a simple gift of care.',
    reversed:
      'Living too much in the past may be keeping you from the present. Carry the lessons forward and leave the rest.',
  },
  seven: {
    upright:
      'Many options shimmer before you, some more real than others. Look past the illusions and choose with clear eyes.',
    reversed:
      'The fog is lifting and your choices are becoming clearer. Commit to what is real and let the daydreams go.',
  },
  eight: {
    upright:
      'You are ready to walk away from something that no longer fulfils you. The search for deeper meaning is worth it.',
    reversed:
      'You may be torn between staying and leaving, or drifting without direction. Ask honestly what your heart seeks.',
  },
  nine: {
    upright:
      'Contentment and wishes fulfilled are within reach. Savour the satisfaction and be grateful for what you have.',
    reversed:
      'Satisfaction feels hollow, or you are chasing more than you need. Look for the joy that comes from within.',
  },
  ten: {
    upright:
      'Harmony, love and emotional fulfilment in family or community. Cherish the happiness you share with those you love.',
    reversed:
      'Tension at home or unmet expectations are clouding the picture. Let go of the ideal and appreciate what is real.',
  },
  page: {
    upright:
      'A tender message, a creative idea or an emotional surprise arrives. Let your intuition and imagination play.',
    reversed:
      'A creative block or raw feelings may be getting the upper hand. Listen to your emotions without letting them steer.',
  },
  knight: {
    upright:
      'Romance, charm and heartfelt offers are coming your way. Follow your heart and let imagination lead somewhere lovely.',
    reversed:
      'Moodiness or unrealistic hopes may be in the way. Check that the dream has its feet on the ground.',
  },
  queen: {
    upright:
      'Compassion, emotional wisdom and calm intuition guide you. Care for others while staying true to your own feelings.',
    reversed:
      "You may be absorbing others' emotions until you lose your own. Set gentle boundaries and come back to yourself.",
  },
  king: {
    upright:
      'Emotional balance and steady kindness make you a calm harbour for others. Lead with both heart and head.',
    reversed:
      'Feelings are being bottled up or are spilling over. Find a healthy way to express what you hold inside.',
  },
};

// Swords: thought, truth and conflict.
const SWORDS: SuitMeanings = {
  ace: {
    upright: 'A breakthrough of clarity cuts through confusion. Speak your truth and act on the new insight.',
    reversed:
      'Thoughts feel clouded, or a message is being misunderstood. Take time to sort fact from assumption.',
  },
  two: {
    upright:
      'You are caught between two options and hesitant to choose. Gently look at what you have been avoiding.',
    reversed:
      'Indecision is becoming exhausting, though the missing facts are coming to light. Trust yourself to choose.',
  },
  three: {
    upright:
      'Heartache and painful truth are present. Let the sorrow move through you; healing begins once it is acknowledged.',
    reversed: 'You are starting to recover from a hurt. Be gentle with yourself while the wound closes.',
  },
  four: {
    upright: 'Rest and retreat are needed to restore your mind. Take a pause; recovery is real work too.',
    reversed:
      'Restlessness or burnout says you have not rested enough. Return to the world slowly and with care.',
  },
  five: {
    upright:
      'A conflict may have been won at too high a cost. Ask whether being right is worth what it takes.',
    reversed:
      'You are ready to make peace or to walk away from a pointless fight. Reconciliation is possible once pride steps aside.',
  },
  six: {
    upright:
      'You are moving away from troubled waters toward calmer shores. The passage may be quiet, but it is healing.',
    reversed:
      'Unfinished business is making it hard to move on. Face what you are carrying so the journey can continue.',
  },
  seven: {
    upright:
      "Strategy and discretion are at play, but watch for deception, yours or another's. Act wisely and honestly.",
    reversed:
      'A secret is coming out, or you are ready to stop going it alone. Honesty will lighten the load.',
  },
  eight: {
    upright:
      'You feel trapped, yet the bindings are looser than they seem. A change of perspective shows the way out.',
    reversed:
      'You are beginning to free yourself from limiting thoughts. Keep trusting your ability to step out.',
  },
  nine: {
    upright:
      'Worry and sleepless thoughts weigh on you. Share your fears with someone you trust; they often shrink in daylight.',
    reversed:
      'Anxiety is starting to ease, or you are ready to ask for help. Hope is closer than the night suggests.',
  },
  ten: {
    upright:
      'A painful ending has reached its lowest point, and from here the only way is up. Let it be over so healing can begin.',
    reversed:
      'You are recovering from a hard fall and slowly standing again. Resist the urge to reopen old wounds.',
  },
  page: {
    upright:
      'Curiosity, new ideas and a sharp mind are ready to be put to use. Ask questions and stay alert to fresh information.',
    reversed:
      'Hasty words or scattered thinking could cause trouble. Think before you speak and check your sources.',
  },
  knight: {
    upright:
      'Ambition and swift action push ideas forward. Charge ahead with conviction, but keep compassion close.',
    reversed:
      'Rushing in without a plan may lead to harsh words or burnout. Slow down and weigh the consequences.',
  },
  queen: {
    upright:
      'Clear thinking, honest boundaries and independent judgement serve you well. Speak your truth with kindness.',
    reversed:
      'Cold criticism or bitterness may be clouding your judgement. Let your heart soften the edge of your words.',
  },
  king: {
    upright: 'Clear authority and fair decisions are called for. Lead with reason and integrity.',
    reversed:
      'Intellect or power may be misused, or rules applied without mercy. Balance logic with understanding.',
  },
};

// Pentacles: work, money, body and home.
const PENTACLES: SuitMeanings = {
  ace: {
    upright:
      'A new chance for prosperity or security is taking root. Plant the seed with care and it will grow.',
    reversed:
      'An opportunity may be slipping away or poorly planned. Check the foundations before you invest.',
  },
  two: {
    upright: 'You are juggling priorities and keeping things moving. Stay flexible and find your rhythm.',
    reversed:
      'Too many commitments are tipping you off balance. Choose what matters most and let something go.',
  },
  three: {
    upright:
      "Teamwork and skilled collaboration bring good results. Value each person's contribution, including your own.",
    reversed:
      'Misaligned goals or poor cooperation are slowing the work. Clarify roles and listen to each other.',
  },
  four: {
    upright:
      'You are holding tightly to what you have for a sense of security. Prudence is wise, but do not let it become scarcity.',
    reversed:
      'You may be swinging between holding on too tightly and letting go too freely. Find a calmer relationship with what you have.',
  },
  five: {
    upright:
      'Hard times, or a sense of being left out in the cold, are present. Help is nearby if you are willing to ask.',
    reversed: 'Recovery from a difficult stretch is beginning. Accept the support that is offered.',
  },
  six: {
    upright: 'Giving and receiving flow generously now. Share what you can and accept help with grace.',
    reversed:
      'Generosity comes with strings, or the give and take feels uneven. Notice where the power sits in the exchange.',
  },
  seven: {
    upright:
      'Patient work is starting to show results. Step back, assess the harvest, and decide where to put your effort next.',
    reversed:
      'Frustration with slow progress may tempt you to give up. Rethink your approach rather than your goal.',
  },
  eight: {
    upright:
      'Dedication and careful craft build real mastery. Keep practising; the details are worth your attention.',
    reversed:
      'Perfectionism or a wandering focus is getting in the way. Reconnect with why the work matters to you.',
  },
  nine: {
    upright:
      'Independence and comfort are the fruit of your own effort. Enjoy the abundance you have created.',
    reversed:
      'You may be overworking, or leaning on outward signs of success. Make time simply to enjoy what you have.',
  },
  ten: {
    upright:
      'Lasting wealth, family legacy and deep security are in view. Build for the long term and share the bounty.',
    reversed:
      'Family tension or money worries are shaking the foundations. Consider what legacy you truly want to leave.',
  },
  page: {
    upright:
      "A practical new chance to learn or grow appears. Approach it with diligence and a beginner's curiosity.",
    reversed: 'Procrastination or a lack of follow-through is holding you back. Start small and keep going.',
  },
  knight: {
    upright:
      'Steady, reliable progress wins the day. Keep to your routine and trust the slow, dependable path.',
    reversed:
      'Routine has become a rut, or caution has hardened into stubbornness. Let a little change into your plans.',
  },
  queen: {
    upright:
      'Practical, nurturing care brings comfort to you and those around you. Tend to home, body and resources with warmth.',
    reversed:
      'Looking after everyone else has left you depleted. Rebalance work, home and care for yourself.',
  },
  king: {
    upright:
      'Abundance, security and grounded leadership are yours to steward. Use your resources wisely and generously.',
    reversed: 'Money or status may be crowding out what matters. True wealth includes peace of mind.',
  },
};

export const MINOR_ARCANA: Readonly<Record<TarotSuit, SuitMeanings>> = {
  wands: WANDS,
  cups: CUPS,
  swords: SWORDS,
  pentacles: PENTACLES,
};
