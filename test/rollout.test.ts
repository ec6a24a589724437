// Guarded rollouts through the real server: a release plan advances step by step as (injected) time passes and
// samples arrive, keeps every user's bucket, completes; a regression rolls back with a system revision that
// open clients receive; ops writes, support reads; chat replies under the variant flag count (LLM errors too).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Responder } from '../server/chat/responder.js';
import { bucketOf } from '../server/evaluation/bucketing.js';
import { uniqueKey } from './helpers/flags.js';
import {
  ABORT,
  CREATE_PLAN,
  META,
  outcomesOf,
  PAUSE,
  PLAN_REVISIONS,
  type PlanView,
  RESUME,
  readPlan,
  twoVariantFlag,
  UPDATE_PLAN,
} from './helpers/rollout.js';
import {
  createTestTenant,
  startTestServer,
  type TestServer,
  type TestTenant,
} from './helpers/test-server.js';
import { waitFor } from './helpers/wait.js';
import { connect, subscribe } from './helpers/ws-client.js';

const MY_UPDATES = `subscription ($keys: [String!]) {
  myFlagUpdates(keys: $keys) { configRevision flags { key variant revision } }
}`;
type Update = { myFlagUpdates: { flags: { key: string; variant: string | null }[] } };

let clock = Date.now();
const chatKey = uniqueKey('chat_style');
/** Fails every message that asks it to, like an LLM that errors. */
const responder: Responder = {
  async respond(input) {
    if (input.text.includes('fail')) throw new Error('the model is down');
    return { text: 'The stars are quiet.', outOfScope: false };
  },
};

let server: TestServer;
let tenant: TestTenant;
let ops: string;

beforeAll(async () => {
  server = await startTestServer({
    services: {
      rollout: { now: () => clock, checkMs: 3_600_000 },
      chatOutcomeFlag: chatKey,
      chat: { responder },
    },
  });
  tenant = await createTestTenant(server);
  ops = tenant.accounts.ops.token;
});
afterAll(async () => {
  await server?.close();
});

const steps = (minSamples: number, percents = [10, 50, 100]) =>
  percents.map((percent) => ({ percent, minDurationSeconds: 60, minSamples }));

async function createPlan(key: string, input: Record<string, unknown>): Promise<PlanView> {
  const { data, errors } = await server.gql<{ createReleasePlan: PlanView }>(CREATE_PLAN, {
    token: ops,
    variables: { key, input: { treatment: 'new', control: 'old', ...input } },
  });
  if (errors || !data) throw new Error(JSON.stringify(errors));
  return data.createReleasePlan;
}

async function fallthroughOf(key: string) {
  return (await server.app.services.flags.find(key))?.fallthrough;
}

async function revisionsOf(key: string) {
  const { data } = await server.gql<{
    releasePlanRevisions: { revision: number; action: string; actor: string; reason: string }[];
  }>(PLAN_REVISIONS, { token: ops, variables: { key } });
  return data?.releasePlanRevisions ?? [];
}

const variantOf = (key: string, userId: string) =>
  server.app.services.evaluator.evaluate(key, { userId, tenantId: tenant.id }).variant;

describe('a guarded rollout', () => {
  it('advances step by step once each step’s duration and samples are met, keeping every user’s bucket', async () => {
    const key = uniqueKey('rollout_steps');
    await server.app.services.flags.create(key, twoVariantFlag(), META);
    const plan = await createPlan(key, { steps: steps(20) });
    expect(plan).toMatchObject({ status: 'RUNNING', currentStep: 0, currentPercent: 10, revision: 1 });
    expect(await fallthroughOf(key)).toEqual({
      rollout: {
        weights: [
          { variant: 'new', weight: 10 },
          { variant: 'old', weight: 90 },
        ],
      },
    });

    // A/A: both arms fail 5% of the time.
    const aa = (_variant: string, i: number) => i % 20 === 0;
    expect(await outcomesOf(server, key, tenant.id, 400, aa, 'a')).toBe(400);
    const progress = (await readPlan(server, ops, key)).progress;
    expect(progress.control.samples + progress.treatment.samples).toBe(400);
    expect(progress.treatment.samples).toBeGreaterThanOrEqual(20);
    expect(progress.verdict).toBe('CONTINUE');

    // Enough samples, not yet the minimum duration: nothing moves.
    expect(await server.app.services.rollouts.checkAll()).toBe(true);
    expect((await readPlan(server, ops, key)).revision).toBe(1);

    const treatedAt10 = Array.from({ length: 400 }, (_, i) => `a${i}`).filter(
      (u) => variantOf(key, u) === 'new',
    );
    clock += 61_000;
    await server.app.services.rollouts.checkAll();
    const advanced = await readPlan(server, ops, key);
    expect(advanced).toMatchObject({ status: 'RUNNING', currentStep: 1, currentPercent: 50, revision: 2 });
    expect(advanced.lastTransition).toMatchObject({ verdict: 'HEALTHY' });
    expect(advanced.progress).toMatchObject({ stepControlSamples: 0, stepTreatmentSamples: 0 });
    const [revision] = await revisionsOf(key);
    expect(revision).toMatchObject({ action: 'releasePlan.advance', actor: 'system' });
    expect(revision?.reason).toMatch(
      /advanced to step 2 of 3 \(50%\): control .* treatment .*mSPRT Λ .* verdict HEALTHY/,
    );
    // Raising the share only adds users: everyone treated at 10% still is at 50%.
    expect(treatedAt10.filter((u) => variantOf(key, u) !== 'new')).toEqual([]);

    await outcomesOf(server, key, tenant.id, 400, aa, 'b');
    clock += 61_000;
    await server.app.services.rollouts.checkAll();
    expect(await readPlan(server, ops, key)).toMatchObject({ currentStep: 2, currentPercent: 100 });
    // At 100% every outcome is the treatment's; the step waits on the treatment alone.
    await outcomesOf(server, key, tenant.id, 100, aa, 'c');
    clock += 61_000;
    await server.app.services.rollouts.checkAll();
    expect(await readPlan(server, ops, key)).toMatchObject({ status: 'COMPLETED', currentPercent: 100 });
    expect((await revisionsOf(key)).map((r) => r.action)).toEqual([
      'releasePlan.complete',
      'releasePlan.advance',
      'releasePlan.advance',
      'releasePlan.create',
    ]);
    expect((await fallthroughOf(key))?.rollout?.weights).toEqual([
      { variant: 'new', weight: 100 },
      { variant: 'old', weight: 0 },
    ]);
    const audit = await server.gql<{ auditEvents: { items: { actor: string; action: string }[] } }>(
      `query ($key: String!) { auditEvents(targetKey: $key, targetType: RELEASE_PLAN) { items { actor action } } }`,
      { token: ops, variables: { key } },
    );
    expect(audit.data?.auditEvents.items.map((e) => `${e.actor} ${e.action}`)).toEqual([
      'system RELEASE_PLAN_COMPLETE',
      'system RELEASE_PLAN_ADVANCE',
      'system RELEASE_PLAN_ADVANCE',
      `user:${tenant.accounts.ops.id} RELEASE_PLAN_CREATE`,
    ]);
  });

  it('rolls back to 0% on a significant regression with a system revision, and open clients get the control', async () => {
    const key = uniqueKey('rollout_regress');
    const user = tenant.accounts.user;
    // A salt that puts the test user in the treatment's first half of the buckets (treated at 50%).
    let salt = key;
    for (let i = 0; bucketOf(salt, user.id) >= 5000; i++) salt = `${key}_${i}`;
    await server.app.services.flags.create(key, twoVariantFlag({ salt }), META);
    await createPlan(key, { steps: steps(50, [50, 100]).map((s) => ({ ...s, minDurationSeconds: 3600 })) });
    const socket = connect(server.wsUrl, user.token);
    try {
      const updates = subscribe<Update>(socket.client, MY_UPDATES, { keys: [key] });
      expect((await updates.next()).myFlagUpdates.flags[0]).toMatchObject({ key, variant: 'new' });

      // The treatment fails half the time, control 2%.
      await outcomesOf(server, key, tenant.id, 600, (variant, i) =>
        variant === 'new' ? i % 2 === 0 : i % 50 === 0,
      );
      await server.app.services.rollouts.checkAll();
      const rolledBack = await readPlan(server, ops, key);
      expect(rolledBack).toMatchObject({
        status: 'ROLLED_BACK',
        lastTransition: { verdict: 'ERROR_REGRESSION' },
      });
      expect(rolledBack.lastTransition?.lambda).toBeGreaterThanOrEqual(
        rolledBack.lastTransition?.boundary ?? 0,
      );
      const [revision] = await revisionsOf(key);
      expect(revision).toMatchObject({ action: 'releasePlan.regression', actor: 'system' });
      expect(revision?.reason).toMatch(
        /rolled back to 0% on a regression at step 1 \(50%\).*ERROR_REGRESSION/,
      );
      expect((await fallthroughOf(key))?.rollout?.weights[0]).toEqual({ variant: 'new', weight: 0 });
      expect((await updates.next()).myFlagUpdates.flags[0]).toMatchObject({ key, variant: 'old' });

      // Checked again (here or anywhere): nothing more is written.
      await server.app.services.rollouts.checkAll();
      expect((await revisionsOf(key)).length).toBe(2);

      // Resuming a rolled-back plan starts afresh at the first step, counting a new run.
      const { data } = await server.gql<{ resumeReleasePlan: { status: string; currentStep: number } }>(
        RESUME,
        {
          token: ops,
          variables: { key, reason: 'fixed the bug' },
        },
      );
      expect(data?.resumeReleasePlan).toMatchObject({ status: 'RUNNING', currentStep: 0 });
      expect((await readPlan(server, ops, key)).progress).toMatchObject({
        control: { samples: 0 },
        treatment: { samples: 0 },
      });
      expect((await updates.next()).myFlagUpdates.flags[0]).toMatchObject({ key, variant: 'new' });
    } finally {
      await socket.client.dispose();
    }
  });

  it('holds still while paused, and an abort sends the treatment to 0%', async () => {
    const key = uniqueKey('rollout_pause');
    await server.app.services.flags.create(key, twoVariantFlag(), META);
    await createPlan(key, { steps: steps(10, [50, 100]) });
    const paused = await server.gql<{ pauseReleasePlan: { status: string } }>(PAUSE, {
      token: ops,
      variables: { key, reason: 'holiday freeze' },
    });
    expect(paused.data?.pauseReleasePlan.status).toBe('PAUSED');
    await outcomesOf(server, key, tenant.id, 200, (variant) => variant === 'new');
    clock += 61_000;
    await server.app.services.rollouts.checkAll();
    expect((await readPlan(server, ops, key)).status).toBe('PAUSED');
    const again = await server.gql(PAUSE, { token: ops, variables: { key, reason: 'twice' } });
    expect(again.errors?.[0]?.extensions.code).toBe('VALIDATION_FAILED');

    const aborted = await server.gql<{ abortReleasePlan: { status: string } }>(ABORT, {
      token: ops,
      variables: { key, reason: 'not worth it' },
    });
    expect(aborted.data?.abortReleasePlan.status).toBe('ABORTED');
    expect((await fallthroughOf(key))?.rollout?.weights[0]).toEqual({ variant: 'new', weight: 0 });
    expect(
      (await revisionsOf(key)).map((r) => `${r.actor === 'system' ? 'system' : 'ops'} ${r.action}`),
    ).toEqual(['ops releasePlan.abort', 'ops releasePlan.pause', 'ops releasePlan.create']);
  });

  it('is written by ops only, read by support, and refuses bad input with a clear code', async () => {
    const key = uniqueKey('rollout_auth');
    await server.app.services.flags.create(key, twoVariantFlag(), META);
    const input = { treatment: 'new', control: 'old', steps: steps(10) };
    const code = async (token: string, query: string, variables: Record<string, unknown>) =>
      (await server.gql(query, { token, variables })).errors?.[0]?.extensions.code;
    expect(await code(tenant.accounts.support.token, CREATE_PLAN, { key, input })).toBe('FORBIDDEN');
    expect(await code(ops, CREATE_PLAN, { key, input, reason: null })).toBe('VALIDATION_FAILED');
    expect(await code(ops, CREATE_PLAN, { key, input: { ...input, steps: steps(10, [50, 10]) } })).toBe(
      'VALIDATION_FAILED',
    );
    expect(await code(ops, CREATE_PLAN, { key, input: { ...input, treatment: 'nope' } })).toBe(
      'VALIDATION_FAILED',
    );
    expect(await code(ops, CREATE_PLAN, { key: uniqueKey('no_such_flag'), input })).toBe('VALIDATION_FAILED');
    expect(await code(ops, CREATE_PLAN, { key, input: { ...input, alpha: 2 } })).toBe('VALIDATION_FAILED');

    await createPlan(key, { steps: steps(10) });
    expect(await code(ops, CREATE_PLAN, { key, input })).toBe('CONFLICT');
    expect(await code(ops, UPDATE_PLAN, { key, rev: 7, input })).toBe('CONFLICT');
    const updated = await server.gql<{ updateReleasePlan: PlanView }>(UPDATE_PLAN, {
      token: ops,
      variables: { key, rev: 1, input: { ...input, steps: steps(10, [20, 100]) } },
    });
    expect(updated.data?.updateReleasePlan).toMatchObject({ revision: 2, currentPercent: 20 });
    expect((await fallthroughOf(key))?.rollout?.weights[0]).toEqual({ variant: 'new', weight: 20 });

    expect((await readPlan(server, tenant.accounts.support.token, key)).status).toBe('RUNNING');
    expect(await code(tenant.accounts.user.token, PLAN_REVISIONS, { key })).toBe('FORBIDDEN');
    expect(await code(tenant.accounts.support.token, PAUSE, { key, reason: 'x' })).toBe('FORBIDDEN');
    expect(await code(ops, PAUSE, { key, reason: '' })).toBe('VALIDATION_FAILED');
    expect(await code(ops, PAUSE, { key: uniqueKey('none'), reason: 'x' })).toBe('NOT_FOUND');
  });

  it('counts chat replies under the variant flag, an LLM error as an ERROR', async () => {
    await server.app.services.flags.create(chatKey, twoVariantFlag(), META);
    await createPlan(chatKey, { steps: steps(10, [50, 100]) });
    const token = tenant.accounts.premium.token;
    const conv = await server.gql<{ createConversation: { id: string } }>(
      'mutation { createConversation(title: "rollout") { id } }',
      { token },
    );
    const id = conv.data?.createConversation.id;
    for (const text of ['what of love?', 'fail please', 'and work?', 'fail again']) {
      const sent = await server.gql(
        'mutation ($id: ID!, $text: String!) { sendMessage(conversationId: $id, text: $text) { reply { id } } }',
        {
          token,
          variables: { id, text },
        },
      );
      expect(sent.errors).toBeUndefined();
    }
    await waitFor(async () => {
      const { control, treatment } = (await readPlan(server, ops, chatKey)).progress;
      return control.samples + treatment.samples === 4;
    }, 'the four replies counted');
    const { control, treatment } = (await readPlan(server, ops, chatKey)).progress;
    expect(control.errors + treatment.errors).toBe(2);
  });
});
