// The kill switch end to end: ops turns tarot off in the console and an open user page locks it at once,
// never calling it; a re-enable unlocks it; a three-card draw shows its cards and lands in the thread.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../helpers/test-server.js';
import { fitsWidth, PHONE, screenshot, signIn as signInAs } from './browser.js';
import { browserSuite } from './browser-suite.js';

const META = { actor: 'system', reason: 'e2e kill switch', requestId: 'e2e-kill-switch' };

const suite = browserSuite({ env: { AUGUR_MODULE_QUOTA: 'free=5,premium=20' }, moduleGates: true });

const openPage = (): Promise<Page> => suite.openPage();

const signIn = (page: Page, email: string, area: string) => signInAs(page, email, TEST_PASSWORD, area);

/** Every GraphQL POST body the page sends, in order. */
function recordGraphql(page: Page): string[] {
  const bodies: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().endsWith('/graphql'))
      bodies.push(request.postData() ?? '');
  });
  return bodies;
}

const moduleCard = (page: Page, module: string, state?: string) =>
  page.locator(state ? `[data-module="${module}"][data-state="${state}"]` : `[data-module="${module}"]`);

async function userWithConversation(): Promise<Page> {
  const page = await openPage();
  await signIn(page, suite.tenant.accounts.premium.email, '/app');
  await page.getByRole('button', { name: 'New conversation' }).click();
  await page.getByRole('heading', { name: /^Conversation \d+$/, level: 2 }).waitFor();
  return page;
}

/** Flips a flag through the console's kill switch; resolves when the server has answered. */
async function flip(console: Page, key: string, action: 'Turn off' | 'Turn on', reason: string) {
  const row = console.locator(`[data-flag="${key}"]`);
  await row.getByRole('button', { name: `${action} ${key}` }).click();
  const reasonBox = row.getByLabel('Reason');
  expect(await reasonBox.evaluate((el) => el === document.activeElement)).toBe(true);
  await reasonBox.fill(reason);
  const answered = console.waitForResponse(
    (response) =>
      response.url().endsWith('/graphql') && (response.request().postData() ?? '').includes('setFlagEnabled'),
  );
  await row.getByRole('button', { name: `Confirm: ${action.toLowerCase()}` }).click();
  expect((await answered).ok()).toBe(true);
}

describe('kill switch', () => {
  it('locks tarot on an open user page within 1 s of an ops kill, never calls it, and unlocks on re-enable', async () => {
    const user = await userWithConversation();
    const sent = recordGraphql(user);
    await moduleCard(user, 'TAROT', 'module-ready').waitFor();
    await moduleCard(user, 'RUNES', 'module-ready').waitFor();
    await screenshot(user, 'app-modules-ready-desktop');

    const ops = await openPage();
    await signIn(ops, suite.tenant.accounts.ops.email, '/console');
    const row = ops.locator('[data-flag="tarot_enabled"]');
    await row.waitFor();
    expect(await row.getAttribute('data-enabled')).toBe('true');
    await screenshot(ops, 'console-flags-desktop');

    await flip(ops, 'tarot_enabled', 'Turn off', 'incident: tarot answers are wrong');
    const killedAt = Date.now();
    await moduleCard(user, 'TAROT', 'module-locked').waitFor({ timeout: 1000 });
    expect(Date.now() - killedAt).toBeLessThan(1000);
    const killedFrom = sent.length;
    expect(await moduleCard(user, 'TAROT').textContent()).toContain('Switched off');
    expect(await moduleCard(user, 'TAROT').getByRole('button').count()).toBe(0);
    await moduleCard(user, 'RUNES', 'module-ready').waitFor();
    await ops.locator('[data-flag="tarot_enabled"][data-enabled="false"]').waitFor();
    await screenshot(user, 'app-tarot-locked-desktop');
    await screenshot(ops, 'console-tarot-killed-desktop');

    await flip(ops, 'tarot_enabled', 'Turn on', 'fixed');
    const reenabledAt = Date.now();
    await moduleCard(user, 'TAROT', 'module-ready').waitFor({ timeout: 1000 });
    expect(Date.now() - reenabledAt).toBeLessThan(1000);
    await ops.locator('[data-flag="tarot_enabled"][data-enabled="true"]').waitFor();

    // No reload, and not a single executeModule from the user page at any point after the kill.
    expect(sent.slice(killedFrom).some((body) => body.includes('executeModule'))).toBe(false);
    expect(sent.some((body) => body.includes('executeModule'))).toBe(false);
    expect(await user.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);

    await user.setViewportSize(PHONE);
    expect(await fitsWidth(user)).toBe(true);
    await screenshot(user, 'app-modules-phone');
    await ops.setViewportSize(PHONE);
    expect(await fitsWidth(ops)).toBe(true);
    await screenshot(ops, 'console-flags-phone');
  });

  it('runs a three-card tarot draw, shows the cards and posts the reading in the thread', async () => {
    const user = await userWithConversation();
    const tarot = moduleCard(user, 'TAROT', 'module-ready');
    await tarot.waitFor();
    await tarot.getByLabel('Spread').selectOption('three-card');
    await tarot.getByLabel('Your question').fill('What does the week hold?');
    await tarot.getByRole('button', { name: 'Draw tarot' }).click();

    const done = moduleCard(user, 'TAROT', 'completed');
    await done.waitFor();
    const items = done.locator('.draw-item');
    expect(await items.count()).toBe(3);
    expect(await done.locator('.draw-position').allTextContents()).toEqual(['Past', 'Present', 'Future']);
    for (const text of await items.allTextContents()) expect(text).toMatch(/Upright|Reversed/);
    const firstCard = (await done.locator('.draw-name').first().textContent())
      ?.replace(/(Upright|Reversed)$/, '')
      .trim();
    expect(firstCard).toBeTruthy();

    const thread = user.getByRole('list', { name: 'Messages' });
    await thread.waitFor();
    await expect.poll(() => thread.textContent()).toContain(firstCard ?? '');
    await screenshot(user, 'app-tarot-draw-desktop');
    await user.setViewportSize(PHONE);
    expect(await fitsWidth(user)).toBe(true);
    await screenshot(user, 'app-tarot-draw-phone');
  });
  it('finishes a draw already in flight when tarot is killed, and shows its result under the lock', async () => {
    const user = await userWithConversation();
    await moduleCard(user, 'TAROT', 'module-ready').waitFor();
    let killed: () => void = () => {};
    const kill = new Promise<void>((resolve) => {
      killed = resolve;
    });
    // The draw reaches the server before the kill; only its answer is held back until the page has locked.
    await user.route('**/graphql', async (route) => {
      if (!(route.request().postData() ?? '').includes('executeModule')) return route.continue();
      const response = await route.fetch();
      await kill;
      await route.fulfill({ response });
    });
    await moduleCard(user, 'TAROT').getByRole('button', { name: 'Draw tarot' }).click();
    await moduleCard(user, 'TAROT', 'in-progress').waitFor();

    await suite.server.app.services.flags.setEnabled('tarot_enabled', false, META);
    try {
      await user.waitForTimeout(300);
      expect(await moduleCard(user, 'TAROT').getAttribute('data-state')).toBe('in-progress');
      killed();
      const locked = moduleCard(user, 'TAROT', 'module-locked');
      await locked.waitFor();
      await locked.locator('.draw-item').first().waitFor();
      expect(await locked.textContent()).toContain('Switched off');
      await screenshot(user, 'app-draw-finished-after-kill-desktop');
    } finally {
      await suite.server.app.services.flags.setEnabled('tarot_enabled', true, META);
    }
  });

  it('shows persona replies in the thread', async () => {
    const user = await userWithConversation();
    await user
      .getByLabel('Message', { exact: true })
      .fill('What does my horoscope say about love this week?');
    await user.getByRole('button', { name: 'Send' }).click();
    const thread = user.getByRole('list', { name: 'Messages' });
    await thread.locator('.message-assistant').first().waitFor();
    expect(await thread.locator('.message-user').textContent()).toContain('horoscope');
    await screenshot(user, 'app-chat-desktop');
  });

  it('shows support the flags read-only, without kill switches', async () => {
    const support = await openPage();
    await signIn(support, suite.tenant.accounts.support.email, '/console');
    await support.locator('[data-flag="tarot_enabled"]').waitFor();
    expect(await support.locator('.flag-list').getByRole('button').count()).toBe(0);
    expect(await support.getByText('Support accounts can look but not change.').count()).toBe(1);
    await screenshot(support, 'console-support-desktop');
  });
});
