// A flag as stored and managed: the engine's definition plus description and lifecycle timestamps.
import type { FlagDefinition } from '../evaluation/definitions.js';

export interface Flag extends FlagDefinition {
  description: string;
  archivedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** The editable content of a flag: what a revision stores and a rollback restores. */
export type FlagContent = Omit<FlagDefinition, 'key' | 'revision'> & { description: string };

export function flagContent(flag: Flag | (FlagContent & { key?: string; revision?: number })): FlagContent {
  return {
    description: flag.description,
    type: flag.type,
    enabled: flag.enabled,
    variants: flag.variants,
    offVariant: flag.offVariant,
    prerequisites: flag.prerequisites,
    targets: flag.targets,
    rules: flag.rules,
    fallthrough: flag.fallthrough,
    ...(flag.salt !== undefined ? { salt: flag.salt } : {}),
  };
}

export const BOOLEAN_VARIANTS = [{ key: 'on' }, { key: 'off' }];
