// The console home's one query: the newest audit events, and the flag events of the last 24 hours.
import { graphql, type ResultOf } from '../../app/graphql';

export const HomeActivityQuery = graphql(`
  query HomeActivity($since: DateTime!) {
    recent: auditEvents(first: 8) {
      items {
        id
        action
        actorLabel
        status
        targetType
        targetKey
        createdAt
      }
    }
    flagEvents: auditEvents(targetType: FLAG, since: $since, first: 100) {
      items {
        id
        targetKey
        createdAt
      }
    }
  }
`);

export type HomeActivity = ResultOf<typeof HomeActivityQuery>;
export type RecentEvent = HomeActivity['recent']['items'][number];

export const DAY_MS = 24 * 60 * 60 * 1000;

/** The flags with events, newest change first, each once. */
export function changedFlagKeys(events: HomeActivity['flagEvents']['items']): string[] {
  return [...new Set(events.map((e) => e.targetKey))];
}
