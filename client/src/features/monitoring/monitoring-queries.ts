// The Monitoring page's documents: the window's KPIs, the previous window's, the chart series and the live feed.
import { graphql, type ResultOf } from '../../app/graphql';

export const KpiFiguresFragment = graphql(`
  fragment KpiFigures on Kpis {
    from
    to
    tenantId
    rolledThrough
    messagesTotal
    outOfScopeReplies
    llmErrorReplies
    outOfScopeRate
    llmErrorRate
    p50LatencyMs
    p95LatencyMs
    requests
    errors4xx
    errors5xx
    errorRate4xx
    errorRate5xx
    requestP50LatencyMs
    requestP95LatencyMs
    readinessChecks
    readinessFailures
    availability
    moduleRuns
    moduleErrors
    moduleErrorRate
    apiKeyAuthFailures
    signInFailures
    quota {
      module
      plan
      consumed
      blocked
      saturation
    }
  }
`);

export type KpiFigures = ResultOf<typeof KpiFiguresFragment>;

export const MonitoringKpisQuery = graphql(
  `
    query MonitoringKpis($window: KpiWindow!, $tenantId: ID) {
      kpis(window: $window, tenantId: $tenantId) {
        ...KpiFigures
        operations {
          operation
          requests
          errors4xx
          errors5xx
          errorRate4xx
          errorRate5xx
          p50LatencyMs
          p95LatencyMs
        }
        apiKeyAuthFailuresByTenant {
          tenantId
          count
        }
      }
    }
  `,
  [KpiFiguresFragment],
);

export type WindowKpis = ResultOf<typeof MonitoringKpisQuery>['kpis'];

/** The window of the same length just before the one shown, for the cards' deltas. */
export const MonitoringPreviousKpisQuery = graphql(
  `
    query MonitoringPreviousKpis($from: DateTime!, $to: DateTime!, $tenantId: ID) {
      kpis(from: $from, to: $to, tenantId: $tenantId) {
        ...KpiFigures
      }
    }
  `,
  [KpiFiguresFragment],
);

export const SeriesPointsFragment = graphql(`
  fragment SeriesPoints on KpiSeries {
    metric
    stepSeconds
    points {
      at
      value
    }
  }
`);

export type SeriesPoints = ResultOf<typeof SeriesPointsFragment>;

// One operation for every chart: the monitoring rate limit counts operations, not fields.
export const MonitoringSeriesQuery = graphql(
  `
    query MonitoringSeries($window: KpiWindow!, $tenantId: ID) {
      requestP50: kpiSeries(metric: REQUEST_P50_LATENCY_MS, window: $window, tenantId: $tenantId) {
        ...SeriesPoints
      }
      requestP95: kpiSeries(metric: REQUEST_P95_LATENCY_MS, window: $window, tenantId: $tenantId) {
        ...SeriesPoints
      }
      replyP50: kpiSeries(metric: P50_LATENCY_MS, window: $window, tenantId: $tenantId) {
        ...SeriesPoints
      }
      replyP95: kpiSeries(metric: P95_LATENCY_MS, window: $window, tenantId: $tenantId) {
        ...SeriesPoints
      }
      errorRate4xx: kpiSeries(metric: ERROR_RATE_4XX, window: $window, tenantId: $tenantId) {
        ...SeriesPoints
      }
      errorRate5xx: kpiSeries(metric: ERROR_RATE_5XX, window: $window, tenantId: $tenantId) {
        ...SeriesPoints
      }
      requests: kpiSeries(metric: REQUESTS, window: $window, tenantId: $tenantId) {
        ...SeriesPoints
      }
      messages: kpiSeries(metric: MESSAGES, window: $window, tenantId: $tenantId) {
        ...SeriesPoints
      }
      outOfScopeRate: kpiSeries(metric: OUT_OF_SCOPE_RATE, window: $window, tenantId: $tenantId) {
        ...SeriesPoints
      }
      llmErrorRate: kpiSeries(metric: LLM_ERROR_RATE, window: $window, tenantId: $tenantId) {
        ...SeriesPoints
      }
    }
  `,
  [SeriesPointsFragment],
);

export type MonitoringSeries = ResultOf<typeof MonitoringSeriesQuery>;

export const MonitoringLiveSubscription = graphql(
  `
    subscription MonitoringLive($window: KpiWindow!, $tenantId: ID) {
      kpiUpdates(window: $window, tenantId: $tenantId) {
        ...KpiFigures
      }
    }
  `,
  [KpiFiguresFragment],
);
