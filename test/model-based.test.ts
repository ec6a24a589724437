// Model-based realtime property: random sequences of input changes keep every subscribed client equal to a fresh query, with no needless messages.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { FakeOverlaySource } from '../server/flags/fake-overlay-source.js';
import { MY_FLAGS, uniqueKey } from './helpers/flags.js';
import {
  baselineFlag,
  baselineSegment,
  describeStep,
  FLAG_COUNT,
  type FlagSpec,
  SEGMENT_COUNT,
  type SegmentSpec,
  type Step,
  type Symbols,
  stepArbitrary,
  toFlagInput,
  toSegmentInput,
} from './helpers/model-steps.js';
import {
  createTestTenant,
  startTestServer,
  type TestServer,
  type TestTenant,
} from './helpers/test-server.js';
import { waitFor } from './helpers/wait.js';
import { connect, execute, type WsHandle } from './helpers/ws-client.js';

// Fixed, so a CI run is reproducible; FC_SEED explores other sequences.
const SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : 20261204;
const RUNS = process.env.FC_RUNS ? Number(process.env.FC_RUNS) : 20;
const MAX_STEPS = 12;
/** How long a step may take to reach every client (the machine is shared and loaded). */
const SETTLE_MS = 3_000;

const RESULT = 'key enabled variant payload reason ruleId';
const MY_UPDATES = `subscription ($keys: [String!], $context: ClientContextInput, $since: Int) {
  myFlagUpdates(keys: $keys, context: $context, sinceRevision: $since) { configRevision full flags { ${RESULT} } }
}`;
const FLAG_UPDATES = `subscription ($keys: [String!], $context: EvaluationContextInput!, $since: Int) {
  flagUpdates(keys: $keys, context: $context, sinceRevision: $since) { configRevision full flags { ${RESULT} } }
}`;
const EVALUATE = `query ($keys: [String!], $context: EvaluationContextInput!) {
  evaluateFlags(keys: $keys, context: $context) { configRevision flags { ${RESULT} } }
}`;
const UPDATE_FLAG = `mutation ($key: String!, $rev: Int!, $input: FlagInput!) {
  updateFlag(key: $key, expectedRevision: $rev, input: $input, reason: "model") { revision }
}`;
const CREATE_FLAG = `mutation ($key: String!, $input: FlagInput!) { createFlag(key: $key, input: $input, reason: "model") { revision } }`;
const UPDATE_SEGMENT = `mutation ($key: String!, $rev: Int!, $input: SegmentInput!) {
  updateSegment(key: $key, expectedRevision: $rev, input: $input, reason: "model") { revision }
}`;
const CREATE_SEGMENT = `mutation ($key: String!, $input: SegmentInput!) { createSegment(key: $key, input: $input, reason: "model") { revision } }`;
const SET_ENABLED = `mutation ($key: String!, $enabled: Boolean!) {
  setFlagEnabled(key: $key, enabled: $enabled, reason: "model") { key revision }
}`;
const SET_MANY = `mutation ($keys: [String!]!, $enabled: Boolean!) {
  setFlagsEnabled(keys: $keys, enabled: $enabled, reason: "model") { key revision }
}`;
const ROLLBACK_FLAG = `mutation ($key: String!, $to: Int!) {
  rollbackFlag(key: $key, toRevision: $to, reason: "model") { flag { revision } }
}`;
const ROLLBACK_SEGMENT = `mutation ($key: String!, $to: Int!) {
  rollbackSegment(key: $key, toRevision: $to, reason: "model") { segment { revision } }
}`;

interface Outcome {
  key: string;
  enabled: boolean;
  variant: string | null;
  payload: unknown;
  reason: string;
  ruleId: string | null;
}
interface Update {
  configRevision: number;
  full: boolean;
  flags: Outcome[];
}

/** A subscriber of fixed identity, context and keys; what a fresh query says it should hold. */
interface Observer {
  name: string;
  token: string;
  field: 'myFlagUpdates' | 'flagUpdates';
  context: Record<string, unknown>;
  keys: string[] | undefined;
  /** For account observers: whose plan a plan step changes, by whom, and the plan each run starts from. */
  account?: { tenantId: string; userId: string; platform: string; plan: 'free' | 'premium' };
}

/** One observer's connection and what its client holds, built only from the messages it received. */
interface Live {
  observer: Observer;
  socket: WsHandle | undefined;
  unsubscribe: () => void;
  held: Map<string, Outcome>;
  /** The last configRevision received: sent back as sinceRevision on reconnect. */
  lastRevision: number | undefined;
  /** Messages received on the current subscription. */
  received: number;
}

const outcomeText = (o: Outcome | undefined) =>
  o ? `${o.enabled ? 'on' : 'off'}/${o.variant}/${o.reason}/${o.ruleId}/${JSON.stringify(o.payload)}` : '-';
const sameOutcome = (a: Outcome | undefined, b: Outcome | undefined) => outcomeText(a) === outcomeText(b);

let server: TestServer;
const overlays = new FakeOverlaySource();
let a: TestTenant;
let b: TestTenant;
let ops: string;
let symbols: Symbols;
let observers: Observer[];
/** Current revision of each pool flag and segment, from the write responses. */
const revisions = new Map<string, number>();
/** A segment no flag uses: writing it at the end of a reset moves the configuration revision past the reset. */
const MARKER = uniqueKey('model_marker');
let runs = 0;

beforeAll(async () => {
  server = await startTestServer({ services: { overlays } });
  a = await createTestTenant(server);
  b = await createTestTenant(server);
  ops = a.accounts.ops.token;
  const keyA = await server.app.services.apiKeys.create(a.id, 'model-a', null);
  const keyB = await server.app.services.apiKeys.create(b.id, 'model-b', null);
  const flags = Array.from({ length: FLAG_COUNT }, (_, i) => uniqueKey(`model_f${i}`));
  const segments = Array.from({ length: SEGMENT_COUNT }, (_, i) => uniqueKey(`model_s${i}`));
  symbols = {
    flags,
    segments,
    users: [
      a.accounts.user.id,
      a.accounts.premium.id,
      b.accounts.user.id,
      b.accounts.premium.id,
      'p-1',
      'p-2',
    ],
    tenants: { A: a.id, B: b.id },
  };
  const [f0, f1, f2, f3] = flags as [string, string, string, string];
  observers = [
    {
      name: '#0 A user (free), every flag',
      token: a.accounts.user.token,
      field: 'myFlagUpdates',
      account: {
        tenantId: a.id,
        userId: a.accounts.user.id,
        platform: a.accounts.platform.token,
        plan: 'free',
      },
      context: { country: 'NO' },
      keys: undefined,
    },
    {
      name: '#1 A premium user, f0 f1 f2',
      token: a.accounts.premium.token,
      field: 'myFlagUpdates',
      account: {
        tenantId: a.id,
        userId: a.accounts.premium.id,
        platform: a.accounts.platform.token,
        plan: 'premium',
      },
      context: {},
      keys: [f0, f1, f2],
    },
    {
      name: '#2 B premium user, every flag',
      token: b.accounts.premium.token,
      field: 'myFlagUpdates',
      account: {
        tenantId: b.id,
        userId: b.accounts.premium.id,
        platform: b.accounts.platform.token,
        plan: 'premium',
      },
      context: { country: 'SE', attributes: { beta: 'yes' } },
      keys: undefined,
    },
    {
      name: '#3 B user (free), f1 f3',
      token: b.accounts.user.token,
      field: 'myFlagUpdates',
      account: {
        tenantId: b.id,
        userId: b.accounts.user.id,
        platform: b.accounts.platform.token,
        plan: 'free',
      },
      context: { appVersion: '2.1.0' },
      keys: [f1, f3],
    },
    {
      name: '#4 key A p-1 (premium), every flag',
      token: keyA.secret,
      field: 'flagUpdates',
      context: { userId: 'p-1', plan: 'premium', country: 'NO' },
      keys: undefined,
    },
    {
      name: '#5 key B p-2 (free), f0 f3',
      token: keyB.secret,
      field: 'flagUpdates',
      context: { userId: 'p-2', plan: 'free', appVersion: '1.9.0', attributes: { beta: 'yes' } },
      keys: [f0, f3],
    },
  ];
  for (const key of [...segments, MARKER]) {
    revisions.set(
      key,
      await write<{ createSegment: { revision: number } }>(CREATE_SEGMENT, { key, input: {} }).then(
        (d) => d.createSegment.revision,
      ),
    );
  }
  for (const key of flags) {
    const input = toFlagInput(baselineFlag(), symbols);
    revisions.set(
      key,
      await write<{ createFlag: { revision: number } }>(CREATE_FLAG, { key, input }).then(
        (d) => d.createFlag.revision,
      ),
    );
  }
  process.stdout.write(`model-based: seed ${SEED}, runs ${RUNS} (FC_SEED / FC_RUNS to override)\n`);
});
afterAll(() => server.close());

async function write<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const { data, errors } = await server.gql<T>(query, { token: ops, variables });
  if (errors || !data)
    throw new Error(`write failed: ${JSON.stringify(errors)} for ${JSON.stringify(variables)}`);
  return data;
}

async function fresh(observer: Observer): Promise<Map<string, Outcome>> {
  const { data, errors } =
    observer.field === 'myFlagUpdates'
      ? await server
          .gql<{ myFlags: { flags: Outcome[] } }>(MY_FLAGS, {
            token: observer.token,
            variables: { keys: observer.keys, context: observer.context },
          })
          .then((r) => ({ data: r.data?.myFlags, errors: r.errors }))
      : await server
          .gql<{ evaluateFlags: { flags: Outcome[] } }>(EVALUATE, {
            token: observer.token,
            variables: { keys: observer.keys, context: observer.context },
          })
          .then((r) => ({ data: r.data?.evaluateFlags, errors: r.errors }));
  if (errors || !data) throw new Error(`fresh query for ${observer.name} failed: ${JSON.stringify(errors)}`);
  return new Map(data.flags.map((f) => [f.key, f]));
}

/** One run of the property: fresh connections over a configuration reset to the baseline. */
class Run {
  readonly lives: Live[];
  /** Needless messages and stream errors, as they happen. */
  readonly problems: string[] = [];
  step = 'the first snapshot';

  constructor() {
    this.lives = observers.map((observer) => ({
      observer,
      socket: undefined,
      unsubscribe: () => undefined,
      held: new Map(),
      lastRevision: undefined,
      received: 0,
    }));
  }

  static async start(): Promise<Run> {
    await resetConfiguration();
    const run = new Run();
    for (const live of run.lives) run.open(live, false);
    await run.settle();
    return run;
  }

  open(live: Live, resume: boolean): void {
    const socket = connect(server.wsUrl, live.observer.token);
    live.socket = socket;
    live.received = 0;
    const { observer } = live;
    const since = resume ? live.lastRevision : undefined;
    const variables = { keys: observer.keys, context: observer.context, since };
    let current = true;
    const stop = socket.client.subscribe(
      { query: observer.field === 'myFlagUpdates' ? MY_UPDATES : FLAG_UPDATES, variables },
      {
        next: (value) => {
          if (!current) return;
          const result = value as { data?: Record<string, Update>; errors?: unknown };
          const update = result.data?.[observer.field];
          if (!update)
            return void this.problems.push(`${observer.name}: error ${JSON.stringify(result.errors)}`);
          this.receive(live, update);
        },
        error: (error) => {
          if (current) this.problems.push(`${observer.name}: stream error ${JSON.stringify(error)}`);
        },
        complete: () => undefined,
      },
    );
    live.unsubscribe = () => {
      current = false;
      stop();
    };
  }

  receive(live: Live, update: Update): void {
    const first = live.received === 0;
    live.received++;
    live.lastRevision = update.configRevision;
    const { name } = live.observer;
    if (update.full) {
      if (!first) this.problems.push(`${name}: a full snapshot after the first message (at ${this.step})`);
      live.held = new Map(update.flags.map((f) => [f.key, f]));
      return;
    }
    // A catch-up after sinceRevision may be empty; a live delta must carry news, and only news.
    if (!first && update.flags.length === 0)
      this.problems.push(`${name}: an empty message (at ${this.step})`);
    const stale = update.flags.filter((f) => sameOutcome(live.held.get(f.key), f));
    if (stale.length > 0 && stale.length === update.flags.length) {
      this.problems.push(
        `${name}: a message none of whose results changed: ${stale.map((f) => `${flagName(f.key)} ${outcomeText(f)}`).join(', ')} (at ${this.step})`,
      );
    } else if (stale.length > 0) {
      this.problems.push(
        `${name}: unchanged results in a message: ${stale.map((f) => `${flagName(f.key)} ${outcomeText(f)}`).join(', ')} (at ${this.step})`,
      );
    }
    for (const f of update.flags) live.held.set(f.key, f);
  }

  async disconnect(live: Live): Promise<void> {
    if (!live.socket) return;
    live.unsubscribe();
    await live.socket.client.dispose();
    live.socket = undefined;
  }

  async reconnect(live: Live): Promise<void> {
    await this.disconnect(live);
    this.open(live, true);
  }

  /**
   * Waits until the fan-out is idle, every message it sent has been read (a round trip on each socket comes
   * after them), and every connected client holds what a fresh query gives it; then checks the problems.
   */
  async settle(): Promise<void> {
    let mismatch = '';
    try {
      await waitFor(
        async () => {
          await server.app.services.fanOut.idle();
          const connected = this.lives.filter((l) => l.socket);
          await Promise.all(connected.map((l) => execute((l.socket as WsHandle).client, '{ __typename }')));
          const diffs: string[] = [];
          for (const live of connected) {
            if (live.received === 0) {
              diffs.push(`${live.observer.name}: no first message yet`);
              continue;
            }
            const want = await fresh(live.observer);
            for (const key of new Set([...want.keys(), ...live.held.keys()])) {
              const [have, should] = [live.held.get(key), want.get(key)];
              if (!sameOutcome(have, should)) {
                diffs.push(
                  `${live.observer.name}: ${flagName(key)} holds ${outcomeText(have)}, fresh query ${outcomeText(should)}`,
                );
              }
            }
          }
          mismatch = diffs.join('\n  ');
          return diffs.length === 0;
        },
        'every client to match a fresh query',
        SETTLE_MS,
      );
    } catch {
      throw new Error(`after ${this.step}, clients disagree with fresh queries:\n  ${mismatch}`);
    }
    if (this.problems.length > 0) throw new Error(`after ${this.step}:\n  ${this.problems.join('\n  ')}`);
  }

  async close(): Promise<void> {
    await Promise.all(this.lives.map((l) => this.disconnect(l)));
  }
}

const flagName = (key: string) => {
  const i = symbols.flags.indexOf(key);
  return i >= 0 ? `f${i}` : key;
};

/** Back to the baseline configuration with no overlays, so each run starts from the same state. */
async function resetConfiguration(): Promise<void> {
  for (const observer of observers) {
    if (observer.account) await setPlan(observer, observer.account.plan);
  }
  for (const key of symbols.flags) {
    for (const tenant of Object.values(symbols.tenants)) overlays.setEntitlement(tenant, key, undefined);
    overlays.setGuard(key, false);
  }
  for (const key of symbols.segments) await updateSegment(key, baselineSegment());
  for (const key of symbols.flags) await updateFlag(key, baselineFlag());
  // Each run starts at a revision of its own, after the reset's overlay changes: otherwise every resume from
  // the first snapshot would be answered with a full snapshot, and the deltas would go untested.
  const data = await write<{ updateSegment: { revision: number } }>(UPDATE_SEGMENT, {
    key: MARKER,
    rev: revisions.get(MARKER),
    input: { description: `run ${++runs}` },
  });
  revisions.set(MARKER, data.updateSegment.revision);
}

async function updateFlag(key: string, spec: FlagSpec): Promise<void> {
  const data = await write<{ updateFlag: { revision: number } }>(UPDATE_FLAG, {
    key,
    rev: revisions.get(key),
    input: toFlagInput(spec, symbols),
  });
  revisions.set(key, data.updateFlag.revision);
}

async function updateSegment(key: string, spec: SegmentSpec): Promise<void> {
  const data = await write<{ updateSegment: { revision: number } }>(UPDATE_SEGMENT, {
    key,
    rev: revisions.get(key),
    input: toSegmentInput(spec, symbols),
  });
  revisions.set(key, data.updateSegment.revision);
}

/** Current plan of each observer account (plan steps change them). */
const plans = new Map<string, 'free' | 'premium'>();

async function setPlan(observer: Observer, plan: 'free' | 'premium'): Promise<void> {
  const account = observer.account;
  if (!account || (plans.get(account.userId) ?? account.plan) === plan) return;
  const { errors } = await server.gql(
    'mutation ($t: ID!, $u: ID!, $p: Plan!) { setUserPlan(tenantId: $t, userId: $u, plan: $p, reason: "model") { id } }',
    { token: account.platform, variables: { t: account.tenantId, u: account.userId, p: plan.toUpperCase() } },
  );
  if (errors) throw new Error(`setUserPlan failed: ${JSON.stringify(errors)}`);
  plans.set(account.userId, plan);
}

const back = (key: string, steps: number) => Math.max(1, (revisions.get(key) ?? 1) - steps);

async function apply(run: Run, step: Step): Promise<void> {
  const flag = (i: number) => symbols.flags[i] as string;
  switch (step.kind) {
    case 'editFlag':
      return updateFlag(flag(step.flag), step.spec);
    case 'editSegment':
      return updateSegment(symbols.segments[step.segment] as string, step.spec);
    case 'kill': {
      const data = await write<{ setFlagEnabled: { revision: number } }>(SET_ENABLED, {
        key: flag(step.flag),
        enabled: step.enabled,
      });
      revisions.set(flag(step.flag), data.setFlagEnabled.revision);
      return;
    }
    case 'batch': {
      const data = await write<{ setFlagsEnabled: { key: string; revision: number }[] }>(SET_MANY, {
        keys: step.flags.map(flag),
        enabled: step.enabled,
      });
      for (const f of data.setFlagsEnabled) revisions.set(f.key, f.revision);
      return;
    }
    case 'rollbackFlag': {
      const key = flag(step.flag);
      const data = await write<{ rollbackFlag: { flag: { revision: number } } }>(ROLLBACK_FLAG, {
        key,
        to: back(key, step.back),
      });
      revisions.set(key, data.rollbackFlag.flag.revision);
      return;
    }
    case 'rollbackSegment': {
      const key = symbols.segments[step.segment] as string;
      const data = await write<{ rollbackSegment: { segment: { revision: number } } }>(ROLLBACK_SEGMENT, {
        key,
        to: back(key, step.back),
      });
      revisions.set(key, data.rollbackSegment.segment.revision);
      return;
    }
    case 'entitlement':
      return overlays.setEntitlement(symbols.tenants[step.tenant], flag(step.flag), step.value);
    case 'guard':
      return overlays.setGuard(flag(step.flag), step.open);
    case 'away': {
      const away = step.clients.map((c) => run.lives[c] as Live);
      for (const live of away) await run.disconnect(live);
      const during = run.step;
      for (const [i, change] of step.changes.entries()) {
        run.step = `${during}, change ${i + 1} while away`;
        await apply(run, change);
        await run.settle();
      }
      run.step = `${during}, coming back`;
      for (const live of away) run.open(live, true);
      return;
    }
    case 'plan':
      return setPlan(observers[step.client] as Observer, step.plan);
    case 'burst':
      for (const inner of step.steps) await apply(run, inner);
      return;
    case 'reconnect':
      return run.reconnect(run.lives[step.client] as Live);
  }
}

describe('realtime under random input changes (model-based)', () => {
  it('keeps every client equal to a fresh query, sending only news', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArbitrary(), { minLength: 1, maxLength: MAX_STEPS }), async (steps) => {
        const run = await Run.start();
        try {
          for (const [i, step] of steps.entries()) {
            run.step = `step ${i + 1} (${describeStep(step)})`;
            await apply(run, step);
            await run.settle();
          }
        } finally {
          await run.close();
        }
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: false },
    );
  }, 300_000);
});
