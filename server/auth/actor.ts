// The audit actor and change metadata for the caller of a mutation.
import type { Context } from '../platform/context.js';

const USER = 'user:';
const API_KEY = 'apiKey:';

/** How an account appears as an actor in audit rows and revisions. */
export const userActor = (userId: string) => `${USER}${userId}`;

/** The account id of a `user:<id>` actor; undefined for system, API keys and anything else. */
export const userIdOfActor = (actor: string) =>
  actor.startsWith(USER) ? actor.slice(USER.length) : undefined;

/** Whether text is already an actor (`user:…` or `apiKey:…`) rather than, say, an email. */
export const isActorId = (text: string) => text.startsWith(USER) || text.startsWith(API_KEY);

export function actorOf(ctx: Context): string {
  const viewer = ctx.viewer;
  if (!viewer) return 'anonymous';
  return viewer.kind === 'account' ? userActor(viewer.userId) : `${API_KEY}${viewer.apiKeyId}`;
}

export function changeMeta(ctx: Context, reason: string | null | undefined) {
  return { actor: actorOf(ctx), reason: reason ?? '', requestId: ctx.requestId };
}
