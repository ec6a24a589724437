// The ops console in Chromium: a flag edit with an invalid weight shows the server's message and changes
// nothing, a valid edit saves, a rollback from history restores the earlier rule; the other console pages
// (audit log, explain, persona) work, fit a phone's width, and leave screenshots for review.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildClientIfStale } from '../../client/build-if-stale.js';
import { CREATE_FLAG, FLAG_FIELDS, UPDATE_FLAG, uniqueKey } from '../helpers/flags.js';
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

interface FlagRow {
  revision: number;
  rules: { id: string; conditions: { values: unknown[] }[] }[];
  fallthrough: { rollout: { weights: { variant: string; weight: number }[] } | null };
}

let server: TestServer;
let tenant: TestTenant;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  await buildClientIfStale();
  server = await startTestServer();
  await setModuleGates(server);
  tenant = await createTestTenant(server);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close();
});

async function signedInPage(email: string, area: string, viewport = DESKTOP): Promise<Page> {
  const context = await browser.newContext({ viewport, baseURL: server.url });
  contexts.push(context);
  const page = await context.newPage();
  await signIn(page, email, TEST_PASSWORD, area);
  return page;
}

const opsPage = (viewport = DESKTOP) => signedInPage(tenant.accounts.ops.email, '/console', viewport);

const ops = () => ({ token: tenant.accounts.ops.token });

/** A boolean flag: on for plan premium by rule, else a 20/80 rollout. */
async function createRolloutFlag(): Promise<string> {
  const key = uniqueKey('e2e_console');
  const input = {
    type: 'BOOLEAN',
    enabled: true,
    description: 'Console end-to-end flag',
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
    ...ops(),
    variables: { key, input, reason: 'e2e set-up' },
  });
  expect(created.errors).toBeUndefined();
  return key;
}

async function readFlag(key: string): Promise<FlagRow> {
  const result = await server.gql<{ flag: FlagRow }>(
    `query ($key: String!) { flag(key: $key) { ${FLAG_FIELDS} } }`,
    {
      ...ops(),
      variables: { key },
    },
  );
  if (!result.data?.flag) throw new Error(`flag ${key} not found`);
  return result.data.flag;
}

const weights = (flag: FlagRow) => flag.fallthrough.rollout?.weights.map((w) => `${w.variant}=${w.weight}`);

async function saveFlag(page: Page, reason: string): Promise<void> {
  await page.getByLabel('Reason for this change').fill(reason);
  const answered = page.waitForResponse(
    (r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('updateFlag'),
  );
  await page.getByRole('button', { name: 'Save flag' }).click();
  await answered;
}

describe('flag editor', () => {
  it('shows the server message next to an invalid weight and changes nothing', async () => {
    const key = await createRolloutFlag();
    const page = await opsPage();
    await page.goto(`/console/flags/${key}`);
    const defaultServe = page.getByRole('group', { name: 'Default serve' });
    await defaultServe.waitFor();
    expect(await page.title()).toBe(`${key} · Flags · Augur`);
    const onWeight = defaultServe.getByLabel('Weight for on (%)');
    expect(await onWeight.inputValue()).toBe('20');

    await onWeight.fill('150');
    await saveFlag(page, 'try an impossible weight');

    const message = page.locator('.field-error', { hasText: 'must be a percentage from 0 to 100' });
    await message.waitFor();
    expect(await onWeight.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await onWeight.getAttribute('aria-describedby')) ?? '';
    expect(describedBy.split(' ')).toContain(await message.getAttribute('id'));
    expect(await page.getByRole('alert').first().textContent()).toContain('VALIDATION_FAILED');
    await screenshot(page, 'console-flag-invalid-weight');

    const flag = await readFlag(key);
    expect(flag.revision).toBe(1);
    expect(weights(flag)).toEqual(['on=20', 'off=80']);
    // The form keeps the edit so it can be fixed.
    expect(await onWeight.inputValue()).toBe('150');
  });

  it('saves a valid edit, and a rollback from history restores the earlier rule', async () => {
    const key = await createRolloutFlag();
    const page = await opsPage();
    await page.goto(`/console/flags/${key}`);
    const defaultServe = page.getByRole('group', { name: 'Default serve' });
    await defaultServe.waitFor();
    expect(await page.title()).toBe(`${key} · Flags · Augur`);
    await defaultServe.getByLabel('Weight for on (%)').fill('30');
    await defaultServe.getByLabel('Weight for off (%)').fill('70');
    await saveFlag(page, 'widen the rollout');
    await page.getByRole('status').filter({ hasText: 'Saved as revision 2' }).waitFor();
    expect(weights(await readFlag(key))).toEqual(['on=30', 'off=70']);

    // Someone else narrows the rule to a plan nobody has.
    const current = await readFlag(key);
    const narrowed = await server.gql(UPDATE_FLAG, {
      ...ops(),
      variables: {
        key,
        rev: current.revision,
        reason: 'narrow the rule',
        input: {
          type: 'BOOLEAN',
          enabled: true,
          rules: [
            {
              id: 'premium',
              conditions: [{ attribute: 'plan', operator: 'IN', values: ['gold'] }],
              serve: { variant: 'on' },
            },
          ],
          fallthrough: {
            rollout: {
              weights: [
                { variant: 'on', weight: 30 },
                { variant: 'off', weight: 70 },
              ],
            },
          },
        },
      },
    });
    expect(narrowed.errors).toBeUndefined();

    await page
      .getByRole('navigation', { name: `Flag ${key}` })
      .getByRole('link', { name: 'History' })
      .click();
    const first = page.locator('[data-revision="1"]');
    await first.waitFor();
    expect(await page.title()).toBe(`History · ${key} · Flags · Augur`);
    const told = page.getByRole('list', { name: 'Changes in revision 3' });
    // The update above sent no description, so it cleared it: the history says so.
    expect(await told.getByRole('listitem').allTextContents()).toEqual([
      'Description cleared (was "Console end-to-end flag")',
      'Rule premium: condition plan IN [premium] → plan IN [gold]',
    ]);
    await screenshot(page, 'console-flag-history');
    await first.getByRole('button', { name: 'Roll back to revision 1' }).click();
    // The confirmation shows what the rollback changes from the configuration in force.
    const preview = page.getByRole('list', { name: 'Changes a rollback to revision 1 makes' });
    expect(await preview.getByRole('listitem').allTextContents()).toEqual([
      'Description set to "Console end-to-end flag"',
      'Rule premium: condition plan IN [gold] → plan IN [premium]',
      'Default rollout: on 30% → 20%',
      'Default rollout: off 70% → 80%',
    ]);
    await screenshot(page, 'console-rollback-preview');
    await page.getByLabel('Reason for the rollback').fill('the narrow rule broke premium users');
    await page.getByRole('button', { name: 'Confirm rollback' }).click();
    await page.getByRole('status').filter({ hasText: 'Rolled back: now revision 4' }).waitFor();

    const restored = await readFlag(key);
    expect(restored.revision).toBe(4);
    expect(restored.rules[0]?.conditions[0]?.values).toEqual(['premium']);
    expect(weights(restored)).toEqual(['on=20', 'off=80']);

    // The definition tab shows the restored rule.
    await page
      .getByRole('navigation', { name: `Flag ${key}` })
      .getByRole('link', { name: 'Definition' })
      .click();
    const rule = page.getByRole('group', { name: 'Rule 1: premium' });
    await rule.waitFor();
    const values = await rule
      .locator('input, textarea')
      .evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
    expect(values).toContain('premium');
    expect(values).not.toContain('gold');
  });
});

describe('console pages', () => {
  it('lists, explains, audits and edits the persona, and fits a phone', async () => {
    const key = await createRolloutFlag();
    const page = await opsPage();
    await page.getByLabel('Search flags').fill(key);
    // The search is debounced: wait for the filtered list (only this flag), not the first page before it.
    await page.waitForFunction((k) => {
      const rows = document.querySelectorAll('li[data-flag]');
      return rows.length === 1 && rows[0]?.getAttribute('data-flag') === k;
    }, key);
    await screenshot(page, 'console-flags');
    // The home above the list may name the flag too (its recent changes): open it from the list.
    await page.locator(`li[data-flag="${key}"]`).getByRole('link', { name: key }).click();
    await page.waitForURL(`**/console/flags/${key}`);
    await page.getByRole('group', { name: 'Default serve' }).waitFor();
    await screenshot(page, 'console-flag-editor');

    await page
      .getByRole('navigation', { name: `Flag ${key}` })
      .getByRole('link', { name: 'Explain' })
      .click();
    await page.getByLabel('User ID').fill('someone');
    await page.getByLabel('Plan', { exact: true }).selectOption('premium');
    await page.getByRole('button', { name: 'Explain' }).click();
    const steps = page.locator('ol li');
    await steps.first().waitFor();
    expect(await page.locator('main').textContent()).toContain('TARGETING_MATCH');
    await screenshot(page, 'console-flag-explain');

    await page
      .getByRole('navigation', { name: 'Console sections' })
      .getByRole('link', { name: 'Audit log' })
      .click();
    await page.getByRole('table', { name: 'Audit events' }).waitFor();
    expect(await page.getByRole('table', { name: 'Audit events' }).textContent()).toContain(key);
    await screenshot(page, 'console-audit');

    await page
      .getByRole('navigation', { name: 'Console sections' })
      .getByRole('link', { name: 'Persona' })
      .click();
    await page.getByRole('button', { name: 'Save persona' }).waitFor();
    await screenshot(page, 'console-persona');

    const phone = await opsPage(PHONE);
    await phone.goto(`/console/flags/${key}`);
    await phone.getByRole('group', { name: 'Default serve' }).waitFor();
    expect(await fitsWidth(phone)).toBe(true);
    await screenshot(phone, 'console-flag-editor-phone');
  });
});

describe('audit log', () => {
  it('fits 1280 px with every column, a copyable request id and details in place, filtered from its URL', async () => {
    const key = await createRolloutFlag();
    const page = await opsPage(DESKTOP);
    await page.goto(`/console/audit?targetKey=${key}`);
    const table = page.getByRole('table', { name: 'Audit events' });
    await table.waitFor();
    expect(await page.getByLabel('Target key').inputValue()).toBe(key);
    const headers = table.getByRole('columnheader');
    expect(await headers.allTextContents()).toEqual([
      'Time',
      'Actor',
      'Action',
      'Target',
      'Status',
      'Reason',
      'Request ID',
    ]);
    // Every column header and every cell of the row lies inside the 1280 px viewport, nothing scrolls sideways.
    const row = table.locator('tbody tr').first();
    for (const cell of [...(await headers.all()), ...(await row.locator('th, td').all())]) {
      const box = await cell.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= DESKTOP.width).toBe(true);
      expect(await cell.isVisible()).toBe(true);
    }
    expect(await page.locator('.table-scroll').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    expect(await fitsWidth(page)).toBe(true);
    expect(await row.textContent()).toContain('e2e set-up');
    expect(await row.getByRole('button', { name: /^Copy the request ID/ }).isVisible()).toBe(true);

    await row.getByRole('button', { name: /^Details of Flag created/ }).click();
    const detail = table.locator('.audit-detail-row');
    await detail.waitFor();
    const requestId = await row.locator('.request-id').getAttribute('title');
    expect(await detail.textContent()).toContain(requestId);
    await screenshot(page, 'console-audit-1280');
  });
});

describe('accessibility', () => {
  it('has no serious or critical axe violations on the main pages', async () => {
    const key = await createRolloutFlag();
    const page = await opsPage();
    const found: string[] = [];
    const check = async (name: string, ready: () => Promise<unknown>) => {
      await ready();
      for (const v of await accessibilityViolations(page)) found.push(`${name}: ${v}`);
    };
    await check('flags', () => page.locator(`li[data-flag]`).first().waitFor());
    await page.goto(`/console/flags/${key}`);
    await check('flag editor', () => page.getByRole('group', { name: 'Default serve' }).waitFor());
    await page.getByRole('group', { name: 'Default serve' }).getByLabel('Weight for on (%)').fill('150');
    await page.getByLabel('Reason for this change').fill('check the error display');
    await page.getByRole('button', { name: 'Save flag' }).click();
    await check('flag editor with errors', () => page.locator('.field-error').first().waitFor());
    await page.goto(`/console/flags/${key}/history`);
    await check('history', () => page.locator('[data-revision="1"]').waitFor());
    await page.goto(`/console/flags/${key}/explain`);
    await page.getByLabel('User ID').fill('someone');
    await page.getByRole('button', { name: 'Explain' }).click();
    await check('explain', () => page.locator('ol li').first().waitFor());
    await page.goto('/console/audit');
    await check('audit', () => page.getByRole('table', { name: 'Audit events' }).waitFor());
    await page.goto('/console/persona');
    await check('persona', () => page.getByRole('button', { name: 'Save persona' }).waitFor());

    const user = await signedInPage(tenant.accounts.premium.email, '/app');
    await user.getByRole('button', { name: 'New conversation' }).click();
    await user.locator('[data-module]').first().waitFor();
    for (const v of await accessibilityViolations(user)) found.push(`app: ${v}`);

    expect(found).toEqual([]);
  });
});
