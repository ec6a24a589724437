// The set-up most browser test files share: a real server (optionally with the module gates), a fresh
// tenant, one Chromium, and pages in contexts of their own that are closed after each test.
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { buildClientIfStale } from '../../client/build-if-stale.js';
import { setModuleGates } from '../helpers/module-gates.js';
import {
  createTestTenant,
  type ServerOverrides,
  startTestServer,
  type TestServer,
  type TestTenant,
} from '../helpers/test-server.js';
import { DESKTOP, launchBrowser } from './browser.js';

export interface BrowserSuite {
  readonly server: TestServer;
  readonly tenant: TestTenant;
  /** A page in a new context (desktop and the server's URL unless given), closed after the test. */
  openPage(options?: BrowserContextOptions): Promise<Page>;
}

export function browserSuite(
  options: {
    env?: Record<string, string>;
    moduleGates?: boolean;
    services?: ServerOverrides['services'];
  } = {},
): BrowserSuite {
  let server: TestServer | undefined;
  let tenant: TestTenant | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is used before beforeAll ran`);
    return value;
  };

  beforeAll(async () => {
    await buildClientIfStale();
    server = await startTestServer({
      ...(options.env ? { env: options.env } : {}),
      ...(options.services ? { services: options.services } : {}),
    });
    if (options.moduleGates) await setModuleGates(server);
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

  return {
    get server() {
      return ready(server, 'the server');
    },
    get tenant() {
      return ready(tenant, 'the tenant');
    },
    openPage: async (contextOptions = {}) => {
      const context = await ready(browser, 'the browser').newContext({
        viewport: DESKTOP,
        baseURL: ready(server, 'the server').url,
        ...contextOptions,
      });
      contexts.push(context);
      return context.newPage();
    },
  };
}
