// Offline and privacy: after one visit the page reloads and analyses with the network
// cut; the Content-Security-Policy allows only the page's own files and nothing violates
// it; the page never asks another origin for anything; dist/ uses relative paths only.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { serveDist, launch, openPage, sample, dist } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const done = '[data-testid="analysis-status"][data-state="done"]';

/** A static server over dist/ that can be cut off completely (every socket closed). */
function cuttableServer() {
  const sockets = new Set();
  const s = http.createServer((req, res) => {
    let file = path.join(dist, decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (!file.startsWith(dist)) { res.writeHead(403).end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    fs.readFile(file, (err, body) => {
      if (err) { res.writeHead(404).end(); return; }
      const type = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm',
        '.css': 'text/css', '.svg': 'image/svg+xml', '.webmanifest': 'application/manifest+json' }[path.extname(file)];
      res.writeHead(200, { 'content-type': type || 'application/octet-stream' }).end(body);
    });
  });
  s.on('connection', (c) => { sockets.add(c); c.on('close', () => sockets.delete(c)); });
  return new Promise((resolve) => s.listen(0, '127.0.0.1', () => resolve({
    url: `http://127.0.0.1:${s.address().port}/`,
    cut: () => new Promise((r) => { s.close(r); for (const c of sockets) c.destroy(); }),
  })));
}

test('after one visit the page reloads and analyses with the network cut', async () => {
  const srv = await cuttableServer();
  const { page, context, errors, foreign } = await openPage(browser, srv.url);
  await page.locator(done).waitFor({ timeout: 10000 });
  // The service worker is installed and has cached the page's files.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await page.waitForFunction(async () => {
    const keys = await caches.keys();
    if (!keys.some((k) => k.startsWith('itinera-'))) return false;
    const c = await caches.open(keys.find((k) => k.startsWith('itinera-')));
    return (await c.keys()).some((r) => r.url.endsWith('.wasm'));
  }, null, { timeout: 10000 });

  await srv.cut();
  await context.setOffline(true);
  await page.reload();
  await page.locator(done).waitFor({ timeout: 15000 });
  await page.getByTestId('article-date').fill('2015-05-12');
  await page.getByTestId('article-input').fill(sample('kerry-sochi.txt'));
  await page.locator('[data-testid="map-stop"]').first().waitFor({ timeout: 10000 });
  const names = await page.locator('[data-testid="map-stop"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-name')));
  assert.deepEqual(names.sort(), ['Antalya', 'Sochi', 'Washington']);
  // A new tab of the same browser opens the page offline too.
  const second = await context.newPage();
  await second.goto(srv.url);
  await second.locator(done).waitFor({ timeout: 15000 });
  assert.deepEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e)), []);
  assert.deepEqual(foreign, []);
  await context.close();
});

test('the page declares a strict Content-Security-Policy and nothing breaks it', async () => {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
  assert.ok(csp, 'a CSP meta tag');
  assert.match(csp, /default-src 'self'/);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'/);
  assert.doesNotMatch(csp, /script-src[^;]*'unsafe-inline'/);
  assert.doesNotMatch(csp, /INLINE-SCRIPTS/);
  assert.match(csp, /connect-src 'self'/);
  assert.match(csp, /object-src 'none'/);
  // The CSP comes before any script.
  assert.ok(html.indexOf('Content-Security-Policy') < html.indexOf('<script'));

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(server.url);
  await page.getByTestId('article-date').fill('2015-05-12');
  await page.getByTestId('article-input').fill(sample('kerry-sochi.txt'));
  await page.locator('[data-testid="map-stop"]').first().waitFor({ timeout: 10000 });
  // Everything that draws or downloads: hover (tooltip), the PNG export (blob image).
  await page.locator('[data-testid="map-stop"]').first().hover();
  const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
  assert.match(png.suggestedFilename(), /\.png$/);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the page asks no other origin for anything, whatever the reader does', async () => {
  const { page, context, errors, foreign } = await openPage(browser, server.url);
  await page.getByTestId('example-picker').selectOption('kerry-sochi');
  await page.locator('[data-testid="map-stop"]').first().waitFor({ timeout: 10000 });
  await page.locator('[data-testid="map-stop"]').first().hover();
  await page.getByTestId('share-button').click();
  await page.getByTestId('corrections').locator('summary').click();
  await page.getByTestId('correction-remove').first().click();
  for (const id of ['export-json', 'export-geojson', 'export-svg']) {
    await Promise.all([page.waitForEvent('download'), page.getByTestId(id).click()]);
  }
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('dist/ uses relative paths only, so it can live in any folder of any static host', async () => {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  for (const m of html.matchAll(/(?:href|src)="([^"]+)"/g)) {
    assert.ok(!m[1].startsWith('/') && !/^[a-z]+:/i.test(m[1]), m[1]);
  }
  for (const m of html.matchAll(/from '([^']+)'|module_or_path: '([^']+)'/g)) {
    const p = m[1] || m[2];
    assert.ok(p.startsWith('./'), p);
  }
  const sw = fs.readFileSync(path.join(dist, 'sw.js'), 'utf8');
  const files = JSON.parse(sw.match(/^const FILES = (.*);$/m)[1]);
  assert.ok(files.every((f) => f.startsWith('./')));
  assert.ok(files.some((f) => f.endsWith('.wasm')) && files.includes('./index.html'));
  // Served from a sub-path, the page works the same.
  const sub = await subPathServer();
  const { page, context, errors } = await openPage(browser, sub.url);
  await page.getByTestId('article-input').fill(sample('kerry-sochi.txt'));
  await page.locator(done).waitFor({ timeout: 10000 });
  await page.evaluate(() => navigator.serviceWorker.ready);
  assert.match(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL
    ?? navigator.serviceWorker.ready.then((r) => r.active.scriptURL)), /\/demo\/itinera\/sw\.js$/);
  assert.deepEqual(errors, []);
  await context.close();
  await sub.close();
});

/** Serves dist/ under /demo/itinera/ (nothing at the root). */
function subPathServer() {
  const prefix = '/demo/itinera/';
  const s = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (!url.pathname.startsWith(prefix)) { res.writeHead(404).end(); return; }
    let file = path.join(dist, decodeURIComponent(url.pathname.slice(prefix.length)));
    if (!file.startsWith(dist)) { res.writeHead(403).end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    fs.readFile(file, (err, body) => {
      if (err) { res.writeHead(404).end(); return; }
      const type = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm',
        '.css': 'text/css', '.svg': 'image/svg+xml' }[path.extname(file)];
      res.writeHead(200, { 'content-type': type || 'application/octet-stream' }).end(body);
    });
  });
  return new Promise((resolve) => s.listen(0, '127.0.0.1', () => resolve({
    url: `http://127.0.0.1:${s.address().port}${prefix}`,
    close: () => new Promise((r) => { s.closeAllConnections(); s.close(r); }),
  })));
}
