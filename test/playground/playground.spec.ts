import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { eventually } from '../testkit/async';
import { graphql } from '../testkit/operations';
import { EDITOR_KEY, startTestServer, type TestServer } from '../testkit/test-server';

const ARTIFACTS = path.resolve(__dirname, '../../test-results');
/** The title the example RecordEvent tab gives its event. */
const RECORDED_TITLE = 'South Korea comments on Russia–North Korea cooperation';

const TIMELINE_HEAD = graphql(`
  query PlaygroundTimelineHead($ids: [ID!]!) { timeline(actorIds: $ids, first: 1) { totalCount edges { node { ... on Event { title } } } } }
`);

describe('the playground in a browser', () => {
  let api: TestServer;
  let origin: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const requested: string[] = [];

  /**
   * Loads the page and waits for everything it fetches at start (Monaco's workers and the
   * schema come after the page); returns the bytes each took on the wire, by the browser's
   * Resource Timing: headers and body, 0 for what came from its cache.
   */
  const load = async (url: string): Promise<{ url: string; bytes: number }[]> => {
    await page.goto(url);
    await page.waitForSelector('.graphiql-container .graphiql-query-editor .view-lines');
    await page.waitForFunction(() => {
      const names = performance.getEntriesByType('resource').map((entry) => entry.name);
      return ['editor.worker', 'json.worker', 'graphql.worker', '/playground/schema-'].every((part) => names.some((name) => name.includes(part)));
    });
    return page.evaluate(() =>
      [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
        .filter((entry) => entry.name.startsWith('http'))
        .map((entry) => ({ url: entry.name, bytes: (entry as PerformanceResourceTiming).transferSize })),
    );
  };
  const describeLoad = (loads: { url: string; bytes: number }[]) => loads.map(({ url, bytes }) => `${url.replace(origin, '')} ${bytes}`).join(', ');
  const total = (loads: { url: string; bytes: number }[]) => loads.reduce((sum, { bytes }) => sum + bytes, 0);
  let firstLoad: { url: string; bytes: number }[];
  /** The visible lines of an editor (Monaco renders spaces as no-break spaces). */
  const editorText = async (selector: string) => (await page.locator(`${selector} .view-lines`).innerText()).replaceAll('\u00a0', ' ');
  const queryText = () => editorText('.graphiql-query-editor');
  const toolText = () => editorText('.graphiql-editor-tool .graphiql-editor:not(.hidden)');
  /** The rendered lines of the result, with the wrapping and Monaco's no-break spaces made single spaces. */
  const resultText = async () => (await page.locator('.graphiql-response .view-lines').textContent())!.replace(/\s+/g, ' ');
  const resultIncludes = (text: string, timeout = 10_000) =>
    page.waitForFunction((expected) => document.querySelector('.graphiql-response .view-lines')?.textContent?.replace(/\s+/g, ' ').includes(expected), text, {
      timeout,
    });
  const openTab = async (title: string) => {
    await page.locator(`.graphiql-tab-button[title="${title}"]`).click();
    await page.waitForFunction((name) => document.querySelector('.graphiql-query-editor')?.textContent?.includes(name), title);
  };
  /** Replaces an editor's text by pasting (typed text would get Monaco's closing brackets). */
  const replaceText = async (selector: string, text: string) => {
    await page.evaluate((value) => navigator.clipboard.writeText(value), text);
    await page.locator(`${selector} .view-lines`).click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('ControlOrMeta+V');
  };
  const replaceToolText = (text: string) => replaceText('.graphiql-editor-tool .graphiql-editor:not(.hidden)', text);

  before(async () => {
    api = await startTestServer();
    origin = new URL(api.url).origin;
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    page = await context.newPage();
    page.on('request', (request) => requested.push(request.url()));
    page.on('websocket', (socket) => requested.push(socket.url()));
    firstLoad = await load(`${origin}/`);
  });
  after(async () => {
    await browser?.close();
    await api.stop();
  });

  it('loads from the server alone, compressed: every request the page makes goes to the local server', async () => {
    console.log(`first load: ${total(firstLoad)} bytes transferred (${describeLoad(firstLoad)})`);
    const foreign = requested.filter((url) => !url.startsWith(origin) && !url.startsWith(origin.replace('http', 'ws')) && !url.startsWith('data:'));
    assert.deepEqual(foreign, []);
    const loaded = requested.map((url) => url.replace(origin, '').replace(/-[A-Z0-9]{8}\./, '-HASH.'));
    for (const file of ['/playground/app-HASH.js', '/playground/app-HASH.css', '/playground/editor.worker-HASH.js', '/playground/graphql.worker-HASH.js']) {
      assert.ok(loaded.includes(file), `${file} in ${loaded.join(', ')}`);
    }
    // The script is over 5 MB as built; compressed, the whole page is well under 2 MB.
    assert.ok(total(firstLoad) < 2_000_000, describeLoad(firstLoad));
  });

  it('opens seven example tabs and runs the first one', async () => {
    assert.equal(await page.locator('.graphiql-tab').count(), 7);
    await page.click('.graphiql-execute-button');
    await resultIncludes('totalCount');
    // The result pane renders only its visible lines: the head of the timeline.
    const { timeline } = await api.query(TIMELINE_HEAD, { ids: [Buffer.from('Actor:north-korea').toString('base64url')] });
    const result = await resultText();
    assert.ok(result.includes(`"totalCount": ${timeline.totalCount}`), result.slice(0, 300));
    const head = timeline.edges[0]?.node;
    assert.ok(head && 'title' in head, 'the timeline starts with an event');
    assert.ok(result.includes(head.title), result.slice(0, 600));
  });

  it('keeps every tab in sight at 1280×720 with the docs open', async () => {
    await page.click('[aria-label="Show Documentation Explorer"]');
    await page.waitForSelector('.graphiql-doc-explorer');
    const header = await page.locator('.graphiql-session-header').boundingBox();
    assert.ok(header);
    const boxes = await page.locator('.graphiql-tab').evaluateAll((tabs) => tabs.map((tab) => tab.getBoundingClientRect().toJSON() as DOMRect));
    assert.equal(boxes.length, 7);
    const inHeader = (box: { x: number; width: number }) => box.x >= header.x && box.x + box.width <= header.x + header.width;
    for (const box of boxes) assert.ok(inHeader(box) && box.width >= 40, JSON.stringify({ box, header }));
    assert.ok(inHeader((await page.locator('.graphiql-tab-add').boundingBox())!), 'the new-tab button is in sight');
  });

  it('records an event in one tab and shows it arriving in the subscription tab, which kept running meanwhile', async () => {
    await openTab('NewEvents');
    await page.click('.graphiql-execute-button');
    assert.ok(await eventually(() => api.server.eventFeed.subscriberCount === 1, 5_000), 'the subscription is registered');

    await openTab('RecordEvent');
    // Outside development no key is prefilled: only a comment saying where it goes.
    assert.match(await toolText(), /\/\/ "Authorization": "Bearer <your editor key>"/);
    await replaceToolText(`{ "Authorization": "Bearer ${EDITOR_KEY}" }`);
    await page.click('.graphiql-execute-button');
    await resultIncludes('"createEvent"');
    const recorded = await resultText();
    assert.ok(recorded.includes('"kind": "STATEMENT"') && !recorded.includes('"errors"'), recorded.slice(0, 400));
    assert.equal(api.server.eventFeed.subscriberCount, 1, 'the subscription still runs while another tab is used');

    await openTab('NewEvents');
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await resultIncludes(RECORDED_TITLE.split('–')[0]!).catch(async (error: unknown) => {
      await page.screenshot({ path: path.join(ARTIFACTS, 'playground-failure.png') });
      throw error;
    });
    await page.screenshot({ path: path.join(ARTIFACTS, 'playground.png') });
    const arrived = await resultText();
    assert.ok(arrived.includes('"kind": "ADDED"') && arrived.includes('"name": "South Korea"'), arrived.slice(0, 400));
    assert.equal(api.server.eventFeed.subscriberCount, 1);

    // Stop ends it, and it stays ended when the user leaves the tab.
    await page.click('.graphiql-execute-button');
    assert.ok(await eventually(() => api.server.eventFeed.subscriberCount === 0, 5_000), 'stop ends the subscription');
  });

  it('keeps each tab’s headers across a reload, from the browser’s cache and one revalidated page', async () => {
    await page.waitForFunction((key) => localStorage.getItem('graphiql:tabState')?.includes(key), EDITOR_KEY);
    const secondLoad = await load(page.url());
    console.log(`second load: ${total(secondLoad)} bytes transferred (${describeLoad(secondLoad)})`);
    // The page answers 304, and the hashed files, the schema's among them, come from the browser's cache.
    const fetched = secondLoad.filter(({ bytes }) => bytes > 0).map(({ url }) => url.replace(origin, ''));
    assert.deepEqual(fetched, ['/'], describeLoad(secondLoad));
    assert.ok(secondLoad[0]!.bytes < 1_000, describeLoad(secondLoad));
    assert.equal(await page.locator('.graphiql-tab').count(), 7, 'the same tabs');
    await openTab('RecordEvent');
    assert.equal(await toolText(), `{ "Authorization": "Bearer ${EDITOR_KEY}" }`);
  });

  it('copies a link to a tab’s operation and variables, which opens them in a new tab', async () => {
    await page.locator('.graphiql-tab-add').click();
    const query = 'query SharedActor($id: ID!) { node(id: $id) { id } }';
    const variables = '{ "id": "QWN0b3I6bm9ydGgta29yZWE" }';
    await replaceText('.graphiql-query-editor', query);
    await page.click('.graphiql-editor-tools button[data-name="variables"]');
    await replaceToolText(variables);
    await page.click('[aria-label="Copy a link that opens this operation"]');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(link, `${origin}/?${new URLSearchParams({ query, variables }).toString()}`);

    const tabs = await page.locator('.graphiql-tab').count();
    // GraphiQL stores its tabs half a second after a change.
    await page.waitForFunction(() => localStorage.getItem('graphiql:tabState')?.includes('SharedActor'));
    await load(link);
    assert.equal(await page.locator('.graphiql-tab').count(), tabs + 1);
    assert.equal(await page.locator('.graphiql-tab-active .graphiql-tab-button').getAttribute('title'), 'SharedActor');
    assert.equal(await queryText(), query);
    await page.click('.graphiql-editor-tools button[data-name="variables"]');
    assert.equal(await toolText(), variables);
    assert.equal(page.url(), `${origin}/`, 'the link is opened once: a reload shows the tabs as they are');
  });
});
