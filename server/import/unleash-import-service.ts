// Imports an Unleash state: translate, then write every segment and flag in one batch through the one writer.

import type { AugurTx } from '../app/config-transactions.js';
import { canonicalFlagContent, type FlagContent } from '../flags/flag.js';
import { flagDefinition } from '../flags/flag-definition.js';
import type { FlagStore } from '../flags/flag-store.js';
import { AugurError, validationFailed } from '../platform/errors.js';
import type { ConfigTx } from '../revisions/config-transaction.js';
import {
  type ChangeMeta,
  type EntityWrite,
  type EntityWriter,
  planWrite,
} from '../revisions/entity-writer.js';
import { diffContent } from '../revisions/revision.js';
import type { EntityDefinition } from '../revisions/versioned-entity.js';
import { type SegmentContent, segmentContent } from '../segments/segment.js';
import { segmentDefinition } from '../segments/segment-definition.js';
import type { SegmentStore } from '../segments/segment-store.js';
import { readUnleashState } from './unleash-state.js';
import { type ImportNote, translateUnleash } from './unleash-translate.js';

export type ImportAction = 'CREATE' | 'UPDATE' | 'UNCHANGED';

export interface ImportedEntity {
  name: string;
  key: string;
  action: ImportAction;
}

export interface ImportReport {
  dryRun: boolean;
  flags: ImportedEntity[];
  segments: ImportedEntity[];
  refused: ImportNote[];
  notes: ImportNote[];
}

export const KEY_PREFIX = /^([a-z][a-z0-9_]{0,19})?$/;

/** Creates the entity, or replaces one an earlier import made; never overwrites Augur's own configuration. */
function planUpsert<E extends { revision: number; bucketing?: string }, C, Tx extends ConfigTx>(
  definition: EntityDefinition<E, C, Tx>,
  key: string,
  content: C,
): EntityWrite<Tx, E> {
  const create = planWrite(definition, { kind: 'create', key, content });
  const update = planWrite(definition, { kind: 'update', key, content });
  return {
    target: create.target,
    async plan(tx) {
      const current = await definition.rows(tx).findForUpdate(key);
      if (!current) return create.plan(tx);
      if (current.bucketing !== 'unleash-v1') {
        throw new AugurError('CONFLICT', `${definition.name(key)} exists and was not imported from Unleash`);
      }
      return update.plan(tx);
    },
  };
}

const actionOf = (current: unknown, next: unknown): ImportAction =>
  current === undefined ? 'CREATE' : diffContent(current, next).length === 0 ? 'UNCHANGED' : 'UPDATE';

export class UnleashImportService {
  constructor(
    private readonly writer: EntityWriter<AugurTx>,
    private readonly flags: FlagStore,
    private readonly segments: SegmentStore,
  ) {}

  async import(
    input: unknown,
    options: { dryRun: boolean; keyPrefix?: string | undefined },
    meta: ChangeMeta,
  ): Promise<ImportReport> {
    const prefix = options.keyPrefix ?? '';
    if (!KEY_PREFIX.test(prefix)) {
      throw validationFailed([
        { path: 'keyPrefix', message: 'snake_case, a letter first, at most 20 characters' },
      ]);
    }
    const state = readUnleashState(input);
    if (!state) {
      throw validationFailed([
        { path: 'state', message: 'must be an Unleash client state: { features, segments } or { events }' },
      ]);
    }
    const translation = translateUnleash(state, prefix);
    const segments: ImportedEntity[] = [];
    for (const s of translation.segments) {
      const found = await this.segments.find(s.key);
      const current = found && segmentContent(found);
      segments.push({ name: s.name, key: s.key, action: actionOf(current, segmentContent(s.content)) });
    }
    const flags: ImportedEntity[] = [];
    for (const f of translation.flags) {
      const found = await this.flags.find(f.key);
      const current = found && canonicalFlagContent(f.key, found);
      flags.push({
        name: f.name,
        key: f.key,
        action: actionOf(current, canonicalFlagContent(f.key, f.content)),
      });
    }
    const report = {
      dryRun: options.dryRun,
      flags,
      segments,
      refused: translation.refused,
      notes: translation.notes,
    };
    if (options.dryRun) return report;
    const writes = [
      ...translation.segments.map((s) =>
        planUpsert<never, SegmentContent, AugurTx>(segmentDefinition as never, s.key, s.content),
      ),
      ...translation.flags.map((f) =>
        planUpsert<never, FlagContent, AugurTx>(flagDefinition as never, f.key, f.content),
      ),
    ];
    await this.writer.commit(writes, meta);
    return report;
  }
}
