// GraphiQL in a real browser (headless Debian chromium through playwright-core): a started server
// on the demo data serves GraphiQL with no network beyond itself, the page opens on the default
// query with the example operations in tabs and the explorer plugin, and running the default
// query shows the demo offers. Skipped, with a message, only when chromium is not installed
// (`apt-get install -y chromium`; .ci/run installs it).
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleTabs } from '../../src/transport/graphiql.js';
import { schema } from '../../src/schema.js';
import { type Browser, chromiumPath, launchBrowser, warnIfNoChromium } from '../helpers/browser.js';
import { startSeededApp, type SeededApp } from '../helpers/seeded.js';

warnIfNoChromium('test/browser/graphiql.test.ts');

describe.skipIf(!chromiumPath)('GraphiQL in a browser', () => {
  let t: SeededApp;
  let base: string;
  let chrome: Browser;
  let browser: BrowserContext;
  const outside: string[] = [];

  beforeAll(async () => {
    t = await startSeededApp();
    base = await t.app.start();
    chrome = await launchBrowser();
    browser = chrome.context;
    // Everything the page loads must come from this server (no CDN).
    await browser.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(base) || url.startsWith('blob:') || url.startsWith('data:')) return route.continue();
      outside.push(url);
      return route.abort();
    });
  }, 180_000);

  afterAll(async () => {
    await chrome?.close();
    await t?.close();
  });

  it('opens /graphql, shows the example tabs and the explorer, and runs the default query', async () => {
    const page = browser.pages()[0] ?? (await browser.newPage());
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(`${base}/graphql`, { waitUntil: 'load' });
    await page.locator('.graphiql-container').first().waitFor({ timeout: 60_000 });

    // The default query plus one tab per valid example operation.
    const tabs = page.locator('.graphiql-tab');
    await expect.poll(() => tabs.count(), { timeout: 30_000 }).toBe(1 + exampleTabs(schema).length);
    // The explorer plugin's button in the sidebar.
    await expect.poll(() => page.locator('[aria-label*="Explorer" i]').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    // The editor holds the default query.
    await expect.poll(() => page.locator('.graphiql-query-editor').first().innerText(), { timeout: 30_000 }).toContain('offerDashboard');

    const response = page.waitForResponse(
      (r) => r.url().startsWith(`${base}/graphql`) && r.request().method() === 'POST' && (r.request().postData() ?? '').includes('Welcome'),
      { timeout: 60_000 },
    );
    await page.locator('.graphiql-execute-button').first().click();
    const body = (await (await response).json()) as { data?: { offerDashboard: { name: string }[] }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data!.offerDashboard).toHaveLength(t.seed.offers);

    // The result pane shows the rows.
    const first = body.data!.offerDashboard[0]!.name;
    // (Monaco renders spaces as no-break spaces.)
    const shown = async () => (await page.locator('.graphiql-response').first().innerText()).replace(/\u00a0/g, ' ');
    await expect.poll(shown, { timeout: 30_000 }).toContain(`"name": "${first}"`);
    expect(outside).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 180_000);
});
