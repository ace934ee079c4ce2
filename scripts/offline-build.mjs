// Trunk post-build hook (see Trunk.toml): seals the staged build for offline use.
//  1. The Content-Security-Policy in index.html allows scripts only from the page's own
//     files; Trunk's loader is an inline <script>, so its SHA-256 replaces the
//     'sha256-INLINE-SCRIPTS' placeholder (one hash per inline script).
//  2. The service worker (sw.js) gets the list of every built file to precache and a
//     version (a hash of that list and of the files), so a new build replaces the old cache.
//     Files the page loads after first paint (LATER: the small-places tier) are listed
//     apart, so the offline copy of the page does not hang on them.
// Runs in the staging directory Trunk names in TRUNK_STAGING_DIR (or the folder given).
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2];
if (!dir) { console.error('offline-build: no TRUNK_STAGING_DIR'); process.exit(2); }
const indexPath = path.join(dir, 'index.html');
let html = fs.readFileSync(indexPath, 'utf8');

const PLACEHOLDER = "'sha256-INLINE-SCRIPTS'";
const hashes = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)]
  .filter((m) => !/\bsrc\s*=/.test(m[0].slice(0, m[0].indexOf('>'))) && m[1].length > 0)
  .map((m) => `'sha256-${crypto.createHash('sha256').update(m[1], 'utf8').digest('base64')}'`);
if (!html.includes(PLACEHOLDER)) { console.error('offline-build: no CSP placeholder in index.html'); process.exit(2); }
html = html.replace(PLACEHOLDER, hashes.join(' ') || "'none'");
fs.writeFileSync(indexPath, html);

const files = fs.readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile())
  .map((e) => path.relative(dir, path.join(e.parentPath ?? e.path, e.name)).split(path.sep).join('/'))
  .filter((f) => f !== 'sw.js' && !f.startsWith('.'))
  .sort();
const LATER = new Set(['smallplaces.tsv']);
const digest = crypto.createHash('sha256');
for (const f of files) digest.update(f).update(fs.readFileSync(path.join(dir, f)));
const version = digest.digest('hex').slice(0, 16);
const swPath = path.join(dir, 'sw.js');
let sw = fs.readFileSync(swPath, 'utf8');
sw = sw.replace(/^const VERSION = .*$/m, `const VERSION = '${version}';`)
  .replace(/^const FILES = .*$/m, `const FILES = ${JSON.stringify(['./', ...files.filter((f) => !LATER.has(f)).map((f) => `./${f}`)])};`)
  .replace(/^const LATER = .*$/m, `const LATER = ${JSON.stringify(files.filter((f) => LATER.has(f)).map((f) => `./${f}`))};`);
fs.writeFileSync(swPath, sw);
console.log(`offline-build: ${hashes.length} inline script hash(es), ${files.length} files precached (${files.filter((f) => LATER.has(f)).length} after the rest), version ${version}`);
