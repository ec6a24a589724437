// The bulk evaluation's entity tag and the If-None-Match check that turns a repeat fetch into a 304.
import { createHash } from 'node:crypto';

/**
 * `"<configRevision>-<digest>"`, the digest over the context and the results sent: the same on every
 * instance for the same revision and context, and different whenever the results differ, including for
 * changes that move no configuration revision (an entitlement, a guard).
 */
export function bulkEtag(configRevision: number, contextJson: string, bodyJson: string): string {
  const digest = createHash('sha256').update(contextJson).update('\n').update(bodyJson).digest('base64url');
  return `"${configRevision}-${digest.slice(0, 22)}"`;
}

/** Whether an If-None-Match header names this tag (weak or strong, in a list, or `*`). */
export function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((candidate) => {
    const tag = candidate.trim();
    return tag === '*' || tag === etag || tag === `W/${etag}`;
  });
}
