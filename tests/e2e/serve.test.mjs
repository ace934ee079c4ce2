// The first command a new user types: `make serve` serves a page as clean as `make dist`.
// Trunk's dev server would inject a live-reload script that the page's own
// Content-Security-Policy blocks (a console error on every load); Trunk.toml turns it off.
// This runs the Makefile's serve command itself, on a free loopback port, with its output
// in a temporary folder (never dist/, which the other tests read), and stops it after.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, openPage, sample } from './harness.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// `make dist` ran before the end-to-end tests with the same cargo profile, so Trunk only
// binds and optimises the wasm again; allow for a slow, shared machine all the same.
const READY_MS = 8 * 60 * 1000;

let server, browser, url, output;

/** A port that nothing listens on now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** Resolves once `url` answers 200, or rejects when the server exits or time runs out. */
async function ready(url, child, log) {
  const until = Date.now() + READY_MS;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`make serve exited (${child.exitCode}):\n${log()}`);
    try {
      const res = await fetch(url);
      if (res.ok && (await res.text()).includes('Content-Security-Policy')) return;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`make serve did not answer within ${READY_MS / 1000} s:\n${log()}`);
}

before(async () => {
  const port = await freePort();
  output = fs.mkdtempSync(path.join(os.tmpdir(), 'itinera-serve-'));
  url = `http://127.0.0.1:${port}/`;
  let log = '';
  // Its own process group, so that stopping it stops make, Trunk and anything they started.
  server = spawn('make', ['--no-print-directory', 'serve'], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, TRUNK_SERVE_PORT: String(port), TRUNK_BUILD_DIST: output },
  });
  const keep = (d) => { log = (log + d).slice(-4000); };
  server.stdout.on('data', keep);
  server.stderr.on('data', keep);
  await ready(url, server, () => log);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server.once('exit', r));
    try { process.kill(-server.pid, 'SIGTERM'); } catch { /* already gone */ }
    const timer = setTimeout(() => { try { process.kill(-server.pid, 'SIGKILL'); } catch { /* gone */ } }, 5000);
    await exited;
    clearTimeout(timer);
  }
  if (output) fs.rmSync(output, { recursive: true, force: true });
});

test('make serve: the page loads, analyses and logs no console error', { timeout: 60000 }, async () => {
  const { page, context, errors, foreign } = await openPage(browser, url);
  await page.locator('[data-testid="analysis-status"]').waitFor({ timeout: 20000 });
  await page.getByTestId('article-date').fill('2015-05-12');
  await page.getByTestId('article-input').fill(sample('kerry-sochi.txt'));
  await page.locator('[data-testid="analysis-status"][data-state="done"]').waitFor({ timeout: 20000 });
  await page.locator('[data-testid="map-stop"]').first().waitFor({ timeout: 10000 });
  // Reload once: the error came back on every load.
  await page.reload();
  await page.locator('[data-testid="analysis-status"]').waitFor({ timeout: 20000 });
  await page.waitForTimeout(500);
  assert.deepEqual(errors, [], 'no console error');
  assert.deepEqual(foreign, [], 'no request leaves the page');
  await context.close();
  const html = await (await fetch(url)).text();
  assert.ok(!/new WebSocket/.test(html), 'no live-reload script in the served page');
});
