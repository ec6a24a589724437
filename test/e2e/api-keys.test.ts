// API keys in Chromium: a tenant admin lands on its console, creates a key (the secret shown once), uses it,
// sees it used, revokes it, and the key stops working; platform lists another tenant's keys; phone and axe.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../helpers/test-server.js';
import { accessibilityViolations, fitsWidth, PHONE, screenshot, signIn } from './browser.js';
import { browserSuite } from './browser-suite.js';

const suite = browserSuite();

const EVALUATE = '{ evaluateFlags(context: { userId: "u-1" }) { configRevision } }';

const evaluateWith = async (secret: string) => {
  const { errors } = await suite.server.gql(EVALUATE, { token: secret });
  return errors?.[0]?.extensions.code ?? 'OK';
};

async function adminPage(): Promise<Page> {
  const page = await suite.openPage();
  await signIn(page, suite.tenant.accounts.tenantAdmin.email, TEST_PASSWORD, '/console');
  return page;
}

describe('API keys', () => {
  it('lets a tenant admin create a key (secret once), use it, and revoke it, after which it fails', async () => {
    const page = await adminPage();
    const found: string[] = [];
    // Its own tenant's home: entitlements read-only, no matrix controls.
    await page.getByRole('heading', { name: `Test ${suite.tenant.slug}`, level: 1 }).waitFor();
    await page
      .getByRole('list', { name: 'Entitlements of your tenant' })
      .or(page.getByText('No features'))
      .waitFor();
    expect(await page.getByRole('combobox').count()).toBe(0);
    for (const v of await accessibilityViolations(page)) found.push(`admin home: ${v}`);

    await page
      .getByRole('navigation', { name: 'Console sections' })
      .getByRole('link', { name: 'API keys' })
      .click();
    await page.getByText('No keys yet.').waitFor();
    await page.getByLabel('Key name').fill('billing backend');
    await page.getByRole('button', { name: 'Create key' }).click();
    const secretBox = page.locator('[data-secret]');
    await secretBox.waitFor();
    const secret = (await secretBox.textContent())?.trim() ?? '';
    expect(secret).toMatch(/^ak_[a-f0-9]{12}_/);
    expect(await page.getByText('shown only this once').count()).toBe(1);
    for (const v of await accessibilityViolations(page)) found.push(`secret: ${v}`);
    await screenshot(page, 'console-api-key-secret');

    expect(await evaluateWith(secret)).toBe('OK');
    await page.getByRole('button', { name: 'I have stored the secret' }).click();
    const item = page.locator(`[data-key-prefix="${secret.slice(3, 15)}"]`);
    await item.waitFor();
    // Used once: the list says when, and by whom the key was made; the secret is nowhere on the page.
    await page.reload();
    await item.waitFor();
    expect(await item.textContent()).not.toContain('Never');
    expect(await item.textContent()).toContain(suite.tenant.accounts.tenantAdmin.email);
    expect(await page.content()).not.toContain(secret);
    for (const v of await accessibilityViolations(page)) found.push(`keys: ${v}`);

    await item.getByRole('button', { name: 'Revoke billing backend' }).click();
    const revoked = page.waitForResponse(
      (r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('revokeApiKey'),
    );
    await item.getByRole('button', { name: 'Confirm: revoke' }).click();
    expect((await revoked).ok()).toBe(true);
    await item.locator('.badge', { hasText: 'Revoked' }).waitFor();
    // Revocation is immediate; poll with a deadline rather than assume it.
    await expect.poll(() => evaluateWith(secret), { timeout: 2000 }).toBe('UNAUTHENTICATED');
    await screenshot(page, 'console-api-keys');

    await page.setViewportSize(PHONE);
    expect(await fitsWidth(page)).toBe(true);
    await screenshot(page, 'console-api-keys-phone');
    expect(found).toEqual([]);
  });

  it('lets platform pick a customer tenant and see its keys with their creator', async () => {
    const created = await suite.server.app.services.apiKeys.create(
      suite.tenant.id,
      'made for platform',
      null,
    );
    const page = await suite.openPage();
    await signIn(page, suite.tenant.accounts.platform.email, TEST_PASSWORD, '/console');
    await page
      .getByRole('navigation', { name: 'Console sections' })
      .getByRole('link', { name: 'API keys' })
      .click();
    await page.getByText('Choose a tenant to see its keys.').waitFor();
    const picker = page.getByLabel('Tenant', { exact: true });
    await picker.locator('option', { hasText: suite.tenant.slug }).waitFor({ state: 'attached' });
    await picker.selectOption({ label: `Test ${suite.tenant.slug} (${suite.tenant.slug})` });
    const item = page.locator(`[data-key-prefix="${created.apiKey.prefix}"]`);
    await item.waitFor();
    expect(await item.textContent()).toContain('Outside the console');
    expect(await page.getByRole('button', { name: 'Revoke made for platform' }).count()).toBe(1);
  });
});
