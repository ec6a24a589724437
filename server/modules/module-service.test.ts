// ModuleService on fakes: the order of its checks, quota, a kill mid-run, and a failure after the quota
// unit was taken (a fake chat store that refuses the reply), all without a database.
import { describe, expect, it } from 'vitest';
import { createFakeServices, type FakeServicesOptions } from '../app/fake-services.js';
import type { AccountViewer } from '../auth/viewer.js';
import { booleanFlag, TEST_META as meta } from '../flags/test-flags.js';

const TENANT = '33333333-3333-4333-8333-333333333333';
const viewer = (plan: 'free' | 'premium', userId = `u-${plan}`): AccountViewer => ({
  kind: 'account',
  userId,
  tenantId: TENANT,
  role: 'user',
  plan,
  expiresAt: 0,
});
const premium = viewer('premium');
const free = viewer('free');
const tarot = (conversationId: string, over: Record<string, unknown> = {}) => ({
  module: 'tarot' as const,
  conversationId,
  spread: 'three-card',
  question: 'What about my career?',
  reinject: false,
  ...over,
});

/** Fake services with tarot on for premium only and runes on for everyone. */
async function services(options: FakeServicesOptions = {}) {
  const s = await createFakeServices({ moduleQuota: { free: 2, premium: 4 }, ...options });
  await s.flags.create(
    'tarot_enabled',
    booleanFlag({
      rules: [
        {
          id: 'premium',
          conditions: [{ attribute: 'plan', operator: 'IN', values: ['premium'] }],
          serve: { variant: 'on' },
        },
      ],
      fallthrough: { variant: 'off' },
    }),
    meta,
  );
  await s.flags.create('runes_enabled', booleanFlag(), meta);
  return s;
}

/** Each recorded event as `kind` or `kind:outcome` (module runs) / `kind:decision` (quota). */
const kinds = (s: Awaited<ReturnType<typeof services>>) =>
  s.metrics.recorded().map((e) => {
    const detail = e.dims.outcome ?? e.dims.decision;
    return detail ? `${e.kind}:${detail}` : e.kind;
  });

describe('ModuleService on fakes', () => {
  it('shows tarot READY to premium, and LOCKED outside its audience to free; runes READY to both', async () => {
    const s = await services();
    const [forPremium, forFree] = [await s.modules.availability(premium), await s.modules.availability(free)];
    expect(forPremium.find((a) => a.module === 'tarot')).toMatchObject({
      state: 'READY',
      inAudience: true,
      quotaLimit: 4,
      quotaLeft: 4,
      gate: { reason: 'TARGETING_MATCH' },
    });
    expect(forFree.find((a) => a.module === 'tarot')).toMatchObject({
      state: 'LOCKED',
      inAudience: false,
      largerPlan: { plan: 'premium', quotaLimit: 4 },
      gate: { reason: 'DEFAULT' },
    });
    expect(forFree.find((a) => a.module === 'runes')).toMatchObject({ state: 'READY', quotaLeft: 2 });
  });

  it('runs a module, uses one unit, stores the run and posts the reading into the conversation', async () => {
    const s = await services();
    const conversation = await s.chat.createConversation(premium, null);
    const run = await s.modules.execute(premium, tarot(conversation.id, { reinject: true }), 'req-run');
    expect(run).toMatchObject({ module: 'tarot', quotaLeft: 3, question: 'What about my career?' });
    expect(run.draw.items).toHaveLength(3);
    expect(run.message?.text).toContain('reads the cards');
    const stored = await s.chat.messages(conversation, 10, undefined);
    expect(stored.items.map((m) => m.id)).toEqual([run.message?.id]);
    expect(s.moduleStore.runsOf(TENANT)).toMatchObject([{ id: run.id, seed: run.draw.seed }]);
    expect(kinds(s)).toEqual(['exposure', 'module_run:ok', 'quota:consumed']);
  });

  it('checks ownership, then the gate, then quota: a refusal before the quota uses none', async () => {
    const s = await services();
    const theirs = await s.chat.createConversation(premium, null);
    await expect(s.modules.execute(free, tarot(theirs.id), 'req-1')).rejects.toMatchObject({
      code: 'CONVERSATION_FORBIDDEN',
    });
    const own = await s.chat.createConversation(free, null);
    await expect(s.modules.execute(free, tarot(own.id), 'req-2')).rejects.toMatchObject({
      code: 'MODULE_DISABLED',
      details: { module: 'tarot', reason: 'DEFAULT' },
    });
    expect(kinds(s)).toEqual(['exposure', 'module_run:blocked']);
    expect((await s.modules.availability(free)).find((a) => a.module === 'runes')?.quotaLeft).toBe(2);
    await expect(
      s.modules.execute(premium, tarot(theirs.id, { spread: 'five' }), 'req-3'),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { fields: [{ path: 'spread' }] },
    });
  });

  it('gives QUOTA_EXCEEDED once the daily units are used, and EXHAUSTED in availability', async () => {
    const s = await services();
    const conversation = await s.chat.createConversation(free, null);
    const runes = { ...tarot(conversation.id), module: 'runes' as const, spread: 'single' };
    expect((await s.modules.execute(free, runes, 'r1')).quotaLeft).toBe(1);
    expect((await s.modules.execute(free, runes, 'r2')).quotaLeft).toBe(0);
    await expect(s.modules.execute(free, runes, 'r3')).rejects.toMatchObject({
      code: 'QUOTA_EXCEEDED',
      details: { limit: 2, resetsAt: expect.stringMatching(/T00:00:00.000Z$/) },
    });
    expect((await s.modules.availability(free)).find((a) => a.module === 'runes')?.state).toBe('EXHAUSTED');
    expect(kinds(s).filter((k) => k !== 'exposure')).toEqual([
      'module_run:ok',
      'quota:consumed',
      'module_run:ok',
      'quota:consumed',
      'module_run:quota_exceeded',
      'quota:blocked',
    ]);
  });

  it('lets a run that passed its gate complete when the module is killed mid-run, and refuses the next', async () => {
    let armed = false;
    let kill: Promise<unknown> | undefined;
    // Once armed, the clock is first read just after the gate passed: the kill is issued right there.
    const s = await services({
      now: () => {
        if (armed) {
          armed = false;
          kill = s.flags.setEnabled('tarot_enabled', false, meta);
        }
        return new Date();
      },
    });
    const conversation = await s.chat.createConversation(premium, null);
    armed = true;
    const run = await s.modules.execute(premium, tarot(conversation.id, { spread: 'single' }), 'in-flight');
    expect(run.draw.items).toHaveLength(1);
    expect(kill).toBeDefined();
    await kill;
    await expect(s.modules.execute(premium, tarot(conversation.id), 'next')).rejects.toMatchObject({
      code: 'MODULE_DISABLED',
      details: { reason: 'DISABLED' },
    });
  });

  it('rolls back the quota unit and the run when the reply cannot be stored, recording an error', async () => {
    const s = await services();
    const conversation = await s.chat.createConversation(premium, null);
    s.chatStore.refuseAppends = true;
    await expect(
      s.modules.execute(premium, tarot(conversation.id, { reinject: true }), 'half-written'),
    ).rejects.toThrow('chat store refused');
    expect(s.moduleStore.runsOf(TENANT)).toEqual([]);
    expect((await s.chat.messages(conversation, 10, undefined)).items).toEqual([]);
    expect((await s.modules.availability(premium)).find((a) => a.module === 'tarot')?.quotaLeft).toBe(4);
    expect(kinds(s)).toEqual(['exposure', 'module_run:error']);
    expect(s.metrics.recorded().at(-1)).toMatchObject({ kind: 'module_run', error: true });
  });
});
