// The audit actor and change metadata for the caller of a mutation.
import type { Context } from './context.js';

export function actorOf(ctx: Context): string {
  const viewer = ctx.viewer;
  if (!viewer) return 'anonymous';
  return viewer.kind === 'account' ? `user:${viewer.userId}` : `apiKey:${viewer.apiKeyId}`;
}

export function changeMeta(ctx: Context, reason: string | null | undefined) {
  return { actor: actorOf(ctx), reason: reason ?? '', requestId: ctx.requestId };
}
