// Test fixtures: a boolean flag served on to everyone unless overridden, and the change metadata tests write with.
import { BOOLEAN_VARIANTS, type FlagContent } from './flag.js';

export const TEST_META = { actor: 'user:ops', reason: 'test', requestId: 'req-1' };

export const booleanFlag = (over: Partial<FlagContent> = {}): FlagContent => ({
  description: '',
  type: 'BOOLEAN',
  enabled: true,
  variants: BOOLEAN_VARIANTS,
  offVariant: 'off',
  prerequisites: [],
  targets: [],
  rules: [],
  fallthrough: { variant: 'on' },
  ...over,
});
