// Readings in Chromium: a used-up module shows when it resets and what premium gives; a tarot draw turns
// up its card faces one by one and a rune cast its stones; on a 375 px phone, Chat and Readings are tabs.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { createTestTenant, TEST_PASSWORD } from '../helpers/test-server.js';
import { accessibilityViolations, DESKTOP, fitsWidth, screenshot, signIn } from './browser.js';
import { browserSuite } from './browser-suite.js';

const PHONE_375 = { width: 375, height: 780 };

const suite = browserSuite({ env: { AUGUR_MODULE_QUOTA: 'free=3,premium=30' }, moduleGates: true });

const openPage = (viewport = DESKTOP, timezoneId = 'Europe/Berlin'): Promise<Page> =>
  suite.openPage({ viewport, timezoneId, locale: 'en-GB' });

const card = (page: Page, module: string, state?: string) =>
  page.locator(state ? `[data-module="${module}"][data-state="${state}"]` : `[data-module="${module}"]`);

async function newConversation(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New conversation' }).click();
  await page.getByRole('heading', { name: /^Conversation \d+$/, level: 2 }).waitFor();
}

it('shows a used-up module with its local reset time, how long until then, and the premium allowance', async () => {
  const user = (await createTestTenant(suite.server)).accounts.user;
  const { data } = await suite.server.gql<{ createConversation: { id: string } }>(
    'mutation { createConversation(title: "runes") { id } }',
    { token: user.token },
  );
  for (let i = 0; i < 3; i++) {
    const run = await suite.server.gql(
      'mutation ($c: ID!) { executeModule(module: RUNES, conversationId: $c, spread: "single", question: "Today?") { id } }',
      { token: user.token, variables: { c: data?.createConversation.id } },
    );
    expect(run.errors).toBeUndefined();
  }

  const page = await openPage();
  await signIn(page, user.email, TEST_PASSWORD, '/app');
  const runes = card(page, 'RUNES', 'exhausted');
  await runes.waitFor();
  expect(await runes.getByRole('status').textContent()).toBe('Used up today');
  expect(await runes.textContent()).toContain("You have used all 3 of today's runes draws.");
  const reset = runes.locator('time[data-reset]');
  const iso = await reset.getAttribute('datetime');
  expect(iso).toMatch(/T00:00:00\.000Z$/);
  // The page's clock is Berlin's: midnight UTC reads 01:00 in winter, 02:00 in summer.
  const berlin = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Berlin',
    hour: '2-digit',
    minute: '2-digit',
  });
  expect(await reset.textContent()).toMatch(
    new RegExp(`^(today|tomorrow) at ${berlin.format(new Date(iso ?? ''))}$`),
  );
  expect(await runes.locator('[data-reset-relative]').textContent()).toMatch(
    /^in (\d+ h|1 h \d+ min|\d+ min|less than a minute)$/,
  );
  expect(await runes.getByText('The Premium plan gives 30 draws a day.').count()).toBe(1);
  expect(await runes.getByRole('button').count()).toBe(0);
  // Tarot is premium-only (no rule reaches a free user): hidden, not shown as used up.
  expect(await card(page, 'TAROT').count()).toBe(0);
  await screenshot(page, 'app-runes-exhausted-desktop');
  expect(await accessibilityViolations(page)).toEqual([]);
});

it('draws a three-card tarot spread and turns up its faces one by one, beside the thread', async () => {
  const page = await openPage();
  await signIn(page, suite.tenant.accounts.premium.email, TEST_PASSWORD, '/app');
  await newConversation(page);
  const tarot = card(page, 'TAROT', 'module-ready');
  await tarot.waitFor();
  await tarot.getByLabel('Spread').selectOption('three-card');
  await tarot.getByLabel('Your question').fill('What does the week hold?');
  await tarot.getByRole('button', { name: 'Draw tarot' }).click();

  // The faces turn one at a time: one moment has the first face up, two face down, the card "revealing".
  await page.waitForFunction(() => {
    const list = document.querySelector('ol[aria-label="Tarot result"]') as HTMLElement | null;
    return (
      list?.dataset.revealed === '1' &&
      list.querySelectorAll('[data-face-down]').length === 2 &&
      list.closest('[data-module]')?.getAttribute('data-state') === 'revealing'
    );
  });

  const done = card(page, 'TAROT', 'completed');
  await done.waitFor();
  const faces = done.locator('svg.face-tarot[data-card]');
  expect(await faces.count()).toBe(3);
  for (const face of await faces.all()) {
    const label = (await face.getAttribute('aria-label')) ?? '';
    expect(label).toMatch(/, (upright|reversed)$/);
    const turned = await face.locator('[data-turn]').getAttribute('transform');
    expect(turned === 'rotate(180 60 100)').toBe(label.endsWith('reversed'));
    expect(await face.locator('[data-name]').textContent()).toBe(label.replace(/, (upright|reversed)$/, ''));
  }
  expect(await done.locator('.draw-position').allTextContents()).toEqual(['Past', 'Present', 'Future']);

  // Beside the thread, not under it; and the reading is posted in the thread, signed by the persona.
  const thread = await page.locator('.app-thread').boundingBox();
  const readings = await page.locator('.app-readings').boundingBox();
  expect(readings && thread && readings.x >= thread.x + thread.width - 1).toBe(true);
  const messages = page.getByRole('list', { name: 'Messages' });
  await messages.locator('.message-assistant').first().waitFor();
  expect(await messages.locator('.message-assistant .message-author').first().textContent()).toBe('Selene');
  await screenshot(page, 'app-tarot-faces-desktop');
  expect(await accessibilityViolations(page)).toEqual([]);
});

it('on a 375 px phone, puts Chat and Readings in tabs, casts runes with their stones, and fits the width', async () => {
  const page = await openPage(PHONE_375);
  await signIn(page, suite.tenant.accounts.premium.email, TEST_PASSWORD, '/app');
  await newConversation(page);
  const chatTab = page.getByRole('tab', { name: 'Chat' });
  const readingsTab = page.getByRole('tab', { name: 'Readings' });
  expect(await chatTab.getAttribute('aria-selected')).toBe('true');
  expect(await page.locator('.app-readings').isVisible()).toBe(false);
  expect(await fitsWidth(page)).toBe(true);
  await page.getByLabel('Message', { exact: true }).fill('Will I find love this year?');
  await page.getByRole('button', { name: 'Send' }).click();
  await page.locator('.message-assistant').first().waitFor();
  expect(await page.locator('.message-assistant .message-author').first().textContent()).toBe('Selene');
  await screenshot(page, 'app-phone-chat');
  expect(await accessibilityViolations(page)).toEqual([]);

  await readingsTab.click();
  expect(await page.locator('.app-thread').isVisible()).toBe(false);
  const runes = card(page, 'RUNES', 'module-ready');
  await runes.waitFor();
  await runes.getByLabel('Spread').selectOption('three');
  await runes.getByRole('button', { name: 'Draw runes' }).click();
  const done = card(page, 'RUNES', 'completed');
  await done.waitFor();
  const stones = done.locator('svg.face-rune[data-rune]');
  expect(await stones.count()).toBe(3);
  for (const stone of await stones.all()) {
    expect(await stone.locator('polyline').count()).toBeGreaterThan(0);
  }
  expect(await fitsWidth(page)).toBe(true);
  await screenshot(page, 'app-phone-readings');
  expect(await accessibilityViolations(page)).toEqual([]);

  await chatTab.click();
  await expect.poll(() => page.locator('.message-assistant').count()).toBe(2);
  expect(await page.locator('.message-assistant').last().textContent()).toContain('reads the runes');
});
