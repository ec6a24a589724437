// The audit log's one query: events filtered by actor, action, target and dates, paged by cursor.
import { graphql, type ResultOf } from '../../app/graphql';

export const AuditEventsQuery = graphql(`
  query AuditEvents(
    $actor: String
    $action: AuditAction
    $targetType: AuditTargetType
    $targetKey: String
    $since: DateTime
    $until: DateTime
    $first: Int
    $after: String
  ) {
    auditEvents(
      actor: $actor
      action: $action
      targetType: $targetType
      targetKey: $targetKey
      since: $since
      until: $until
      first: $first
      after: $after
    ) {
      items {
        id
        action
        actor
        actorLabel
        status
        targetType
        targetKey
        requestId
        createdAt
        details
      }
      nextCursor
    }
  }
`);

export type AuditEvent = ResultOf<typeof AuditEventsQuery>['auditEvents']['items'][number];
