// The /live page in a real headless Chromium (playwright-core driving Debian's chromium): it
// connects over graphql-ws, and a send and a lifecycle movement show up in its lists.
// Skipped, with a message saying so, only when no chromium binary is installed
// (`apt-get install -y chromium`; .ci/run installs it).
import pg from 'pg';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { type Browser, chromiumPath, launchBrowser, warnIfNoChromium } from '../helpers/browser.js';
import { make } from '../helpers/sql.js';

warnIfNoChromium('test/realtime/live-page.test.ts');

describe.skipIf(!chromiumPath)('/live in headless Chromium', () => {
  let t: TestApp;
  let url: string;
  let sql: pg.Client;
  let chrome: Browser;
  let browser: BrowserContext;

  beforeAll(async () => {
    t = await startTestApp({ CHANGE_POLL_INTERVAL_MS: '250' });
    url = await t.app.start();
    sql = new pg.Client({ connectionString: t.testDb.url });
    await sql.connect();
    chrome = await launchBrowser();
    browser = chrome.context;
  });

  afterAll(async () => {
    await chrome?.close();
    await sql?.end();
    await t?.close();
  });

  it('shows a send and a funnel movement as they happen', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await page.goto(`${url}/live`);
    await page.locator('#status[data-state="live"]').waitFor({ timeout: 15_000 });
    // Both subscriptions are registered before anything is written.
    for (let i = 0; i < 100 && t.app.changes.subscriberCount() < 2; i++) await new Promise((r) => setTimeout(r, 50));
    expect(t.app.changes.subscriberCount()).toBe(2);

    // A send, as the sending worker records it: the queue item, then its outreach history row.
    const offer = await make.offer(sql);
    const company = await make.company(sql, offer.id);
    const contact = await make.contact(sql, company.id, offer.id, { full_name: 'Ada Lovelace' });
    const campaign = await make.campaign(sql, offer.id, { name: 'Live page campaign' });
    const queued = (
      await sql.query(
        `INSERT INTO public.send_queue (campaign_id, contact_id, channel, body, scheduled_for) VALUES ($1, $2, 'email', 'Hi', now()) RETURNING id`,
        [campaign.id, contact.id],
      )
    ).rows[0].id;
    const sent = (
      await sql.query(
        `INSERT INTO public.outreach_history (contact_id, campaign_id, send_queue_id, channel, status) VALUES ($1, $2, $3, 'email', 'sent') RETURNING id`,
        [contact.id, campaign.id, queued],
      )
    ).rows[0].id;
    // A movement through the API.
    const person = (
      await sql.query(
        `INSERT INTO funnel.suspect_universe (company_id, person_id, email, funnel_state, funnel_membership, source)
         VALUES (gen_random_uuid(), gen_random_uuid(), 'live-page@example.com', 'WARM', 'WARM_UNIVERSE', 'test') RETURNING person_id`,
      )
    ).rows[0].person_id;
    const moved = await t.gql(
      `mutation O($input: OverrideProspectStateInput!) { overrideProspectState(input: $input) { __typename } }`,
      { input: { personId: person, toState: 'DISQUALIFIED', reason: 'live page test' } },
    );
    expect(moved.data?.overrideProspectState.__typename).toMatch(/Success$/);

    await page.locator(`#activity li[data-id="${sent}"]`).waitFor({ timeout: 15_000 });
    await page.locator(`#activity li[data-id="${queued}"]`).waitFor({ timeout: 15_000 });
    await page.locator('#movements li', { hasText: 'WARM → DISQUALIFIED' }).waitFor({ timeout: 15_000 });
    await page.locator('#activity li', { hasText: 'WARM → DISQUALIFIED' }).waitFor({ timeout: 15_000 });
    expect(await page.locator(`#activity li[data-id="${sent}"]`).innerText()).toContain('SENT');
    expect(await page.locator(`#activity li[data-id="${sent}"]`).innerText()).toContain('Ada Lovelace');
    expect(await page.locator(`#activity li[data-id="${queued}"]`).innerText()).toContain('QUEUED');
    expect(problems).toEqual([]);
    await page.close();
  });
});
