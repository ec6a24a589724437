// The one rule for configuration keys (flags, segments, variants, AUGUR_FORCE_OFF): plain data the engine shares.

/** Flag, segment and variant keys: snake_case, a letter first, at most 64 characters. */
export const KEY_PATTERN = /^[a-z][a-z0-9_]{0,63}$/;
