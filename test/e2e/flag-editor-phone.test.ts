// The flag editor on a 375 px phone: parts fold away, the sticky save bar stays in view with the unsaved changes
// and the first problem by its label, the page fits the width, and axe finds nothing serious; screenshots kept.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildClientIfStale } from '../../client/build-if-stale.js';
import { CREATE_FLAG, uniqueKey } from '../helpers/flags.js';
import {
  createTestTenant,
  startTestServer,
  TEST_PASSWORD,
  type TestServer,
  type TestTenant,
} from '../helpers/test-server.js';
import { accessibilityViolations, fitsWidth, launchBrowser, screenshot, signIn } from './browser.js';

const PHONE_375 = { width: 375, height: 812 };

let server: TestServer;
let tenant: TestTenant;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  await buildClientIfStale();
  server = await startTestServer();
  tenant = await createTestTenant(server);
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: PHONE_375, baseURL: server.url });
  page = await context.newPage();
  await signIn(page, tenant.accounts.ops.email, TEST_PASSWORD, '/console');
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

async function createFlag(): Promise<string> {
  const key = uniqueKey('e2e_phone_flag');
  const input = {
    type: 'BOOLEAN',
    enabled: true,
    rules: [
      {
        id: 'premium',
        conditions: [{ attribute: 'plan', operator: 'IN', values: ['premium'] }],
        serve: { variant: 'on' },
      },
    ],
    fallthrough: {
      rollout: {
        weights: [
          { variant: 'on', weight: 20 },
          { variant: 'off', weight: 80 },
        ],
      },
    },
  };
  const created = await server.gql(CREATE_FLAG, {
    token: tenant.accounts.ops.token,
    variables: { key, input, reason: 'e2e set-up' },
  });
  expect(created.errors).toBeUndefined();
  return key;
}

const pageHeight = () => page.evaluate(() => document.documentElement.scrollHeight);
const section = (name: string) => page.getByRole('button', { name: new RegExp(`^${name}`) });

/** Scrolls so the top of `selector` is at the top of the viewport. */
const scrollFormTo = (selector: string) =>
  page.locator(selector).evaluate((el) => el.scrollIntoView({ block: 'start' }));

/** Whether the save bar is wholly inside the viewport. */
async function saveBarInView(): Promise<boolean> {
  const box = await page.getByRole('region', { name: 'Save' }).boundingBox();
  return box !== null && box.y >= 0 && box.y + box.height <= PHONE_375.height + 1;
}

describe('flag editor at 375 px', () => {
  it('folds its parts, keeps the save bar in view, and names the first problem by its label', async () => {
    const key = await createFlag();
    await page.goto(`/console/flags/${key}`);
    await page.getByRole('group', { name: 'Default serve' }).waitFor();
    expect(await fitsWidth(page)).toBe(true);
    // What the flag does not use starts folded.
    expect(await section('Variants').getAttribute('aria-expanded')).toBe('false');
    expect(await section('Prerequisites').getAttribute('aria-expanded')).toBe('false');
    expect(await section('Rules').getAttribute('aria-expanded')).toBe('true');
    await screenshot(page, 'console-flag-editor-375');

    const open = await pageHeight();
    await section('Rules').click();
    expect(await section('Rules').getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('group', { name: 'Rule 1: premium' }).isVisible()).toBe(false);
    expect(await pageHeight()).toBeLessThan(open);
    await screenshot(page, 'console-flag-editor-375-folded');

    // The save bar stays on screen while the form is scrolled through, and sums up the edit.
    await scrollFormTo('.flag-editor-form');
    expect(await saveBarInView()).toBe(true);
    const serve = page.getByRole('group', { name: 'Default serve' });
    await serve.getByLabel('Weight for on (%)').fill('150');
    const bar = page.getByRole('region', { name: 'Save' });
    expect(await bar.textContent()).toContain('1 unsaved change');

    await page.getByLabel('Reason for this change').fill('try a bad weight');
    await page.getByRole('button', { name: 'Save flag' }).click();
    const problem = bar.locator('.save-bar-problem');
    await problem.waitFor();
    const said = await problem.textContent();
    expect(said).toContain('Default serve › Weight for on');
    expect(said).not.toContain('fallthrough');
    const summary = await page.getByRole('alert').first().textContent();
    expect(summary).toContain('Default serve › Weight for on: must be a percentage');
    expect(summary).not.toContain('fallthrough');
    expect(await section('Default serve').textContent()).toContain('problem');
    await scrollFormTo('.flag-editor-form');
    expect(await saveBarInView()).toBe(true);
    await bar.getByRole('button', { name: 'Go to the field' }).click();
    expect(await serve.getByLabel('Weight for on (%)').evaluate((el) => el === document.activeElement)).toBe(
      true,
    );
    expect(await fitsWidth(page)).toBe(true);
    await screenshot(page, 'console-flag-editor-375-error');

    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
