// Segments in Chromium: one is created in the console, used in a flag rule through the editor, and then serves that
// flag to its members; "used by" blocks archiving, the membership check says why; axe and screenshots on each page.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CREATE_FLAG, FLAG_FIELDS, MY_FLAGS, uniqueKey } from '../helpers/flags.js';
import { TEST_PASSWORD } from '../helpers/test-server.js';
import { accessibilityViolations, DESKTOP, fitsWidth, screenshot, signIn } from './browser.js';
import { browserSuite } from './browser-suite.js';

const PHONE_375 = { width: 375, height: 812 };

const suite = browserSuite();

async function opsPage(viewport = DESKTOP): Promise<Page> {
  const page = await suite.openPage({ viewport });
  await signIn(page, suite.tenant.accounts.ops.email, TEST_PASSWORD, '/console');
  return page;
}

const ops = () => ({ token: suite.tenant.accounts.ops.token });

/** A boolean flag that serves off to everyone and has no rules yet. */
async function createPlainFlag(): Promise<string> {
  const key = uniqueKey('e2e_seg_flag');
  const input = { type: 'BOOLEAN', enabled: true, fallthrough: { variant: 'off' } };
  const created = await suite.server.gql(CREATE_FLAG, {
    ...ops(),
    variables: { key, input, reason: 'e2e set-up' },
  });
  expect(created.errors).toBeUndefined();
  return key;
}

async function flagFor(token: string, key: string) {
  const { data } = await suite.server.gql<{
    myFlags: { flags: { key: string; enabled: boolean; reason: string }[] };
  }>(MY_FLAGS, { token, variables: { keys: [key] } });
  return data?.myFlags.flags[0];
}

const answered = (page: Page, field: string) =>
  page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes(field));

describe('segments', () => {
  it('creates a segment, uses it in a flag rule, and serves the flag to its members', async () => {
    const segment = uniqueKey('e2e_beta');
    const flag = await createPlainFlag();
    const page = await opsPage();
    const found: string[] = [];
    const axe = async (name: string) => {
      for (const v of await accessibilityViolations(page)) found.push(`${name}: ${v}`);
    };

    await page
      .getByRole('navigation', { name: 'Console sections' })
      .getByRole('link', { name: 'Segments' })
      .click();
    await page.getByRole('heading', { name: 'Segments', level: 1 }).waitFor();
    expect(await page.title()).toBe('Segments · Augur');
    await page.getByRole('button', { name: 'New segment' }).click();
    await page.getByLabel('Segment key').fill(segment);
    await page.getByLabel('Description').fill('Beta testers');
    await page.getByLabel('Reason').fill('e2e beta cohort');
    await axe('new segment form');
    await page.getByRole('button', { name: 'Create segment' }).click();
    await page.waitForURL(`**/console/segments/${segment}`);

    // The free user by id, plus everyone on the premium plan by rule.
    await page.getByLabel('Always included users').fill(suite.tenant.accounts.user.id);
    await page.getByRole('button', { name: 'Add rule' }).click();
    const rule = page.getByRole('group', { name: 'Rule 1' });
    await rule.getByLabel('Attribute').fill('plan');
    await rule.getByLabel('Values').fill('premium');
    expect(await page.getByRole('region', { name: 'Save' }).textContent()).toContain('2 unsaved changes');
    await page.getByLabel('Reason for this change').fill('who is in the beta');
    const saved = answered(page, 'updateSegment');
    await page.getByRole('button', { name: 'Save segment' }).click();
    await saved;
    await page.getByRole('status').filter({ hasText: 'Saved as revision 2' }).waitFor();
    await axe('segment editor');
    await screenshot(page, 'console-segment-editor');

    // The flag's editor offers the segment to an IN_SEGMENT condition.
    await page.goto(`/console/flags/${flag}`);
    await page.getByRole('button', { name: /^Rules/ }).click();
    await page.getByRole('button', { name: 'Add rule' }).click();
    const flagRule = page.getByRole('group', { name: /^Rule 1:/ });
    await flagRule.getByLabel('Operator').selectOption('IN_SEGMENT');
    await flagRule.getByRole('group', { name: 'Segments' }).getByLabel(segment).check();
    await flagRule.getByLabel('Variant to serve').selectOption('on');
    await page.getByLabel('Reason for this change').fill('beta gets it');
    const flagSaved = answered(page, 'updateFlag');
    await page.getByRole('button', { name: 'Save flag' }).click();
    await flagSaved;
    await page.getByRole('status').filter({ hasText: 'Saved as revision 2' }).waitFor();

    const { data } = await suite.server.gql<{
      flag: { rules: { conditions: { operator: string; values: string[] }[] }[] };
    }>(`query ($key: String!) { flag(key: $key) { ${FLAG_FIELDS} } }`, {
      ...ops(),
      variables: { key: flag },
    });
    expect(data?.flag.rules[0]?.conditions[0]).toMatchObject({ operator: 'IN_SEGMENT', values: [segment] });
    // Members (included by id, premium by rule) get the flag; others do not.
    expect(await flagFor(suite.tenant.accounts.user.token, flag)).toMatchObject({
      enabled: true,
      reason: 'TARGETING_MATCH',
    });
    expect(await flagFor(suite.tenant.accounts.premium.token, flag)).toMatchObject({ enabled: true });
    expect(await flagFor(suite.tenant.accounts.support.token, flag)).toMatchObject({ enabled: false });

    // Back on the segment: it is used by the flag, so it cannot be archived.
    await page.goto(`/console/segments/${segment}`);
    const usedBy = page.getByRole('list', { name: 'Flags using this segment' });
    await usedBy.waitFor();
    expect(await usedBy.textContent()).toBe(flag);
    expect(await page.getByRole('button', { name: 'Archive segment' }).isDisabled()).toBe(true);

    // The list shows its rule and counts.
    await page.goto('/console/segments');
    const row = page.locator(`li[data-segment="${segment}"]`);
    await row.waitFor();
    const text = await row.textContent();
    expect(text).toContain('plan IN [premium]');
    expect(text).toContain('1 flag');
    await axe('segments list');
    await screenshot(page, 'console-segments');

    // Membership: the included account is in by its id; someone typed in is out, rule by rule. (By email
    // the console looks in its own tenant, the operator's, and the test accounts live in another.)
    await page.goto(`/console/segments/${segment}/members`);
    await page.getByLabel('User ID').fill(suite.tenant.accounts.user.id);
    await page.getByRole('button', { name: 'Check membership' }).click();
    const answer = page.locator('.membership-answer');
    await answer.waitFor();
    expect(await answer.getAttribute('data-member')).toBe('true');
    expect(await answer.textContent()).toContain('always-included list');
    await page.getByLabel('User ID').fill('stranger');
    await page.getByLabel('Plan').fill('free');
    await page.getByRole('button', { name: 'Check membership' }).click();
    await page.locator('.membership-answer[data-member="false"]').waitFor();
    expect(await answer.textContent()).toContain('Rule 1: plan IN [premium] did not match (plan = "free")');
    await axe('membership check');
    await screenshot(page, 'console-segment-membership');

    await page.goto(`/console/segments/${segment}/history`);
    await page.locator('[data-revision="2"]').waitFor();
    await axe('segment history');
    await screenshot(page, 'console-segment-history');

    expect(found).toEqual([]);
  });

  it('fits a 375 px phone: list and segment page', async () => {
    const segment = uniqueKey('e2e_phone');
    const created = await suite.server.gql(
      'mutation ($key: String!) { createSegment(key: $key, input: { included: ["u-1"] }, reason: "e2e") { key } }',
      { ...ops(), variables: { key: segment } },
    );
    expect(created.errors).toBeUndefined();
    const phone = await opsPage(PHONE_375);
    await phone.goto('/console/segments');
    await phone.locator(`li[data-segment="${segment}"]`).waitFor();
    expect(await fitsWidth(phone)).toBe(true);
    await phone.goto(`/console/segments/${segment}`);
    await phone.getByRole('button', { name: 'Save segment' }).waitFor();
    expect(await fitsWidth(phone)).toBe(true);
    await screenshot(phone, 'console-segment-phone');
  });
});
