// The 22 Major Arcana in order (index = card number), with meanings written for Augur.
import type { CardMeanings } from './tarot-card.js';

export interface MajorArcanaText extends CardMeanings {
  readonly name: string;
}

// Rider-Waite numbering: Strength is VIII and Justice is XI.
export const MAJOR_ARCANA: readonly MajorArcanaText[] = [
  {
    name: 'The Fool',
    upright:
      'A fresh start is calling, and it asks for trust more than certainty. Step forward lightly; you can learn the path as you walk it.',
    reversed:
      'Eagerness may be running ahead of good sense. Pause long enough to look where you are about to step.',
  },
  {
    name: 'The Magician',
    upright: 'You already hold the tools you need. Gather your focus and turn intention into something real.',
    reversed:
      'Your gifts feel scattered or are being put to the wrong use. Notice whether someone, perhaps you, is promising more than can be delivered.',
  },
  {
    name: 'The High Priestess',
    upright:
      'Quiet knowing matters more than loud facts right now. Listen inward; the answer is already forming beneath the surface.',
    reversed:
      "You may be drowning out your own intuition with noise or other people's opinions. Make room for silence again.",
  },
  {
    name: 'The Empress',
    upright:
      'This is a season of growth, comfort and generous care. Nurture what you love and let yourself be nourished too.',
    reversed:
      'Giving to everyone but yourself leaves the well dry. Tend to your own needs and creativity will flow again.',
  },
  {
    name: 'The Emperor',
    upright:
      'Structure and steady leadership will serve you well. Set clear boundaries and take responsibility for the shape of things.',
    reversed:
      'Control has tipped into rigidity, or authority feels heavy-handed. Ask where a firm hand is needed and where a gentler one would do.',
  },
  {
    name: 'The Hierophant',
    upright:
      'Tradition, teachers and shared values offer solid ground now. There is wisdom in learning the form before you change it.',
    reversed:
      'Rules that once guided you may now feel like a cage. It is all right to question the script and find your own way to belong.',
  },
  {
    name: 'The Lovers',
    upright:
      'A meaningful bond or an important choice asks for your whole heart. Choose what truly matches your values.',
    reversed:
      'What you want and what you are choosing have drifted apart. Honest conversation, with others and with yourself, will help.',
  },
  {
    name: 'The Chariot',
    upright:
      'Determination carries you forward once competing pulls face one direction. Keep your eyes on the goal and steer with confidence.',
    reversed:
      'You may be pulled in so many directions that you cannot move at all. Gather the reins before pushing harder.',
  },
  {
    name: 'Strength',
    upright:
      'Real strength here is gentle: patience, courage and compassion. You can meet what is wild, in you or around you, with a calm hand.',
    reversed:
      'Self-doubt or frayed nerves are wearing you down. Be kind to yourself; courage returns when it is not forced.',
  },
  {
    name: 'The Hermit',
    upright:
      'Stepping back from the noise will bring clarity. Time alone with your own light shows you the next step.',
    reversed:
      'Solitude has turned into isolation, or reflection is being avoided altogether. Reach out or turn inward, whichever you have neglected.',
  },
  {
    name: 'Wheel of Fortune',
    upright:
      'The wheel is turning, and change is moving in your favour. Notice the cycles at work and ride them with grace.',
    reversed:
      'A run of bad luck, or resistance to change, is slowing you down. Every cycle turns again; what you can shape is your response.',
  },
  {
    name: 'Justice',
    upright:
      'Truth, fairness and clear consequences are in focus. Act with integrity and the outcome will be a fair one.',
    reversed:
      'Something feels unfair, or accountability is being dodged. Look honestly at your own part before judging the rest.',
  },
  {
    name: 'The Hanged Man',
    upright:
      'A pause, or a surrender, opens a new way of seeing. Stop forcing things and the answer may turn quietly into view.',
    reversed:
      'You may be stalling while you wait for a sign that will not come. Sometimes the sacrifice needed is simply to decide.',
  },
  {
    name: 'Death',
    upright:
      'Something is ending so that something else can begin. Honour what is closing and make room for the change that follows.',
    reversed:
      'Holding on to what has already ended keeps you stuck. Release it gently; the next chapter is waiting for you.',
  },
  {
    name: 'Temperance',
    upright:
      'Balance, patience and moderation bring quiet healing. Blend the different parts of your life with care and let things settle.',
    reversed: 'Excess or impatience has thrown things off balance. Slow down and find the middle way again.',
  },
  {
    name: 'The Devil',
    upright:
      'Look at what has a hold on you: a habit, a fear, a bond that feels like a chain. Naming it is the first step toward freedom.',
    reversed:
      'You are beginning to loosen an old attachment. Keep going; the chains were never as tight as they seemed.',
  },
  {
    name: 'The Tower',
    upright:
      'A sudden shake-up clears away what was built on shaky ground. It is unsettling, but it makes room for something truer.',
    reversed:
      'You may be resisting a change that is already under way. Let the necessary things fall so you can rebuild on firmer ground.',
  },
  {
    name: 'The Star',
    upright:
      'Hope returns after a hard time, soft and steady. Trust in healing and let what inspires you be your guide.',
    reversed:
      'Faith feels thin and discouragement has crept in. Small acts of self-care can rekindle the light.',
  },
  {
    name: 'The Moon',
    upright:
      'Not everything is as it seems, and that is all right for now. Move gently through the uncertainty and let your instincts speak.',
    reversed:
      'Fears may be louder than the facts, though the fog is starting to lift. Bring what is hidden into the light and check it against reality.',
  },
  {
    name: 'The Sun',
    upright:
      'Warmth, joy and clarity shine on this situation. Let yourself be seen and celebrate what is going well.',
    reversed:
      'The light is there but partly clouded, perhaps by doubt or pressure. Return to simple pleasures and your joy will follow.',
  },
  {
    name: 'Judgement',
    upright:
      'A moment of reckoning invites you to rise to a higher calling. Reflect honestly, forgive what you can, and answer.',
    reversed:
      'Harsh self-judgement or fear of change is holding you back. Listen to the call with compassion, not criticism.',
  },
  {
    name: 'The World',
    upright:
      'A cycle is completing, and you have earned this sense of wholeness. Celebrate how far you have come before the next journey begins.',
    reversed:
      'Something is almost finished, but not quite. Tie up the loose ends so you can close the chapter in peace.',
  },
];
