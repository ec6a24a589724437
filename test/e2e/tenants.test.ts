// Tenants in Chromium: platform turns tarot off for one customer in the entitlements matrix and that tenant's
// open user page locks within 1 s while the operator (demo) tenant's stays ready; a settings edit that loses a
// version race shows the conflict and saves after "Reload latest"; version 1 rolls back; phone widths and axe.
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hashPassword } from '../../server/auth/password.js';
import { settingsOf, UPDATE_SETTINGS } from '../helpers/tenant-settings.js';
import { createTestTenant, TEST_PASSWORD, type TestTenant } from '../helpers/test-server.js';
import { accessibilityViolations, fitsWidth, PHONE, screenshot, signIn } from './browser.js';
import { browserSuite } from './browser-suite.js';

const suite = browserSuite({ moduleGates: true });

const moduleCard = (page: Page, module: string, state?: string) =>
  page.locator(state ? `[data-module="${module}"][data-state="${state}"]` : `[data-module="${module}"]`);

/** A premium user (tarot is on for premium) signed in with a conversation open. */
async function userPage(email: string): Promise<Page> {
  const page = await suite.openPage();
  await signIn(page, email, TEST_PASSWORD, '/app');
  await page.getByRole('button', { name: 'New conversation' }).click();
  await page.getByRole('heading', { name: /^Conversation \d+$/, level: 2 }).waitFor();
  await moduleCard(page, 'TAROT', 'module-ready').waitFor();
  return page;
}

/** A premium end user of the operator tenant: what the demo tenant is in demo mode. */
async function operatorUser(tenant: TestTenant): Promise<string> {
  const email = `premium-${randomUUID().slice(0, 8)}@operator.test`;
  await suite.server.app.services.users.ensure({
    tenantId: tenant.operatorId,
    email,
    passwordHash: await hashPassword(TEST_PASSWORD),
    role: 'user',
    plan: 'premium',
  });
  return email;
}

async function platformPage(viewport?: { width: number; height: number }): Promise<Page> {
  const page = await suite.openPage(viewport ? { viewport } : {});
  await signIn(page, suite.tenant.accounts.platform.email, TEST_PASSWORD, '/console');
  return page;
}

const answered = (page: Page, field: string) =>
  page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes(field));

describe('tenants console', () => {
  it("locks tarot on the entitled-off tenant's open page within 1 s, and not on the operator tenant's", async () => {
    const tenant = suite.tenant;
    const customer = await userPage(tenant.accounts.premium.email);
    const operator = await userPage(await operatorUser(tenant));
    const found: string[] = [];

    const platform = await platformPage();
    await platform.getByRole('heading', { name: 'Tenants', level: 1 }).waitFor();
    await platform.locator(`[data-tenant="${tenant.slug}"]`).waitFor();
    for (const v of await accessibilityViolations(platform)) found.push(`tenants: ${v}`);
    await platform
      .getByRole('navigation', { name: 'Console sections' })
      .getByRole('link', { name: 'Entitlements' })
      .click();
    const cell = platform.getByRole('combobox', { name: `tarot_enabled for Test ${tenant.slug}` });
    await cell.waitFor();
    expect(await cell.inputValue()).toBe('INHERIT');
    for (const v of await accessibilityViolations(platform)) found.push(`matrix: ${v}`);

    await platform.getByLabel('Reason for changes').fill('contract paused');
    const saved = answered(platform, 'setTenantEntitlement');
    await cell.selectOption('OFF');
    expect((await saved).ok()).toBe(true);
    const savedAt = Date.now();
    // Poll the open page with a deadline: the push must land within a second of the change.
    await moduleCard(customer, 'TAROT', 'module-locked').waitFor({ timeout: 1000 });
    expect(Date.now() - savedAt).toBeLessThan(1000);
    expect(await moduleCard(customer, 'TAROT').textContent()).toContain('Not included in your plan.');
    await platform.getByRole('status').filter({ hasText: 'tarot_enabled for' }).waitFor();
    // The operator's page heard nothing: still ready, without a reload, while the customer's stays locked.
    await expect.poll(() => cell.inputValue()).toBe('OFF');
    const effect = platform.locator(
      `tr[data-flag="tarot_enabled"] td[data-tenant="${tenant.slug}"] .matrix-effect`,
    );
    expect(await effect.textContent()).toBe("Off: the tenant's entitlement is Off");
    expect(await moduleCard(operator, 'TAROT').getAttribute('data-state')).toBe('module-ready');
    expect(await operator.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
    const settings = await settingsOf(suite.server, tenant.accounts.platform.token, tenant.id);
    expect(settings.entitlements.find((e) => e.flagKey === 'tarot_enabled')?.state).toBe('OFF');
    await screenshot(platform, 'console-entitlements-desktop');
    await screenshot(customer, 'app-tarot-entitlement-off');

    await platform.setViewportSize(PHONE);
    expect(await fitsWidth(platform)).toBe(true);
    await screenshot(platform, 'console-entitlements-phone');
    expect(found).toEqual([]);
  });

  it('shows a settings edit that lost the version race, saves after Reload latest, and rolls back to version 1', async () => {
    const tenant = await createTestTenant(suite.server);
    const token = tenant.accounts.platform.token;
    const page = await platformPage();
    await page.goto(`/console/tenants/${tenant.id}`);
    await page.getByRole('heading', { name: `Test ${tenant.slug}`, level: 1 }).waitFor();
    const free = page.getByLabel('Module runs per day, free plan');
    await free.waitFor();
    expect(await page.locator('[data-version]').getAttribute('data-version')).toBe('1');

    // Someone else saves first, at the version the page loaded.
    const other = await suite.server.gql(UPDATE_SETTINGS, {
      token,
      variables: { t: tenant.id, v: 1, patch: { 'moduleQuota.premium': 50 } },
    });
    expect(other.errors).toBeUndefined();

    await free.fill('9');
    await page.getByLabel('Reason for this change').fill('bigger trial');
    const refused = answered(page, 'updateTenantSettings');
    await page.getByRole('button', { name: 'Save settings' }).click();
    expect((await refused).status()).toBe(409);
    const conflict = page.getByRole('alert').filter({ hasText: 'Someone saved this configuration first' });
    await conflict.waitFor();
    expect(await free.inputValue()).toBe('9');
    for (const v of await accessibilityViolations(page)) expect.fail(`conflict: ${v}`);
    await screenshot(page, 'console-tenant-settings-conflict');

    await page.getByRole('button', { name: 'Reload latest' }).click();
    await page.locator('[data-version="2"]').waitFor();
    expect(await page.getByLabel('Module runs per day, premium plan').inputValue()).toBe('50');
    await free.fill('9');
    await page.getByLabel('Reason for this change').fill('bigger trial');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved as version 3' }).waitFor();
    expect((await settingsOf(suite.server, token, tenant.id)).settings).toEqual({
      'moduleQuota.free': 9,
      'moduleQuota.premium': 50,
    });

    // Made outside createTenant, the tenant has no stored version 1: the page still offers it.
    await page.locator('[data-revision="3"]').waitFor();
    await page.getByRole('button', { name: 'Roll back to version 1' }).click();
    await page.getByLabel('Reason for the rollback').fill('back to the defaults');
    await page.getByRole('button', { name: 'Confirm rollback' }).click();
    await page.getByRole('status').filter({ hasText: 'Rolled back to version 1: now version 4' }).waitFor();
    expect((await settingsOf(suite.server, token, tenant.id)).settings).toEqual({});
    await page.locator('[data-version="4"]').waitFor();
    for (const v of await accessibilityViolations(page)) expect.fail(`tenant page: ${v}`);
    await screenshot(page, 'console-tenant-page');

    await page.setViewportSize(PHONE);
    expect(await fitsWidth(page)).toBe(true);
    await page.goto('/console');
    await page.locator(`[data-tenant="${tenant.slug}"]`).waitFor();
    expect(await fitsWidth(page)).toBe(true);
    await screenshot(page, 'console-tenants-phone');
  });
});
