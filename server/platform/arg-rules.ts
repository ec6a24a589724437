// Argument rules the slices' schemas share: how large a page may be and what a change's reason may hold.
import { z } from 'zod';
import { KEY_PATTERN } from './key-pattern.js';

/** The key of a flag or segment: snake_case, at most 64 characters. */
export const ENTITY_KEY = z.string().regex(KEY_PATTERN, 'must be snake_case: a-z, 0-9, _ (at most 64)');

/** `first` of a paged field: 1 to 200 items. */
export const PAGE_SIZE = z.number().int().min(1).max(200);

/** The optional reason of a configuration change, kept in its revision and audit row. */
export const CHANGE_REASON = z.string().max(500);

/** The reason a rollback or kill switch must give. */
export const REQUIRED_REASON = z.string().min(1, 'say why').max(500);
