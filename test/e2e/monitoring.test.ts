// Monitoring in Chromium: traffic through the API in the previous hour and in this one (chat replies, one out
// of scope; a runes run; evaluateFlags with an API key; a key with a wrong secret), the recorder flushed and
// the rollup run on a moved clock; ops opens /console/monitoring and sees the moved KPIs with their deltas, the
// live figures and a drawn chart whose table holds the values; the flag's Metrics tab counts its exposure;
// support gets the console's refusal; axe on both pages.
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../helpers/test-server.js';
import { accessibilityViolations, DESKTOP, fitsWidth, PHONE, screenshot, signIn } from './browser.js';
import { browserSuite } from './browser-suite.js';

const MINUTE = 60_000;
// An epoch of this file's own (10:00:30 on some day of 2040-42) and a rollup job of its own: other files on a
// shared PostgreSQL roll their own minutes.
const T0 = Date.UTC(2040, 0, 1 + Math.floor(Math.random() * 1000), 10, 0, 30);
let now = new Date(T0 - 65 * MINUTE);

const suite = browserSuite({
  moduleGates: true,
  services: {
    metrics: {
      clock: () => now,
      rollupJob: `e2e-monitoring-${randomUUID().slice(0, 8)}`,
      rollupTickMs: 3_600_000,
      // The moved clock must not prune other files' real-clock rows.
      rawRetentionHours: 24 * 365 * 30,
      rollupRetentionDays: 365 * 30,
    },
    chat: {
      responder: {
        respond: async (input: { text: string }) => ({
          text: `echo ${input.text}`,
          outOfScope: input.text.startsWith('oos'),
        }),
      },
    },
  },
});

async function conversation(token: string): Promise<string> {
  const made = await suite.server.gql<{ createConversation: { id: string } }>(
    'mutation { createConversation(title: "monitoring") { id } }',
    { token },
  );
  const id = made.data?.createConversation.id;
  if (!id) throw new Error(`no conversation: ${JSON.stringify(made.errors)}`);
  return id;
}

async function send(token: string, id: string, text: string): Promise<void> {
  const sent = await suite.server.gql(
    'mutation ($id: ID!, $t: String!) { sendMessage(conversationId: $id, text: $t) { reply { status } } }',
    { token, variables: { id, t: text } },
  );
  expect(sent.errors).toBeUndefined();
}

/** Writes what the recorder holds, moves the clock, and rolls up until caught up (as the job's ticks would). */
async function rollTo(ms: number): Promise<void> {
  await suite.server.app.services.metrics.flush();
  now = new Date(ms);
  const rollups = suite.server.app.services.rollups;
  for (let i = 0; i < 20 && (await rollups.runOnce()).ran; i++);
}

const card = (page: Page, id: string) => page.locator(`[data-kpi="${id}"]`);

describe('monitoring console', () => {
  it('shows the moved KPIs against the previous hour, live figures, a chart with its table, and flag metrics', async () => {
    const { server, tenant } = suite;
    const user = tenant.accounts.premium.token;
    // The previous hour: one reply in scope (2 requests).
    await send(user, await conversation(user), 'hello');
    await rollTo(T0 - 63 * MINUTE);

    // This hour: three replies (one out of scope), a runes run, an evaluation by API key, a wrong secret.
    now = new Date(T0);
    const id = await conversation(user);
    for (const text of ['hello', 'oos: the stock market', 'how are you']) await send(user, id, text);
    const run = await server.gql(
      'mutation ($c: ID!) { executeModule(module: RUNES, conversationId: $c, spread: "single", question: "Now?") { id } }',
      { token: user, variables: { c: id } },
    );
    expect(run.errors).toBeUndefined();
    const key = await server.app.services.apiKeys.create(tenant.id, `monitoring-${randomUUID()}`, null);
    const evaluated = await server.gql('{ evaluateFlags(context: { userId: "u1" }) { configRevision } }', {
      token: key.secret,
    });
    expect(evaluated.errors).toBeUndefined();
    expect((await server.gql('{ __typename }', { token: `${key.secret.slice(0, -4)}AAAA` })).status).toBe(
      401,
    );
    await rollTo(T0 + 2 * MINUTE);

    const page = await suite.openPage();
    await signIn(page, tenant.accounts.ops.email, TEST_PASSWORD, '/console');
    await page
      .getByRole('navigation', { name: 'Console sections' })
      .getByRole('link', { name: 'Monitoring' })
      .click();
    await page.getByRole('heading', { name: 'Monitoring', level: 1 }).waitFor();

    // createConversation + 3 sendMessage + executeModule + evaluateFlags against the previous hour's 2.
    await card(page, 'requests').getByText('+4 (+200%) vs the previous hour').waitFor();
    expect(await card(page, 'requests').locator('.kpi-value').textContent()).toBe('6');
    expect(await card(page, 'messages').locator('.kpi-value').textContent()).toBe('3');
    expect(await card(page, 'messages').locator('.kpi-delta').textContent()).toContain('+2 (+200%)');
    expect(await card(page, 'outOfScope').locator('.kpi-value').textContent()).toBe('33.3%');
    expect(await card(page, 'outOfScope').locator('.kpi-delta').textContent()).toContain(
      '+33.3 pp vs the previous hour, worse',
    );
    expect(await card(page, 'llmError').locator('.kpi-value').textContent()).toBe('0.0%');
    expect(await card(page, 'apiKeyFailures').locator('.kpi-value').textContent()).toBe('1');
    expect(await card(page, 'availability').locator('.kpi-value').textContent()).toBe('100.0%');
    expect(await page.locator('[data-table="quota"] tbody tr').allTextContents()).toEqual([
      'RunesPremium100.0%',
    ]);
    expect(
      await page.locator('[data-table="operations"] [data-operation="sendMessage"] td').first().textContent(),
    ).toBe('3');

    // The live area's first push carries the same window.
    const live = page.getByRole('region', { name: 'Live' });
    await live.locator('[data-live-figure="Messages"] dd').getByText('3', { exact: true }).waitFor();

    // The volume chart is drawn on a canvas, and its table holds the minute's figures.
    const volume = page.locator('figure[data-chart="volume"]');
    await volume.locator('canvas').first().waitFor();
    expect(await volume.getByRole('img').getAttribute('aria-label')).toBe(
      'Volume: Requests from 0 to 6; Messages from 0 to 3',
    );
    await volume.getByText('Data table').click();
    const minute = new Date(Math.floor(T0 / MINUTE) * MINUTE).toISOString();
    const row = volume.locator('tr', { has: page.locator(`time[datetime="${minute}"]`) });
    expect(await row.locator('td').allTextContents()).toEqual(['6', '3']);
    expect(await page.locator('body').textContent()).not.toMatch(/NaN|Infinity/);
    const found = (await accessibilityViolations(page)).map((v) => `monitoring: ${v}`);
    await screenshot(page, 'console-monitoring-desktop');
    await page.setViewportSize(PHONE);
    await expect.poll(() => fitsWidth(page)).toBe(true);
    await screenshot(page, 'console-monitoring-phone');
    await page.setViewportSize(DESKTOP);

    // The runes gate's exposure on its flag's Metrics tab.
    await page.goto('/console/flags/runes_enabled/metrics');
    const figures = page.getByRole('list', { name: 'Flag figures' });
    await figures.waitFor();
    expect(await figures.locator('[data-figure="Exposures"] .kpi-value').textContent()).toBe('1');
    expect(await page.locator('[data-table="variants"] tbody tr').allTextContents()).toEqual(['on1100.0%']);
    await page.locator('figure[data-chart="flag-exposures"] canvas').first().waitFor();
    expect(await page.getByRole('region', { name: 'Staleness' }).getAttribute('data-stale')).toBe('no');
    for (const v of await accessibilityViolations(page)) found.push(`flag metrics: ${v}`);
    await screenshot(page, 'console-flag-metrics-desktop');

    // Support has no monitoring scope: the console's refusal, and no nav entry.
    const support = await suite.openPage();
    await signIn(support, tenant.accounts.support.email, TEST_PASSWORD, '/console');
    await support.goto('/console/monitoring');
    await support.getByText('This part of the console is not available for your role.').waitFor();
    expect(await support.getByRole('link', { name: 'Monitoring' }).count()).toBe(0);
    expect(found).toEqual([]);
  });
});
