// Entity tags for snapshot queries (evaluateFlags, myFlags) answered over GET: derived from what decides the
// answer (configuration revision, the caller's tenant overlays, the caller, the request), so a repeat with
// If-None-Match is answered 304 before any evaluation. OFREP's If-None-Match reading is shared.
import { createHash, createHmac } from 'node:crypto';
import { type GraphQLSchema, printSchema } from 'graphql';
import type { Viewer } from '../auth/viewer.js';
import type { Overlays } from '../evaluation/definitions.js';
import type { FlagEvaluator } from '../flags/flag-evaluator.js';
import type { OverlaySource } from '../flags/overlay-source.js';
import { etagMatches } from '../ofrep/ofrep-etag.js';

export { etagMatches };

/** A snapshot answer may be kept by the caller's own client only, and revalidated before each use. */
export const SNAPSHOT_CACHE_CONTROL = 'private, no-cache';

/** Who the answer is for: the principal and everything about it that evaluation or scopes read. */
export function callerIdentity(viewer: Viewer): string {
  return viewer.kind === 'apiKey'
    ? `key\u0000${viewer.tenantId}\u0000${viewer.apiKeyId}\u0000${[...viewer.scopes].sort().join(',')}`
    : `account\u0000${viewer.tenantId}\u0000${viewer.userId}\u0000${viewer.role}\u0000${viewer.plan}`;
}

/** Every field of a tenant's overlays in a stable order (sets and maps sorted), whatever fields exist. */
export function overlaysFingerprint(overlays: Overlays): string {
  const fields = Object.entries(overlays as Record<string, unknown>).map(([name, value]) => {
    const items =
      value instanceof Map
        ? [...value.entries()].map(([k, v]) => `${String(k)}=${String(v)}`)
        : value instanceof Set
          ? [...value].map(String)
          : [JSON.stringify(value)];
    return `${name}:${items.sort().join(',')}`;
  });
  return fields.sort().join(';');
}

/** Remembered tags at most (a few MB of keys); past it the memory starts over. */
const ISSUED_MAX = 10_000;

export interface TagInput {
  viewer: Viewer;
  /** The request target (path and query string): the document, variables and operation name. */
  target: string;
  /** The Accept header: the answer's media type depends on it. */
  accept: string | null | undefined;
}

export class SnapshotTags {
  private readonly key: Buffer;
  private readonly schemaDigest: string;
  /** Each tenant's overlays fingerprint, dropped on every change of evaluation input. */
  private readonly fingerprints = new Map<string, string>();
  /**
   * Tags already worked out for (caller, Accept, target) at `issuedRevision`: a polling client's repeat costs
   * a map lookup instead of an HMAC. Dropped with the fingerprints, on a new revision, and when full.
   */
  private readonly issued = new Map<string, string>();
  private issuedRevision = -1;

  constructor(
    private readonly evaluator: FlagEvaluator,
    private readonly overlays: OverlaySource,
    /** The signing secret every instance shares: tags agree across instances and cannot be made by clients. */
    secret: string,
    schema: GraphQLSchema,
  ) {
    this.key = createHash('sha256').update('augur snapshot etag\u0000').update(secret).digest();
    // A deploy that changes the schema changes the answer's shape: old tags must not match.
    this.schemaDigest = createHash('sha256').update(printSchema(schema)).digest('base64url');
    evaluator.onChange(() => {
      this.fingerprints.clear();
      this.issued.clear();
    });
  }

  /** `"<configRevision>-<mac>"`, the same on every instance for the same input and evaluation state. */
  tagFor({ viewer, target, accept }: TagInput): string {
    const revision = this.evaluator.revision;
    if (revision !== this.issuedRevision) {
      this.issued.clear();
      this.issuedRevision = revision;
    }
    const identity = callerIdentity(viewer);
    const key = `${identity}\u0000${accept ?? ''}\u0000${target}`;
    const known = this.issued.get(key);
    if (known !== undefined) return known;
    const tag = this.compute(revision, viewer.tenantId, identity, accept, target);
    if (this.issued.size >= ISSUED_MAX) this.issued.clear();
    this.issued.set(key, tag);
    return tag;
  }

  private compute(
    revision: number,
    tenantId: string,
    identity: string,
    accept: string | null | undefined,
    target: string,
  ): string {
    const mac = createHmac('sha256', this.key)
      .update(this.schemaDigest)
      .update('\u0000')
      .update(String(revision))
      .update('\u0000')
      .update(this.fingerprintOf(tenantId))
      .update('\u0000')
      .update(identity)
      .update('\u0000')
      .update(accept ?? '')
      .update('\u0000')
      .update(target)
      .digest('base64url');
    return `"${revision}-${mac.slice(0, 27)}"`;
  }

  private fingerprintOf(tenantId: string): string {
    let fingerprint = this.fingerprints.get(tenantId);
    if (fingerprint === undefined) {
      fingerprint = overlaysFingerprint(this.overlays.overlaysFor(tenantId));
      this.fingerprints.set(tenantId, fingerprint);
    }
    return fingerprint;
  }
}
