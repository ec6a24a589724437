// Guards' rows (table guards): the versioned rows the writer changes and the overlay's reads.
import type { Db } from '../platform/db.js';
import { type JsonContentRows, PgJsonContentRows, type RowMeta } from '../revisions/json-content-rows.js';
import type { Guard, GuardContent } from './guard.js';

export type GuardRows = JsonContentRows<Guard, GuardContent>;

export const toGuard = (flagKey: string, content: GuardContent, meta: RowMeta): Guard => ({
  ...content,
  flagKey,
  ...meta,
});

export class PgGuardStore extends PgJsonContentRows<Guard, GuardContent> {
  constructor(db: Db) {
    super(db, { table: 'guards', keyColumn: 'flag_key', toEntity: toGuard });
  }
}
