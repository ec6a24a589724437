// One ops subscriber's feed: every change committed after its starting revision, in revision order and each
// once, from the bus when it delivers and from the revision history when it does not (Redis away, a lost
// message, a change another instance committed that only the config poller noticed).
import type { AuditAction } from '../audit/audit-event.js';
import { AugurError } from '../platform/errors.js';
import type { ConfigChanged, EntityChange } from '../revisions/config-changed.js';
import { type Revision, summarizeDiff } from '../revisions/revision.js';
import { type Commit, OrderedCommits } from './ordered-commits.js';

/** One entity change of a committed transaction, as the ops feed shows it. */
export interface ChangeFeedItem extends EntityChange {
  configRevision: number;
  actor: string;
  at: string;
}

export interface ChangeFeedSources {
  /** The configuration revision this instance has loaded. */
  revision(): number;
  /** Called with each newer revision this instance loads (the config poller's and the bus's refreshes). */
  onRevision(listener: (revision: number) => void): () => void;
  /** Catches this instance up with the database (a client saw a revision from a faster instance). */
  refresh(): Promise<void>;
  /** Every `config.changed` event the bus delivers. */
  listen(handler: (event: ConfigChanged) => void): () => void;
  /** Stored revisions with a configuration revision in (after, upTo], in commit order. */
  committedBetween(after: number, upTo: number): Promise<Revision[]>;
}

export interface ChangeFeed {
  /** The last configuration revision delivered. */
  readonly revision: number;
  /** Resolves when no replay is running (for tests). */
  settled(): Promise<void>;
  close(): void;
}

export function commitOfEvent(event: ConfigChanged): Commit<ChangeFeedItem> {
  const { configRevision, actor, at } = event;
  return { configRevision, changes: event.changes.map((c) => ({ ...c, configRevision, actor, at })) };
}

/** Groups stored revisions (in commit order) into commits, shaped as the bus would have announced them. */
export function commitsOfRevisions(rows: readonly Revision[]): Commit<ChangeFeedItem>[] {
  const commits: Commit<ChangeFeedItem>[] = [];
  for (const row of rows) {
    const configRevision = row.configRevision;
    if (configRevision === null) continue;
    let commit = commits.at(-1);
    if (commit?.configRevision !== configRevision) {
      commit = { configRevision, changes: [] };
      commits.push(commit);
    }
    commit.changes.push({
      targetType: row.entityType,
      key: row.entityKey,
      action: row.action as AuditAction,
      revision: row.revision,
      summary: summarizeDiff(row.diff),
      configRevision,
      actor: row.actor,
      at: row.createdAt.toISOString(),
    });
  }
  return commits;
}

/**
 * Starts a feed after `sinceRevision` (or after the revision loaded now). A client claiming a revision the
 * database has not reached starts from the one it has; with the database away it is taken at its word.
 */
export async function followChanges(
  sources: ChangeFeedSources,
  sinceRevision: number | undefined,
  push: (item: ChangeFeedItem) => Promise<unknown>,
  end: (error: Error) => void,
  options: { retryMs?: number; maxPending?: number } = {},
): Promise<ChangeFeed> {
  let after = sinceRevision ?? sources.revision();
  if (sinceRevision !== undefined && sinceRevision > sources.revision()) {
    try {
      await sources.refresh();
      after = Math.min(sinceRevision, sources.revision());
    } catch {
      // The database is away: trust the client rather than replay what it already has.
    }
  }
  const feed = new OrderedCommits<ChangeFeedItem>({
    after,
    read: async (from, upTo) => commitsOfRevisions(await sources.committedBetween(from, upTo)),
    emit: async (commit) => {
      for (const item of commit.changes) await push(item);
    },
    overflow: () =>
      end(
        new AugurError(
          'RATE_LIMITED',
          'The change feed fell too far behind: subscribe again with sinceRevision',
          { retryAfterSeconds: 1 },
        ),
      ),
    ...options,
  });
  const stopListening = sources.listen((event) => feed.offer(commitOfEvent(event)));
  const stopWatching = sources.onRevision((revision) => feed.reach(revision));
  // Replays what the client missed up to the revision loaded now; later ones come by bus or poller.
  feed.reach(sources.revision());
  return {
    get revision() {
      return feed.revision;
    },
    settled: () => feed.settled(),
    close: () => {
      stopListening();
      stopWatching();
      feed.close();
    },
  };
}
