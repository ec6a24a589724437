// Reproducible tarot draws and rune casts: the same seed and spread always give the same result.
import type { ErrorCode } from '../platform/errors.js';
import { RUNE_SET, type Rune } from './rune-set.js';
import { createSeededRandom, type SeededRandom } from './seeded-random.js';
import { findSpread, type ModuleName, type Spread } from './spreads.js';
import { TAROT_DECK, type TarotCard } from './tarot-deck.js';

/**
 * Version of the draw procedure: seed hash, generator, the order numbers are consumed in, deck and rune
 * order. Stored with every draw; bump it (and keep the old path) if any of these ever changes.
 */
export const DRAW_VERSION = 1;

export const SEED_BYTES = 16;
export const MAX_SEED_LENGTH = 256;

interface DrawItemBase {
  /** 1-based place in the spread. */
  readonly position: number;
  readonly positionName: string;
  readonly name: string;
  readonly reversed: boolean;
  /** The upright or reversed meaning, whichever applies. */
  readonly meaning: string;
}

export interface TarotDrawItem extends DrawItemBase {
  readonly cardId: string;
}

export interface RuneDrawItem extends DrawItemBase {
  readonly runeId: string;
}

export interface Draw<M extends ModuleName, I> {
  readonly version: typeof DRAW_VERSION;
  readonly module: M;
  /** The spread id. */
  readonly spread: string;
  readonly seed: string;
  readonly items: readonly I[];
}

export type TarotDraw = Draw<'tarot', TarotDrawItem>;
export type RuneCast = Draw<'runes', RuneDrawItem>;

/**
 * Why a draw was refused. Bad input, not a bug: `code` is the closed-list code to answer with, and
 * `path` plus `message` form a FieldIssue for `validationFailed` in server/platform/errors.ts.
 */
export interface DrawRefusal {
  readonly code: Extract<ErrorCode, 'VALIDATION_FAILED'>;
  readonly reason: 'UNKNOWN_SPREAD' | 'INVALID_SEED';
  readonly path: 'spread' | 'seed';
  readonly message: string;
}

export type DrawResult<D> =
  | { readonly ok: true; readonly draw: D }
  | { readonly ok: false; readonly error: DrawRefusal };

interface Drawable {
  readonly id: string;
  readonly name: string;
  readonly upright: string;
  /** null when the piece cannot come up reversed. */
  readonly reversed: string | null;
}

interface Placed {
  readonly position: number;
  readonly positionName: string;
  readonly piece: Drawable;
  readonly reversed: boolean;
}

/**
 * A partial Fisher-Yates shuffle: position i takes a uniform pick from the pieces not yet drawn, then one
 * more number decides its orientation (consumed even for pieces that are never reversed, so the stream
 * does not depend on which pieces came up).
 */
function place(pool: readonly Drawable[], spread: Spread, random: SeededRandom): Placed[] {
  const remaining = [...pool];
  return spread.positions.map((slot, i) => {
    const j = i + random.nextInt(remaining.length - i);
    const piece = remaining[j] as Drawable;
    remaining[j] = remaining[i] as Drawable;
    remaining[i] = piece;
    const flip = random.nextInt(2) === 1;
    return { position: i + 1, positionName: slot.name, piece, reversed: flip && piece.reversed !== null };
  });
}

function refuse(
  reason: DrawRefusal['reason'],
  path: DrawRefusal['path'],
  message: string,
): { ok: false; error: DrawRefusal } {
  return { ok: false, error: { code: 'VALIDATION_FAILED', reason, path, message } };
}

function prepare(
  module: ModuleName,
  spreadId: string,
  seed: string,
): { ok: true; spread: Spread; random: SeededRandom } | { ok: false; error: DrawRefusal } {
  const spread = findSpread(module, spreadId);
  if (!spread) return refuse('UNKNOWN_SPREAD', 'spread', `Unknown ${module} spread "${spreadId}"`);
  if (seed.length === 0 || seed.length > MAX_SEED_LENGTH) {
    return refuse('INVALID_SEED', 'seed', `Seed must be 1 to ${MAX_SEED_LENGTH} characters`);
  }
  return { ok: true, spread, random: createSeededRandom(seed) };
}

const TAROT_POOL: readonly Drawable[] = TAROT_DECK.map((card: TarotCard) => ({
  id: card.id,
  name: card.name,
  upright: card.upright,
  reversed: card.reversed,
}));

const RUNE_POOL: readonly Drawable[] = RUNE_SET.map((rune: Rune) => ({
  id: rune.id,
  name: rune.name,
  upright: rune.meaning,
  reversed: rune.reversedMeaning,
}));

const meaningOf = (placed: Placed): string =>
  placed.reversed && placed.piece.reversed !== null ? placed.piece.reversed : placed.piece.upright;

/** Draws distinct cards for each position of a tarot spread; each card is upright or reversed at even odds. */
export function drawTarot(spreadId: string, seed: string): DrawResult<TarotDraw> {
  const prepared = prepare('tarot', spreadId, seed);
  if (!prepared.ok) return prepared;
  const items = place(TAROT_POOL, prepared.spread, prepared.random).map((placed) => ({
    position: placed.position,
    positionName: placed.positionName,
    cardId: placed.piece.id,
    name: placed.piece.name,
    reversed: placed.reversed,
    meaning: meaningOf(placed),
  }));
  return {
    ok: true,
    draw: { version: DRAW_VERSION, module: 'tarot', spread: prepared.spread.id, seed, items },
  };
}

/** Casts distinct runes for each position of a rune spread; runes without a reversed meaning stay upright. */
export function castRunes(spreadId: string, seed: string): DrawResult<RuneCast> {
  const prepared = prepare('runes', spreadId, seed);
  if (!prepared.ok) return prepared;
  const items = place(RUNE_POOL, prepared.spread, prepared.random).map((placed) => ({
    position: placed.position,
    positionName: placed.positionName,
    runeId: placed.piece.id,
    name: placed.piece.name,
    reversed: placed.reversed,
    meaning: meaningOf(placed),
  }));
  return {
    ok: true,
    draw: { version: DRAW_VERSION, module: 'runes', spread: prepared.spread.id, seed, items },
  };
}

/**
 * A fresh seed: 16 bytes as 32 lowercase hex characters. The caller injects the byte source
 * (crypto.randomBytes or crypto.getRandomValues) so this module stays pure.
 */
export function newSeed(randomBytes: (n: number) => Uint8Array): string {
  const bytes = randomBytes(SEED_BYTES);
  if (bytes.length < SEED_BYTES) {
    throw new RangeError(`randomBytes returned ${bytes.length} bytes, expected ${SEED_BYTES}`);
  }
  let hex = '';
  for (const byte of bytes.subarray(0, SEED_BYTES)) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
