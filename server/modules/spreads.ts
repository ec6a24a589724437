// The spreads each module offers, with their named positions, and a lookup that refuses unknown ids.

export const MODULE_NAMES = ['tarot', 'runes'] as const;
export type ModuleName = (typeof MODULE_NAMES)[number];

export interface SpreadPosition {
  /** Kebab-case, stable. */
  readonly id: string;
  /** Shown to the user and given to the persona, e.g. "Recent past". */
  readonly name: string;
}

export interface Spread {
  readonly id: string;
  readonly module: ModuleName;
  readonly name: string;
  /** In laying order: a draw's item N (1-based) sits at positions[N - 1]. */
  readonly positions: readonly SpreadPosition[];
}

const position = (id: string, name: string): SpreadPosition => Object.freeze({ id, name });

const spread = (module: ModuleName, id: string, name: string, positions: SpreadPosition[]): Spread =>
  Object.freeze({ id, module, name, positions: Object.freeze(positions) });

const TAROT_SPREADS: readonly Spread[] = Object.freeze([
  spread('tarot', 'single', 'Single card', [position('focus', 'Focus')]),
  spread('tarot', 'three-card', 'Past, present, future', [
    position('past', 'Past'),
    position('present', 'Present'),
    position('future', 'Future'),
  ]),
  // The usual Celtic Cross order: the cross (1-6), then the staff from bottom to top (7-10).
  spread('tarot', 'celtic-cross', 'Celtic Cross', [
    position('present', 'Present'),
    position('challenge', 'Challenge'),
    position('foundation', 'Foundation'),
    position('recent-past', 'Recent past'),
    position('crown', 'Crown (possible outcome)'),
    position('near-future', 'Near future'),
    position('self', 'Self'),
    position('environment', 'Environment'),
    position('hopes-and-fears', 'Hopes and fears'),
    position('outcome', 'Outcome'),
  ]),
]);

const RUNE_SPREADS: readonly Spread[] = Object.freeze([
  spread('runes', 'single', 'Single rune', [position('focus', 'Focus')]),
  spread('runes', 'three', 'Three runes', [
    position('situation', 'Situation'),
    position('action', 'Action'),
    position('outcome', 'Outcome'),
  ]),
  // The five-rune cross: past, present and future across, then help above and obstacle below.
  spread('runes', 'five', 'Five-rune cross', [
    position('past', 'Past'),
    position('present', 'Present'),
    position('future', 'Future'),
    position('help', 'Help'),
    position('obstacle', 'Obstacle'),
  ]),
]);

export const SPREADS: Readonly<Record<ModuleName, readonly Spread[]>> = Object.freeze({
  tarot: TAROT_SPREADS,
  runes: RUNE_SPREADS,
});

export function isModuleName(value: unknown): value is ModuleName {
  return typeof value === 'string' && (MODULE_NAMES as readonly string[]).includes(value);
}

/** The spread, or undefined for an unknown module or spread id (never an inherited property). */
export function findSpread(module: string, spreadId: string): Spread | undefined {
  if (!isModuleName(module)) return undefined;
  return SPREADS[module].find((candidate) => candidate.id === spreadId);
}
