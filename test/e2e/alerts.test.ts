// The Alerts page in Chromium: ops opens it from the console's navigation, an alert fires and appears live
// (the subscription, no reload), resolves and leaves the list for the history; a rule is edited through the
// versioned editor (a bad threshold is refused at its field, a good one saved with a reason); axe on the page.
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildClientIfStale } from '../../client/build-if-stale.js';
import { CREATE_RULE, MovedClock, operations, ownEpoch, recordAt } from '../helpers/alerts.js';
import { uniqueKey } from '../helpers/flags.js';
import {
  createTestTenant,
  startTestServer,
  TEST_PASSWORD,
  type TestServer,
  type TestTenant,
} from '../helpers/test-server.js';
import { accessibilityViolations, DESKTOP, launchBrowser, screenshot, signIn } from './browser.js';

const clock = new MovedClock(ownEpoch());
let server: TestServer;
let tenant: TestTenant;
let browser: Browser;

beforeAll(async () => {
  await buildClientIfStale();
  server = await startTestServer({
    services: {
      metrics: {
        clock: clock.now,
        rollupJob: `alerts-e2e-${randomUUID().slice(0, 8)}`,
        rollupTickMs: 3_600_000,
        rawRetentionHours: 24 * 365 * 30,
        rollupRetentionDays: 365 * 30,
      },
      alerts: { clock: clock.now, evaluator: `alerts-e2e-${randomUUID().slice(0, 8)}`, timers: false },
    },
  });
  tenant = await createTestTenant(server);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function opsPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: DESKTOP, baseURL: server.url });
  const page = await context.newPage();
  await signIn(page, tenant.accounts.ops.email, TEST_PASSWORD, '/console');
  return page;
}

async function evaluate(failing: number) {
  clock.advance(15);
  await recordAt(
    server,
    new Date(+clock.at - 1000),
    operations(tenant.id, 'executeModule', 20, { failing }).events,
  );
  const run = await server.app.services.alerts.evaluator.runOnce();
  expect(run.ran).toBe(true);
}

describe('the Alerts page', () => {
  it('shows an alert live as it fires and resolves, and edits a rule with a reason', async () => {
    const key = uniqueKey('e2e_alert');
    const created = await server.gql(CREATE_RULE, {
      token: tenant.accounts.ops.token,
      variables: {
        key,
        input: {
          description: 'e2e: executeModule failing',
          kpi: 'ERROR_RATE_5XX',
          comparison: 'ABOVE',
          threshold: 0.1,
          minSamples: 10,
          severity: 'CRITICAL',
          tenantId: tenant.id,
        },
      },
    });
    expect(created.errors).toBeUndefined();
    const page = await opsPage();
    await page
      .getByRole('navigation', { name: 'Console sections' })
      .getByRole('link', { name: 'Alerts' })
      .click();
    await page.getByRole('heading', { name: 'Alerts', level: 1 }).waitFor();
    expect(await page.title()).toBe('Alerts · Augur');
    await page.getByText('No alert is firing.').waitFor();
    await page.getByRole('button', { name: 'availability_low' }).waitFor();
    const found = await accessibilityViolations(page);

    // The subscription is up once the page says "Live"; then the alert fires on the server.
    await page.getByText('Live', { exact: true }).waitFor();
    const firing = page.getByRole('list', { name: 'Firing alerts' }).locator(`[data-alert-rule="${key}"]`);
    // A subscription opened just now may not be registered yet: the breach is evaluated until it shows.
    for (let i = 0; i < 20 && !(await firing.isVisible()); i += 1) {
      await evaluate(10);
      await firing.waitFor({ timeout: 500 }).catch(() => undefined);
    }
    await firing.waitFor();
    await expect(firing.textContent()).resolves.toContain('50.0% above 10.0% over 300 s');
    await expect(firing.textContent()).resolves.toContain('CRITICAL');
    await screenshot(page, 'alerts-firing');
    found.push(...(await accessibilityViolations(page)));

    clock.advance(600);
    await evaluate(0);
    await firing.waitFor({ state: 'detached' });
    await page
      .getByRole('list', { name: 'Alert history' })
      .locator(`[data-alert-rule="${key}"][data-alert-state="RESOLVED"]`)
      .waitFor();

    // The rule in the versioned editor: a share above 1 is refused at its field, 0.2 is saved as revision 2.
    await page.getByRole('button', { name: key }).click();
    const threshold = page.getByLabel('Threshold', { exact: true });
    await threshold.fill('1.5');
    await page.getByLabel('Reason').fill('e2e: too high');
    await page.getByRole('button', { name: 'Save rule' }).click();
    await page.getByText('must be a share from 0 to 1').first().waitFor();
    await threshold.fill('0.2');
    await page.getByLabel('Reason').fill('e2e: less noise');
    await page.getByRole('button', { name: 'Save rule' }).click();
    await page.getByText('Saved as revision 2').waitFor();
    const saved = await server.app.services.alerts.findRule(key);
    expect(saved).toMatchObject({ revision: 2, threshold: 0.2 });
    const history = await server.app.services.alerts.history(key, 5);
    expect(history[0]).toMatchObject({ revision: 2, reason: 'e2e: less noise' });
    expect(found).toEqual([]);
  });
});
