// GraphQL for monitoring: KPIs over 1h/24h/7d or a custom window, chart series, per-flag metrics, live
// KPI updates and the pipeline's own health, all ops/platform only; plus Flag.staleness for flag readers.
import type { Flag } from '../flags/flag.js';
import { FlagRef } from '../flags/flag-schema.js';
import { builder } from '../platform/builder.js';
import type { Context } from '../platform/context.js';
import { type FlagStaleness, loadStalenessFacts, type StalenessFacts, staleness } from './flag-staleness.js';
import type { OperationKpi, QuotaKpi, TenantCount } from './kpi-math.js';
import {
  type CountBy,
  type FlagMetrics,
  KPI_SERIES_METRICS,
  type KpiPoint,
  type KpiSeries,
  type Kpis,
} from './kpi-service.js';
import type { KpiQuery } from './kpi-window.js';
import { KPI_WINDOWS } from './kpi-window.js';
import { every } from './ticker.js';

const MONITORING = { ops: true, platform: true } as const;

const KpiWindowEnum = builder.enumType('KpiWindow', {
  description: 'The last hour, 24 hours or 7 days, ending at the start of the current minute.',
  values: KPI_WINDOWS,
});

const KpiMetricEnum = builder.enumType('KpiMetric', { values: KPI_SERIES_METRICS });

const OperationKpiRef = builder.objectRef<OperationKpi>('OperationKpi').implement({
  description: 'One GraphQL operation (its root fields) over the window.',
  authScopes: MONITORING,
  fields: (t) => ({
    operation: t.exposeString('operation'),
    requests: t.exposeInt('requests'),
    errors4xx: t.exposeInt('errors4xx'),
    errors5xx: t.exposeInt('errors5xx'),
    errorRate4xx: t.exposeFloat('errorRate4xx', { nullable: true }),
    errorRate5xx: t.exposeFloat('errorRate5xx', { nullable: true }),
    p50LatencyMs: t.exposeFloat('p50LatencyMs', { nullable: true }),
    p95LatencyMs: t.exposeFloat('p95LatencyMs', { nullable: true }),
  }),
});

const QuotaKpiRef = builder.objectRef<QuotaKpi>('QuotaKpi').implement({
  description: 'Quota decisions of one module and plan.',
  authScopes: MONITORING,
  fields: (t) => ({
    module: t.exposeString('module'),
    plan: t.exposeString('plan'),
    consumed: t.exposeInt('consumed'),
    blocked: t.exposeInt('blocked'),
    saturation: t.exposeFloat('saturation', {
      nullable: true,
      description: 'blocked / (consumed + blocked).',
    }),
  }),
});

const TenantCountRef = builder.objectRef<TenantCount>('TenantCount').implement({
  authScopes: MONITORING,
  fields: (t) => ({
    tenantId: t.exposeID('tenantId', { nullable: true, description: 'Null: the key named no tenant.' }),
    count: t.exposeInt('count'),
  }),
});

const KpisRef = builder.objectRef<Kpis>('Kpis').implement({
  description: 'KPIs over a window; formulas, bounds and null rules in docs/monitoring.md.',
  authScopes: MONITORING,
  fields: (t) => ({
    from: t.expose('from', { type: 'DateTime' }),
    to: t.expose('to', { type: 'DateTime' }),
    tenantId: t.exposeID('tenantId', { nullable: true }),
    rolledThrough: t.expose('rolledThrough', {
      type: 'DateTime',
      nullable: true,
      description: 'Events up to here are in the figures (the rollup runs once a minute).',
    }),
    messagesTotal: t.exposeInt('messagesTotal'),
    outOfScopeReplies: t.exposeInt('outOfScopeReplies'),
    llmErrorReplies: t.exposeInt('llmErrorReplies'),
    outOfScopeRate: t.exposeFloat('outOfScopeRate', { nullable: true }),
    llmErrorRate: t.exposeFloat('llmErrorRate', { nullable: true }),
    p50LatencyMs: t.exposeFloat('p50LatencyMs', { nullable: true, description: 'Chat reply latency.' }),
    p95LatencyMs: t.exposeFloat('p95LatencyMs', { nullable: true, description: 'Chat reply latency.' }),
    requests: t.exposeInt('requests'),
    errors4xx: t.exposeInt('errors4xx'),
    errors5xx: t.exposeInt('errors5xx'),
    errorRate4xx: t.exposeFloat('errorRate4xx', { nullable: true }),
    errorRate5xx: t.exposeFloat('errorRate5xx', { nullable: true }),
    requestP50LatencyMs: t.exposeFloat('requestP50LatencyMs', { nullable: true }),
    requestP95LatencyMs: t.exposeFloat('requestP95LatencyMs', { nullable: true }),
    readinessChecks: t.exposeInt('readinessChecks'),
    readinessFailures: t.exposeInt('readinessFailures'),
    availability: t.exposeFloat('availability', { nullable: true }),
    operations: t.field({ type: [OperationKpiRef], resolve: (k) => k.operations }),
    quota: t.field({ type: [QuotaKpiRef], resolve: (k) => k.quota }),
    moduleRuns: t.exposeInt('moduleRuns'),
    moduleErrors: t.exposeInt('moduleErrors'),
    moduleErrorRate: t.exposeFloat('moduleErrorRate', { nullable: true }),
    apiKeyAuthFailures: t.exposeInt('apiKeyAuthFailures'),
    apiKeyAuthFailuresByTenant: t.field({
      type: [TenantCountRef],
      resolve: (k) => k.apiKeyAuthFailuresByTenant,
    }),
    signInFailures: t.exposeInt('signInFailures'),
    propagationP50Ms: t.exposeFloat('propagationP50Ms', {
      nullable: true,
      description: 'Commit of a configuration revision to a client reading it, median (docs/propagation.md).',
    }),
    propagationP99Ms: t.exposeFloat('propagationP99Ms', { nullable: true }),
    clientsOnLatestShare: t.float({
      nullable: true,
      description:
        'Live, every instance and tenant (not the window): open clients that read every update of the newest revision.',
      resolve: (_k, _args, ctx) => ctx.services.propagation.shareOnLatest(),
    }),
  }),
});

const KpiPointRef = builder.objectRef<KpiPoint>('KpiPoint').implement({
  authScopes: MONITORING,
  fields: (t) => ({
    at: t.expose('at', { type: 'DateTime' }),
    value: t.exposeFloat('value', { nullable: true }),
  }),
});

const KpiSeriesRef = builder.objectRef<KpiSeries>('KpiSeries').implement({
  description: 'One KPI per minute (windows up to 3 h) or per hour.',
  authScopes: MONITORING,
  fields: (t) => ({
    metric: t.field({ type: KpiMetricEnum, resolve: (s) => s.metric }),
    from: t.expose('from', { type: 'DateTime' }),
    to: t.expose('to', { type: 'DateTime' }),
    stepSeconds: t.exposeInt('stepSeconds'),
    points: t.field({ type: [KpiPointRef], resolve: (s) => s.points }),
  }),
});

const CountByRef = builder.objectRef<CountBy>('CountBy').implement({
  authScopes: MONITORING,
  fields: (t) => ({ value: t.exposeString('value'), count: t.exposeInt('count') }),
});

const FlagMetricsRef = builder.objectRef<FlagMetrics>('FlagMetrics').implement({
  authScopes: MONITORING,
  fields: (t) => ({
    key: t.exposeString('key'),
    from: t.expose('from', { type: 'DateTime' }),
    to: t.expose('to', { type: 'DateTime' }),
    exposures: t.exposeInt('exposures'),
    byVariant: t.field({ type: [CountByRef], resolve: (m) => m.byVariant }),
    byReason: t.field({ type: [CountByRef], resolve: (m) => m.byReason }),
    byRule: t.field({ type: [CountByRef], resolve: (m) => m.byRule, description: "'' is no rule." }),
    gatedRuns: t.exposeInt('gatedRuns'),
    gatedErrors: t.exposeInt('gatedErrors'),
    gatedErrorRate: t.exposeFloat('gatedErrorRate', { nullable: true }),
    uniqueUsers: t.exposeInt('uniqueUsers', {
      description: 'Exact distinct users over the UTC days the window touches.',
    }),
  }),
});

interface PipelineHealth {
  buffered: number;
  written: number;
  dropped: number;
  failedFlushes: number;
  rollupLagSeconds: number | null;
  rolledThrough: Date | null;
}

const PipelineRef = builder.objectRef<PipelineHealth>('MetricPipeline').implement({
  description: "This instance's recorder and its view of the shared rollup job.",
  authScopes: MONITORING,
  fields: (t) => ({
    buffered: t.exposeInt('buffered'),
    written: t.exposeInt('written'),
    dropped: t.exposeInt('dropped'),
    failedFlushes: t.exposeInt('failedFlushes'),
    rollupLagSeconds: t.exposeInt('rollupLagSeconds', { nullable: true }),
    rolledThrough: t.expose('rolledThrough', { type: 'DateTime', nullable: true }),
  }),
});

const StaleReasonEnum = builder.enumType('StaleReason', {
  values: ['NO_EXPOSURE', 'SINGLE_VARIANT'] as const,
});

const StalenessRef = builder.objectRef<FlagStaleness>('FlagStaleness').implement({
  description: 'No exposure for 30 days, or one value served to every exposure for 14 days.',
  authScopes: { ops: true, support: true },
  fields: (t) => ({
    possiblyStale: t.exposeBoolean('possiblyStale'),
    reason: t.field({ type: StaleReasonEnum, nullable: true, resolve: (s) => s.reason }),
    lastExposureAt: t.expose('lastExposureAt', { type: 'DateTime', nullable: true }),
    monitoredSince: t.expose('monitoredSince', { type: 'DateTime', nullable: true }),
    servedValue: t.exposeString('servedValue', { nullable: true }),
    exposuresLast14Days: t.exposeInt('exposuresLast14Days'),
    evidence: t.exposeString('evidence'),
  }),
});

// One read of the facts per request, however many flags a page lists.
const factsByRequest = new WeakMap<Context, Promise<StalenessFacts>>();

builder.objectField(FlagRef, 'staleness', (t) =>
  t.field({
    type: StalenessRef,
    authScopes: { ops: true, support: true },
    description: 'Whether telemetry suggests the flag is no longer needed, with the evidence.',
    resolve: async (flag: Flag, _args, ctx) => {
      let facts = factsByRequest.get(ctx);
      if (!facts) {
        facts = loadStalenessFacts(
          ctx.services.metricStore,
          ctx.services.kpis.now(),
          ctx.services.rollups.job,
        );
        factsByRequest.set(ctx, facts);
      }
      return staleness(await facts, flag);
    },
  }),
);

builder.queryFields((t) => {
  const window = {
    window: t.arg({ type: KpiWindowEnum, description: 'A preset; or give from and to.' }),
    from: t.arg({ type: 'DateTime' }),
    to: t.arg({ type: 'DateTime' }),
    tenantId: t.arg.id({ description: 'One tenant; every tenant when absent.' }),
  };
  const query = (args: {
    window?: (typeof KPI_WINDOWS)[number] | null;
    from?: Date | null;
    to?: Date | null;
    tenantId?: string | number | null;
  }): KpiQuery => ({
    window: args.window ?? (args.from || args.to ? null : 'H1'),
    from: args.from,
    to: args.to,
    tenantId: args.tenantId == null ? null : String(args.tenantId),
  });
  return {
    kpis: t.field({
      type: KpisRef,
      authScopes: MONITORING,
      description: 'KPIs over a window (1 h when nothing is given).',
      args: window,
      resolve: (_root, args, ctx) => ctx.services.kpis.kpis(query(args)),
    }),
    kpiSeries: t.field({
      type: KpiSeriesRef,
      authScopes: MONITORING,
      args: { ...window, metric: t.arg({ type: KpiMetricEnum, required: true }) },
      resolve: (_root, args, ctx) => ctx.services.kpis.kpiSeries({ ...query(args), metric: args.metric }),
    }),
    flagMetrics: t.field({
      type: FlagMetricsRef,
      authScopes: MONITORING,
      args: { ...window, key: t.arg.string({ required: true }) },
      resolve: (_root, args, ctx) => ctx.services.kpis.flagMetrics(args.key, query(args)),
    }),
    metricPipeline: t.field({
      type: PipelineRef,
      authScopes: MONITORING,
      resolve: (_root, _args, ctx) => {
        const recorder = ctx.services.metrics.stats();
        const job = ctx.services.rollups.stats();
        return { ...recorder, rollupLagSeconds: job.lagSeconds, rolledThrough: job.rolledThrough };
      },
    }),
  };
});

builder.subscriptionFields((t) => ({
  kpiUpdates: t.field({
    type: KpisRef,
    authScopes: MONITORING,
    description: 'kpis(window, tenantId) now, then again every 10 seconds.',
    args: { window: t.arg({ type: KpiWindowEnum }), tenantId: t.arg.id() },
    subscribe: (_root, args, ctx) =>
      every(ctx.services.kpiUpdatesMs, () =>
        ctx.services.kpis.kpis({
          window: args.window ?? 'H1',
          tenantId: args.tenantId == null ? null : String(args.tenantId),
        }),
      ),
    resolve: (kpis) => kpis,
  }),
}));
