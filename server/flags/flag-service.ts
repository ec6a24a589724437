// Flag operations (reads, create, update, kill switch, archive, rollback, batch switch) over the one writer.
import type { ChangeMeta, EntityWriter } from '../revisions/entity-writer.js';
import { planWrite } from '../revisions/entity-writer.js';
import type { Revision } from '../revisions/revision.js';
import type { RevisionStore } from '../revisions/revision-store.js';
import type { WriteOutcome } from '../revisions/versioned-entity.js';
import type { Flag, FlagContent } from './flag.js';
import { type FlagTx, flagDefinition } from './flag-definition.js';
import type { FlagListFilter, FlagStore } from './flag-store.js';

export interface RollbackResult {
  flag: Flag;
  changed: boolean;
}

export class FlagService {
  constructor(
    private readonly store: FlagStore,
    private readonly revisions: RevisionStore,
    private readonly writer: EntityWriter<FlagTx>,
  ) {}

  find(key: string): Promise<Flag | undefined> {
    return this.store.find(key);
  }

  list(filter: FlagListFilter, limit: number, after: string | undefined): Promise<Flag[]> {
    return this.store.list(filter, limit, after);
  }

  history(key: string, limit: number): Promise<Revision[]> {
    return this.revisions.list('flag', key, limit);
  }

  async create(key: string, content: FlagContent, meta: ChangeMeta): Promise<Flag> {
    return (await this.writer.write(flagDefinition, { kind: 'create', key, content }, meta)).entity;
  }

  async update(key: string, expectedRevision: number, content: FlagContent, meta: ChangeMeta): Promise<Flag> {
    return (await this.writer.write(flagDefinition, { kind: 'update', key, expectedRevision, content }, meta))
      .entity;
  }

  /** The kill switch: no expectedRevision, and asking for the state already in force changes nothing. */
  async setEnabled(key: string, enabled: boolean, meta: ChangeMeta): Promise<Flag> {
    return (await this.writer.write(flagDefinition, switchOp(key, enabled), meta)).entity;
  }

  /** Many kill switches in one transaction: one configuration revision, one event, all or none. */
  async setManyEnabled(
    keys: readonly string[],
    enabled: boolean,
    meta: ChangeMeta,
  ): Promise<Array<WriteOutcome<Flag>>> {
    const writes = [...new Set(keys)].map((key) => planWrite(flagDefinition, switchOp(key, enabled)));
    return this.writer.commit(writes, meta);
  }

  async archive(key: string, expectedRevision: number | undefined, meta: ChangeMeta): Promise<Flag> {
    return (await this.writer.write(flagDefinition, { kind: 'archive', key, expectedRevision }, meta)).entity;
  }

  /** Writes revision N's content as a new revision; rolling back to the content in force is a no-op. */
  async rollback(key: string, toRevision: number, meta: ChangeMeta): Promise<RollbackResult> {
    const { entity, changed } = await this.writer.write(
      flagDefinition,
      { kind: 'rollback', key, toRevision },
      meta,
    );
    return { flag: entity, changed };
  }
}

const switchOp = (key: string, enabled: boolean) =>
  ({
    kind: 'update',
    key,
    content: (current: FlagContent) => ({ ...current, enabled }),
    action: enabled ? 'flag.enable' : 'flag.disable',
    validate: false,
  }) as const;
