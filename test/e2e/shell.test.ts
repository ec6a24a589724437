// The web client in Chromium against a real server: sign-in, the shell, role guard, sign-out and error display.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildClientIfStale } from '../../client/build-if-stale.js';
import {
  createTestTenant,
  startTestServer,
  TEST_PASSWORD,
  type TestServer,
  type TestTenant,
} from '../helpers/test-server.js';
import { DESKTOP, fitsWidth, launchBrowser, PHONE, screenshot } from './browser.js';

let server: TestServer;
let tenant: TestTenant;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  // The server looks for dist/client when it is created, so build first.
  await buildClientIfStale();
  server = await startTestServer({
    loginLimits: { perAccountAddress: 2, perAddress: 1000, windowSeconds: 600 },
  });
  tenant = await createTestTenant(server);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

// A fresh context per test: no token left in sessionStorage by the previous one.
beforeEach(async () => {
  context = await browser.newContext({ viewport: DESKTOP, baseURL: server.url });
  page = await context.newPage();
});
afterEach(() => context.close());

const path = () => new URL(page.url()).pathname;

async function signIn(email: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

describe('web client shell', () => {
  it('signs an OPS account in to the console, shows the account in the header, and signs out', async () => {
    const ops = tenant.accounts.ops;
    await page.goto('/console');
    await page.waitForURL('**/login');
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await screenshot(page, 'login-desktop');

    await signIn(ops.email, TEST_PASSWORD);
    await page.waitForURL('**/console');
    await page.getByRole('heading', { name: 'Flags', level: 1 }).waitFor();
    expect(await page.title()).toBe('Flags · Augur');
    // The account lives in the header's menu, not in a card on the page.
    expect(await page.getByRole('main').textContent()).not.toContain('Your account');
    const header = page.getByRole('banner');
    await header.locator('.account-menu-button').click();
    const account = header.getByRole('region', { name: 'Your account' });
    await account.waitFor();
    expect(await account.textContent()).toContain('OPS');
    // Staff accounts live in the operator tenant, not in the test's customer tenant.
    const operator = await server.app.services.tenants.findById(ops.tenantId);
    expect(await account.textContent()).toContain(operator?.name ?? 'operator tenant');
    await screenshot(page, 'console-account-menu-desktop');
    await page.keyboard.press('Escape');
    await account.waitFor({ state: 'hidden' });
    await screenshot(page, 'console-desktop');
    await page.setViewportSize(PHONE);
    expect(await fitsWidth(page)).toBe(true);
    await screenshot(page, 'console-phone');

    await header.locator('.account-menu-button').click();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/login');
    await page.getByLabel('Email', { exact: true }).waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('augur.token'))).toBeNull();
    expect(await fitsWidth(page)).toBe(true);
    await screenshot(page, 'login-phone');
  });

  it('lands a USER on /app and refuses the console with a link back', async () => {
    const user = tenant.accounts.user;
    await signIn(user.email, TEST_PASSWORD);
    await page.waitForURL('**/app');
    await page.getByRole('heading', { name: 'Chat and readings', level: 1 }).waitFor();
    expect(await page.title()).toBe('Chat and readings · Augur');
    expect(await page.getByRole('banner').textContent()).toContain(user.email);
    expect(await page.getByRole('banner').textContent()).toContain('FREE');
    await screenshot(page, 'app-desktop');
    await page.setViewportSize(PHONE);
    expect(await fitsWidth(page)).toBe(true);
    await screenshot(page, 'app-phone');

    await page.goto('/console');
    const notice = page.getByText('The console is not available for your role (USER).');
    await notice.waitFor();
    await screenshot(page, 'console-refused-phone');
    await page.getByRole('link', { name: 'Go to the app' }).click();
    await page.waitForURL('**/app');
    expect(path()).toBe('/app');
  });

  it('shows UNAUTHENTICATED with a request id for a wrong password, the button disabled meanwhile', async () => {
    // Hold the sign-in request a moment so the submitting state can be seen.
    await page.route('**/graphql', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      await route.continue();
    });
    await signIn(tenant.accounts.support.email, 'not the password');
    const button = page.getByRole('button', { name: 'Signing in…' });
    expect(await button.isDisabled()).toBe(true);

    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = await alert.textContent();
    expect(text).toContain('Email or password is incorrect');
    expect(text).toContain('UNAUTHENTICATED');
    expect(await alert.locator('.request-id').textContent()).toMatch(/^[0-9a-f-]{36}$/);
    expect(await page.getByRole('button', { name: 'Sign in', exact: true }).isEnabled()).toBe(true);
    expect(path()).toBe('/login');
    await screenshot(page, 'login-error-desktop');
  });

  it('shows the retry delay when sign-in is RATE_LIMITED', async () => {
    const email = tenant.accounts.premium.email;
    for (const attempt of ['wrong-1', 'wrong-2', TEST_PASSWORD]) await signInAndWaitForAlert(email, attempt);
    const text = await page.getByRole('alert').textContent();
    expect(text).toContain('RATE_LIMITED');
    expect(text).toMatch(/try again in \d+ (second|minute)s?/);
    await page.setViewportSize(PHONE);
    expect(await fitsWidth(page)).toBe(true);
    await screenshot(page, 'login-rate-limited-phone');
  });

  it('shows a proxy 502 as a server error with its request id, and Try again loads the page', async () => {
    await signIn(tenant.accounts.ops.email, TEST_PASSWORD);
    await page.waitForURL('**/console');
    const graphqlUrl = (url: URL) => url.pathname === '/graphql';
    await page.route(graphqlUrl, (route) =>
      route.fulfill({ status: 502, body: 'Bad Gateway', headers: { 'x-request-id': 'proxy-502-id' } }),
    );
    await page.reload();
    // The start page loads the home's activity and the flag list: each failure has its notice.
    const alert = page.getByRole('alert').first();
    await alert.waitFor();
    const text = await alert.textContent();
    expect(await alert.getAttribute('data-error-kind')).toBe('server');
    expect(text).toContain('The Augur server ran into a problem');
    expect(text).not.toContain('Could not reach');
    expect(text).toContain('502');
    expect(await alert.locator('.request-id').textContent()).toBe('proxy-502-id');
    await screenshot(page, 'server-error-desktop');

    await page.unroute(graphqlUrl);
    await alert.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('heading', { name: 'Flags', level: 1 }).waitFor();
  });

  it('shows UNAVAILABLE as a dependency that is down, with the wait', async () => {
    await signIn(tenant.accounts.ops.email, TEST_PASSWORD);
    await page.waitForURL('**/console');
    const body = JSON.stringify({
      errors: [{ message: 'Database unavailable', extensions: { code: 'UNAVAILABLE', requestId: 'r-503' } }],
    });
    await page.route(
      (url) => url.pathname === '/graphql',
      (route) =>
        route.fulfill({
          status: 503,
          body,
          headers: { 'content-type': 'application/json', 'retry-after': '7' },
        }),
    );
    await page.reload();
    // The start page loads the home's activity and the flag list: each failure has its notice.
    const alert = page.getByRole('alert').first();
    await alert.waitFor();
    expect(await alert.getAttribute('data-error-kind')).toBe('unavailable');
    expect(await alert.textContent()).toContain('You can try again in 7 seconds.');
  });

  it('ends a session the server refuses and says so on the login page', async () => {
    await page.goto('/login');
    await page.evaluate(() => sessionStorage.setItem('augur.token', 'expired-or-forged'));
    await page.goto('/app');
    await page.waitForURL('**/login');
    await page.getByText('Your session has expired').waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('augur.token'))).toBeNull();
  });
});

async function signInAndWaitForAlert(email: string, password: string): Promise<void> {
  await signIn(email, password);
  await page.getByRole('alert').waitFor();
}
