// The console home in Chromium: ops turn a flag off and the home tells it, live, in the history's sentences; axe.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildClientIfStale } from '../../client/build-if-stale.js';
import { setModuleGates } from '../helpers/module-gates.js';
import {
  createTestTenant,
  startTestServer,
  TEST_PASSWORD,
  type TestServer,
  type TestTenant,
} from '../helpers/test-server.js';
import {
  accessibilityViolations,
  DESKTOP,
  fitsWidth,
  launchBrowser,
  PHONE,
  screenshot,
  signIn,
} from './browser.js';

let server: TestServer;
let tenant: TestTenant;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  await buildClientIfStale();
  server = await startTestServer();
  await setModuleGates(server);
  tenant = await createTestTenant(server);
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: DESKTOP, baseURL: server.url });
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

describe('console home', () => {
  it('shows a flag turned off by ops among the flags changed in the last 24 hours and in recent changes', async () => {
    await signIn(page, tenant.accounts.ops.email, TEST_PASSWORD, '/console');
    const changed = page.getByRole('region', { name: 'Flags changed in the last 24 hours' });
    await changed.getByRole('heading').first().waitFor();
    await page.getByRole('region', { name: 'Alerts and tripped guards' }).waitFor();

    const row = page.locator('[data-flag="tarot_enabled"]');
    await row.getByRole('button', { name: 'Turn off tarot_enabled' }).click();
    await row.getByLabel('Reason').fill('home page check');
    await row.getByRole('button', { name: 'Confirm: turn off' }).click();

    // The live flagChanges stream brings the change to the home without a reload.
    const revision = changed
      .locator('[data-home-flag="tarot_enabled"] li[data-revision]')
      .filter({ hasText: 'home page check' });
    await revision.waitFor();
    expect(await revision.textContent()).toContain(`by ${tenant.accounts.ops.email}`);
    expect(await revision.getByRole('list').first().textContent()).toContain('Flag turned Off');
    const recent = page.getByRole('region', { name: 'Recent changes' });
    await recent.getByText(`${tenant.accounts.ops.email}: Turned off`).first().waitFor();
    expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);

    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'console-home-desktop');
    await page.setViewportSize(PHONE);
    expect(await fitsWidth(page)).toBe(true);
    await screenshot(page, 'console-home-phone');
  });
});
