import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { eventually } from '../testkit/async';
import { recordEvent } from '../testkit/events';
import { graphql } from '../testkit/operations';
import { sdkFor } from '../testkit/sdk';
import { EDITOR_KEY, startTestServer, type TestServer } from '../testkit/test-server';

const ARTIFACTS = path.resolve(__dirname, '../../test-results');

const TIMELINE_HEAD = graphql(`
  query PlaygroundTimelineHead($ids: [ID!]!) { timeline(actorIds: $ids, first: 1) { totalCount edges { node { ... on Event { title } } } } }
`);

describe('the playground in a browser', () => {
  let api: TestServer;
  let browser: Browser;
  let page: Page;
  const requested: string[] = [];

  before(async () => {
    api = await startTestServer();
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('request', (request) => requested.push(request.url()));
    page.on('websocket', (socket) => requested.push(socket.url()));
    await page.goto(`${new URL(api.url).origin}/`);
    await page.waitForSelector('.graphiql-container');
  });
  after(async () => {
    await browser?.close();
    await api.stop();
  });

  // innerText, not textContent: the rendered result keeps its line breaks.
  // biome-ignore lint/performance/useDomNodeTextContent: playwright's locator, and the line breaks matter
  const resultText = () => page.locator('.graphiql-response').innerText();

  it('loads from the server alone: every request the page makes goes to the local server', async () => {
    const origin = new URL(api.url).origin;
    const foreign = requested.filter((url) => !url.startsWith(origin) && !url.startsWith(origin.replace('http', 'ws')) && !url.startsWith('data:'));
    assert.deepEqual(foreign, []);
    assert.ok(requested.some((url) => url.endsWith('/playground/app.js')));
  });

  it('opens seven example tabs and runs the first one', async () => {
    assert.equal(await page.locator('.graphiql-tab').count(), 7);
    await page.click('.graphiql-execute-button');
    await page.waitForFunction(() => document.querySelector('.graphiql-response')?.textContent?.includes('totalCount'));
    // The result pane renders only its visible lines: the head of the timeline.
    const { timeline } = await api.query(TIMELINE_HEAD, { ids: [Buffer.from('Actor:north-korea').toString('base64url')] });
    const result = await resultText();
    assert.ok(result.includes(`"totalCount": ${timeline.totalCount}`), result.slice(0, 300));
    const head = timeline.edges[0]?.node;
    assert.ok(head && 'title' in head, 'the timeline starts with an event');
    assert.ok(result.includes(head.title), result.slice(0, 600));
  });

  it('shows events arriving live in the subscription tab', async () => {
    await page.locator('.graphiql-tab').nth(6).click();
    await page.waitForFunction(() => document.querySelector('.graphiql-query-editor')?.textContent?.includes('eventAdded'));
    await page.click('.graphiql-execute-button');
    assert.ok(await eventually(() => api.server.eventFeed.subscriberCount === 1, 5_000), 'the subscription is registered');
    await recordEvent(sdkFor(api, EDITOR_KEY), 'Seen live in the playground');
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page
      .waitForFunction(() => document.querySelector('.graphiql-response')?.textContent?.includes('Seen live in the playground'), undefined, { timeout: 10_000 })
      .catch(async (error: unknown) => {
        await page.screenshot({ path: path.join(ARTIFACTS, 'playground-failure.png') });
        throw error;
      });
    await page.screenshot({ path: path.join(ARTIFACTS, 'playground.png') });
    assert.ok((await resultText()).includes('"kind": "ADDED"'));
  });
});
