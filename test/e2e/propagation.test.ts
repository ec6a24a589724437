// Propagation in the browser: a user's page holds the module gates live; ops turns tarot off on the flag
// page, and the page says the change reached that one open client, which also acked applying it.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../helpers/test-server.js';
import { signIn } from './browser.js';
import { browserSuite } from './browser-suite.js';

const suite = browserSuite({ moduleGates: true });

const moduleCard = (page: Page, state: string) =>
  page.locator(`[data-module="TAROT"][data-state="${state}"]`);

describe('the propagation note', () => {
  it('shows "reached 1 of 1 open client" on the flag page after a kill, applied by the web app', async () => {
    const user = await suite.openPage();
    await signIn(user, suite.tenant.accounts.premium.email, TEST_PASSWORD, '/app');
    await user.getByRole('button', { name: 'New conversation' }).click();
    await moduleCard(user, 'module-ready').waitFor();

    const ops = await suite.openPage();
    await signIn(ops, suite.tenant.accounts.ops.email, TEST_PASSWORD, '/console');
    await ops.goto('/console/flags/tarot_enabled');
    const header = ops.locator('[data-flag="tarot_enabled"]');
    await header.getByRole('button', { name: 'Turn off tarot_enabled' }).click();
    await header.getByLabel('Reason').fill('propagation e2e');
    await header.getByRole('button', { name: 'Confirm: turn off' }).click();

    await moduleCard(user, 'module-locked').waitFor();
    const note = ops.locator('.propagation-note[data-complete="true"]');
    await note.waitFor({ timeout: 10_000 });
    await expect.poll(() => note.textContent(), { timeout: 10_000 }).toMatch(/applied by 1/);
    expect(await note.textContent()).toMatch(/Reached 1 of 1 open client in \d+(\.\d)? ms/);
  });
});
