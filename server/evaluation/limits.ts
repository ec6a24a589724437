// Formats and size limits that validation enforces on flag and segment definitions.

export const RULE_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
export const ATTRIBUTE_PATTERN = /^[A-Za-z_][A-Za-z0-9_.-]{0,63}$/;

export const LIMITS = {
  variants: 20,
  payloadBytes: 10 * 1024,
  rules: 100,
  conditionsPerRule: 50,
  valuesPerCondition: 1000,
  /** Per target list, and per segment include / exclude list. */
  idsPerList: 10_000,
  idLength: 256,
  prerequisites: 20,
  saltLength: 256,
} as const;
