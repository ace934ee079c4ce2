// Bad input end to end: odd, hostile or huge texts each give a clear message or a
// sensible result, markup is shown as text and never run, and the page keeps working
// afterwards (the seed still analyses). Every request the page makes is watched: nothing
// pasted leaves the machine.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serveDist, launch, openPage, sample } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const status = '[data-testid="analysis-status"]';
const settled = `${status}[data-state="done"], ${status}[data-state="failed"]`;

/** Opens the page and records every request (any origin) and any WebSocket. */
async function open(hash) {
  const opened = await openPage(browser, server.url, { hash });
  opened.requests = [];
  opened.page.on('request', (r) => opened.requests.push({ url: r.url(), body: r.postData() || '' }));
  opened.page.on('websocket', (w) => opened.requests.push({ url: w.url(), body: '' }));
  return opened;
}

/** Pastes `text` and waits until the status has settled on a message matching `want`;
 * returns the status. */
async function paste(page, text, want, timeout = 20000) {
  await page.getByTestId('article-input').fill(text);
  const el = page.locator(settled).filter({ hasText: want });
  await el.waitFor({ timeout });
  return { state: await el.getAttribute('data-state'), message: (await el.textContent()).trim() };
}

/** The page still works: the seed analyses and its trip is on the map. */
async function stillWorks(page) {
  await page.getByTestId('article-date').fill('2015-05-12');
  const s = await paste(page, sample('kerry-sochi.txt'), /Done in .* [1-9]\d* stops\./);
  assert.equal(s.state, 'done', s.message);
  await page.locator('[data-testid="map-stop"]').nth(1).waitFor({ timeout: 5000 });
  assert.equal(await page.locator('.panic').count(), 0, 'no panic alert');
}

/** Asserts no console errors, no foreign request, and no request carrying `marker`. */
function clean({ errors, foreign, requests }, marker) {
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign, []);
  const leaked = requests.filter((r) => r.url.includes(marker) || r.body.includes(marker));
  assert.deepEqual(leaked, [], 'a request carried pasted text');
}

/** Each case: name, text, what the status must say. */
const CASES = [
  ['empty text', '', /Waiting for an article/],
  ['whitespace only', ' \n\t\r\n \u00a0\u3000 \n', /Waiting for an article/],
  ['right-to-left and mixed scripts',
    'Kerry flew to Sochi. \u0630\u0647\u0628 \u0643\u064a\u0631\u064a \u0625\u0644\u0649 \u0633\u0648\u062a\u0634\u064a. '
      + '\u05e7\u05e8\u05d9 \u05d8\u05e1 \u05dc\u05e1\u05d5\u05e6\u05f3\u05d9. \u041a\u0435\u0440\u0440\u0438 \u0432 \u0421\u043e\u0447\u0438. \u202eReversed Paris\u202c.',
    /^Done in/],
  ['emoji', '\u{1F1F7}\u{1F1FA} Putin met Kerry \u{1F91D} in Sochi \u{1F3D6}\uFE0F on Tuesday. \u{1F469}\u200D\u{1F469}\u200D\u{1F467} \u{1F44D}\u{1F3FD}', /^Done in/],
  ['a 5,000-character word', `Kerry flew to ${'x'.repeat(5000)} and then to Paris.`, /^Done in/],
  ['control characters and binary-looking text',
    Array.from({ length: 4000 }, (_, i) => String.fromCharCode((i * 7919) % 0x2fff)).join('') + '\u0000\u0007\u001b[31m\uFFFD',
    /^Done in/],
];

for (const [name, text, want] of CASES) {
  test(`bad input: ${name}`, async () => {
    const opened = await open();
    const s = await paste(opened.page, text, want);
    assert.match(s.message, want, `${name}: ${s.message}`);
    await stillWorks(opened.page);
    clean(opened, 'Kerry flew');
    await opened.context.close();
  });
}

test('pasted HTML is shown as text and never run', async () => {
  const opened = await open();
  const { page } = opened;
  await page.evaluate(() => { window.__ran = []; });
  const html = '<p>Kerry flew to <b>Sochi</b> on Tuesday.</p>'
    + '<script>window.__ran.push("script")</script>'
    + '<img src="x" onerror="window.__ran.push(\'onerror\')">'
    + '<svg onload="window.__ran.push(\'onload\')"></svg>'
    + '<a href="javascript:window.__ran.push(\'href\')">link</a>';
  const s = await paste(page, html, /^Done in/);
  assert.equal(s.state, 'done', s.message);
  const view = page.getByTestId('article-view');
  const shown = await view.textContent();
  assert.ok(shown.includes('<script>window.__ran.push("script")</script>'), 'script tag shown as text');
  assert.ok(shown.includes('onerror='), 'handler shown as text');
  assert.equal(await view.locator('script, img, svg, a, b, p').count(), 0, 'no element made from the paste');
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.__ran), []);
  await stillWorks(page);
  clean(opened, 'Kerry flew');
  await opened.context.close();
});

test('a binary file opened as text gives a result, not a dead page', async () => {
  const opened = await open();
  const { page } = opened;
  const file = path.join(os.tmpdir(), `itinera-binary-${process.pid}.txt`);
  const bytes = Buffer.alloc(64 * 1024);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 2654435761) >>> 24;
  fs.writeFileSync(file, Buffer.concat([Buffer.from('Kerry flew to Sochi. '), bytes]));
  try {
    await page.locator('input[type="file"]').setInputFiles(file);
    await page.locator(settled).filter({ hasText: /^Done in/ }).waitFor({ timeout: 20000 });
    const got = await page.getByTestId('article-input').inputValue();
    assert.ok(got.startsWith('Kerry flew to Sochi.') && got.length > 1000, 'file read as text');
    await stillWorks(page);
    clean(opened, 'Kerry flew');
  } finally {
    fs.rmSync(file, { force: true });
    await opened.context.close();
  }
});

test('a corrupt share link gives a message and an empty, working page', async () => {
  const opened = await open('#v1.eNrtW-this-is-not-a-real-link!!');
  const { page } = opened;
  await page.getByText('This share link could not be opened').waitFor({ timeout: 10000 });
  await stillWorks(page);
  clean(opened, 'Kerry flew');
  await opened.context.close();
});

test('10 MB of text gets a clear message, and the page keeps working', async () => {
  const opened = await open();
  const { page } = opened;
  // Set the value in the page (as a paste does): a 10 MB argument to fill() would be
  // echoed in full by any failure message.
  await page.getByTestId('article-input').waitFor();
  const t0 = Date.now();
  await page.evaluate(() => {
    const para = 'Kerry flew to Sochi on Tuesday to meet Putin, then went on to Antalya and Washington. ';
    const area = document.querySelector('[data-testid="article-input"]');
    area.value = para.repeat(Math.ceil(10e6 / para.length));
    area.dispatchEvent(new Event('input', { bubbles: true }));
  });
  const el = page.locator(`${status}[data-state="failed"]`).filter({ hasText: /This text is 10\.\d MB/ });
  // The engine refuses at once; drawing 10 MB in the paste area and the article view
  // takes the browser several seconds more on a loaded machine.
  await el.waitFor({ timeout: 60000 });
  console.log(`10 MB refused and drawn in ${Date.now() - t0} ms`);
  await stillWorks(page);
  clean(opened, 'Kerry flew');
  await opened.context.close();
});
