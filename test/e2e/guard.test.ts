// The guard end to end: errors reported through trackFlagOutcome trip the guard of runes_enabled, an open user
// page locks the module at once (without calling it), and the console's flag page shows the trip's figures.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { uniqueKey } from '../helpers/flags.js';
import { CREATE_GUARD, TRACK } from '../helpers/guard.js';
import { CREATE_PLAN, outcomesOf, twoVariantFlag } from '../helpers/rollout.js';
import { TEST_PASSWORD } from '../helpers/test-server.js';
import { screenshot, signIn as signInAs } from './browser.js';
import { browserSuite } from './browser-suite.js';

const META = { actor: 'system', reason: 'e2e guard', requestId: 'e2e-guard' };

const suite = browserSuite({ env: { AUGUR_MODULE_QUOTA: 'free=5,premium=20' }, moduleGates: true });

const signIn = (page: Page, email: string, area: string) => signInAs(page, email, TEST_PASSWORD, area);

const moduleCard = (page: Page, module: string, state: string) =>
  page.locator(`[data-module="${module}"][data-state="${state}"]`);

/** The module gates are shared by the whole database: a guard left by another file is removed. */
async function removeGuard(): Promise<void> {
  const guards = suite.server.app.services.guards;
  if (guards.find('runes_enabled')) await guards.archive('runes_enabled', undefined, META);
}

afterAll(removeGuard);

describe('guard', () => {
  it('trips on errors reported through trackFlagOutcome: the user page locks runes, the console shows the figures', async () => {
    await removeGuard();
    const { server, tenant } = suite;
    const created = await server.gql(CREATE_GUARD, {
      token: tenant.accounts.ops.token,
      variables: { key: 'runes_enabled', input: { threshold: 0.5, minSamples: 10 } },
    });
    expect(created.errors).toBeUndefined();

    const user = await suite.openPage();
    await signIn(user, tenant.accounts.premium.email, '/app');
    await user.getByRole('button', { name: 'New conversation' }).click();
    await user.getByRole('heading', { name: /^Conversation \d+$/, level: 2 }).waitFor();
    await moduleCard(user, 'RUNES', 'module-ready').waitFor();
    const executed: string[] = [];
    user.on('request', (request) => {
      if ((request.postData() ?? '').includes('executeModule')) executed.push(request.url());
    });

    // A third party reports what went wrong for this user: 8 errors in 10 (the limit is half).
    const outcomes = Array.from({ length: 10 }, (_, i) => ({
      flagKey: 'runes_enabled',
      outcome: i < 8 ? 'ERROR' : 'SUCCESS',
      latencyMs: 30,
    }));
    const tracked = await server.gql<{ trackFlagOutcomes: { counted: number } }>(TRACK, {
      token: tenant.accounts.premium.token,
      variables: { outcomes },
    });
    expect(tracked.data?.trackFlagOutcomes.counted).toBe(10);

    const locked = moduleCard(user, 'RUNES', 'module-locked');
    await locked.waitFor({ timeout: 5000 });
    expect(await locked.textContent()).toContain('Paused automatically while we look into a problem.');
    expect(await locked.getByRole('button').count()).toBe(0);
    expect(executed).toEqual([]);
    await screenshot(user, 'app-runes-guard-open-desktop');

    const ops = await suite.openPage();
    await signIn(ops, tenant.accounts.ops.email, '/console');
    await ops.goto('/console/flags/runes_enabled');
    const panel = ops.locator('.guard-panel[data-guard-status="OPEN"]');
    await panel.waitFor();
    const text = (await panel.textContent()) ?? '';
    expect(text).toContain('Open (tripped)');
    expect(text).toMatch(/Last tripped .*: error\s+rate 80\.0% \(8 of\s+10\)/);
    expect(text).toMatch(/Trips on error rate above 50\.0% over 300 s after 10 samples/);
    await screenshot(ops, 'console-guard-tripped-desktop');
  });

  it('shows a release plan on the flag page: the arms, the verdict and the treatment-vs-control chart', async () => {
    const { server, tenant } = suite;
    const key = uniqueKey('e2e_plan');
    await server.app.services.flags.create(key, twoVariantFlag(), META);
    const created = await server.gql(CREATE_PLAN, {
      token: tenant.accounts.ops.token,
      variables: {
        key,
        input: {
          treatment: 'new',
          control: 'old',
          steps: [20, 100].map((percent) => ({ percent, minDurationSeconds: 3600, minSamples: 50 })),
        },
      },
    });
    expect(created.errors).toBeUndefined();
    await outcomesOf(server, key, tenant.id, 300, (variant, i) =>
      variant === 'new' ? i % 2 === 0 : i % 50 === 0,
    );
    await server.app.services.rollouts.checkAll();

    const ops = await suite.openPage();
    await signIn(ops, tenant.accounts.ops.email, '/console');
    await ops.goto(`/console/flags/${key}`);
    const panel = ops.locator('.plan-panel[data-plan-status="ROLLED_BACK"]');
    await panel.waitFor();
    expect(await panel.textContent()).toContain('significant error-rate regression');
    const chart = panel.getByRole('figure', { name: 'Error rate, treatment against control' });
    await chart.locator('canvas').waitFor();
    const table = chart.getByRole('table', { name: 'Error rate per arm at each transition' });
    expect(await table.getByRole('row').count()).toBe(3);
    await screenshot(ops, 'console-release-plan-rolled-back-desktop');
  });
});
