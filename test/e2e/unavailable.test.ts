// With its PostgreSQL stopped, a save in the console answers UNAVAILABLE (503, Retry-After) and the page says a
// service Augur depends on is down, that nothing changed, and when to try again; once it is back, the save goes through.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildClientIfStale } from '../../client/build-if-stale.js';
import {
  gql,
  type Instance,
  login,
  PASSWORD,
  ready,
  seedAccounts,
  startInstance,
  stopInstance,
} from '../helpers/fault-cluster.js';
import { uniqueKey } from '../helpers/flags.js';
import { waitFor } from '../helpers/free-port.js';
import { type PrivatePostgres, startPrivatePostgres } from '../helpers/private-postgres.js';
import { launchBrowser, screenshot, signIn } from './browser.js';

let pg: PrivatePostgres;
let augur: Instance;
let browser: Browser;
let opsEmail: string;
const segment = uniqueKey('e2e_outage');

beforeAll(async () => {
  await buildClientIfStale();
  pg = await startPrivatePostgres();
  augur = await startInstance({ DATABASE_URL: pg.url });
  opsEmail = (await seedAccounts(pg.adminUrl)).ops;
  const token = await login(augur, opsEmail);
  const created = await gql(
    augur,
    'mutation ($key: String!) { createSegment(key: $key, input: { included: ["u-1"] }, reason: "e2e") { key } }',
    { key: segment },
    token,
  );
  expect(created.body.errors).toBeUndefined();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await stopInstance(augur);
  await pg?.close();
});

describe('a dependency down', () => {
  it('says so with the wait, changes nothing, and saves once the database is back', async () => {
    const context = await browser.newContext({ baseURL: augur.url });
    const page = await context.newPage();
    await signIn(page, opsEmail, PASSWORD, '/console');
    await page.goto(`/console/segments/${segment}`);
    await page.getByRole('button', { name: 'Save segment' }).waitFor();
    await page.getByLabel('Always included users').fill('u-1\nu-2');
    await page.getByLabel('Reason for this change').fill('add u-2');

    await pg.stop('immediate');
    const refused = page.waitForResponse(
      (r) => r.url().endsWith('/graphql') && r.request().method() === 'POST',
    );
    await page.getByRole('button', { name: 'Save segment' }).click();
    const response = await refused;
    expect(response.status()).toBe(503);
    expect(Number(response.headers()['retry-after'])).toBeGreaterThan(0);
    const alert = page.locator('[data-error-kind="unavailable"]');
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain('a service it depends on is down');
    expect(text).toContain('Nothing was changed.');
    expect(text).toContain(`You can try again in ${response.headers()['retry-after']} seconds.`);
    expect(text).toContain('UNAVAILABLE');
    // The edits stay in the form.
    expect(await page.getByLabel('Always included users').inputValue()).toBe('u-1\nu-2');
    await screenshot(page, 'console-unavailable');

    await pg.start();
    await waitFor('the server to be ready again', async () => (await ready(augur)).status === 200, 30_000);
    await page.getByRole('button', { name: 'Save segment' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved as revision 2' }).waitFor();
    await context.close();
  });
});
