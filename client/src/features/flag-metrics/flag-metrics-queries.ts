// The flag page's Metrics tab: the flag's staleness (ops and support), its metrics over a window (ops), and
// exposures per variant in twelve slices of that window, asked in one operation.
import { graphql, type ResultOf, type VariablesOf } from '../../app/graphql';

export const FlagStalenessQuery = graphql(`
  query FlagStaleness($key: String!) {
    flag(key: $key) {
      key
      rules {
        id
        description
      }
      staleness {
        possiblyStale
        reason
        evidence
        lastExposureAt
        monitoredSince
        servedValue
        exposuresLast14Days
      }
    }
  }
`);

export const FlagMetricsQuery = graphql(`
  query FlagMetrics($key: String!, $window: KpiWindow!) {
    flagMetrics(key: $key, window: $window) {
      key
      from
      to
      exposures
      byVariant {
        value
        count
      }
      byReason {
        value
        count
      }
      byRule {
        value
        count
      }
      gatedRuns
      gatedErrors
      gatedErrorRate
      uniqueUsers
    }
  }
`);

export type FlagMetricsFigures = ResultOf<typeof FlagMetricsQuery>['flagMetrics'];

export const SliceFragment = graphql(`
  fragment FlagMetricsSlice on FlagMetrics {
    key
    from
    exposures
    gatedRuns
    gatedErrorRate
    byVariant {
      value
      count
    }
  }
`);

export type FlagMetricsSlice = ResultOf<typeof SliceFragment>;

// Twelve slices: the schema has no per-flag series, and twelve aliases stay under the alias limit (15).
export const FlagExposureSlicesQuery = graphql(
  `
    query FlagExposureSlices(
      $key: String!
      $f0: DateTime!
      $t0: DateTime!
      $f1: DateTime!
      $t1: DateTime!
      $f2: DateTime!
      $t2: DateTime!
      $f3: DateTime!
      $t3: DateTime!
      $f4: DateTime!
      $t4: DateTime!
      $f5: DateTime!
      $t5: DateTime!
      $f6: DateTime!
      $t6: DateTime!
      $f7: DateTime!
      $t7: DateTime!
      $f8: DateTime!
      $t8: DateTime!
      $f9: DateTime!
      $t9: DateTime!
      $f10: DateTime!
      $t10: DateTime!
      $f11: DateTime!
      $t11: DateTime!
    ) {
      s0: flagMetrics(key: $key, from: $f0, to: $t0) {
        ...FlagMetricsSlice
      }
      s1: flagMetrics(key: $key, from: $f1, to: $t1) {
        ...FlagMetricsSlice
      }
      s2: flagMetrics(key: $key, from: $f2, to: $t2) {
        ...FlagMetricsSlice
      }
      s3: flagMetrics(key: $key, from: $f3, to: $t3) {
        ...FlagMetricsSlice
      }
      s4: flagMetrics(key: $key, from: $f4, to: $t4) {
        ...FlagMetricsSlice
      }
      s5: flagMetrics(key: $key, from: $f5, to: $t5) {
        ...FlagMetricsSlice
      }
      s6: flagMetrics(key: $key, from: $f6, to: $t6) {
        ...FlagMetricsSlice
      }
      s7: flagMetrics(key: $key, from: $f7, to: $t7) {
        ...FlagMetricsSlice
      }
      s8: flagMetrics(key: $key, from: $f8, to: $t8) {
        ...FlagMetricsSlice
      }
      s9: flagMetrics(key: $key, from: $f9, to: $t9) {
        ...FlagMetricsSlice
      }
      s10: flagMetrics(key: $key, from: $f10, to: $t10) {
        ...FlagMetricsSlice
      }
      s11: flagMetrics(key: $key, from: $f11, to: $t11) {
        ...FlagMetricsSlice
      }
    }
  `,
  [SliceFragment],
);

export type SliceVariables = VariablesOf<typeof FlagExposureSlicesQuery>;
export type SliceResult = ResultOf<typeof FlagExposureSlicesQuery>;
export const SLICES = 12;
