// itinera's service worker: keeps the page's own files so it opens and works offline.
//
// FILES, LATER and VERSION are filled in after each build by scripts/offline-build.mjs (the
// built files have content hashes in their names, so every build is a new version).
// FILES are what the page needs to open: all or nothing. LATER are what it loads after
// first paint (the small-places tier, 5.8 MB): kept too, but a failure to fetch them
// does not stop the rest from working offline (the page then fetches them itself, and
// the fetch handler below keeps them).
// Pages: network first, then the cached copy (a new deployment is seen when online).
// Everything else of the page's own: cache first (hashed names never change content).
// Requests to other origins are never made by the page and are left alone here.
'use strict';

const VERSION = 'dev';
const FILES = ['./'];
const LATER = [];
const CACHE = `itinera-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE)
    .then((c) => c.addAll(FILES).then(() => c.addAll(LATER).catch(() => {})))
    .then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith('itinera-') && k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;
  if (req.mode === 'navigate') {
    // The fragment never reaches here; any query is ignored: there is one page.
    event.respondWith(fetch(req).then((res) => {
      if (res.ok) {
        const copy = res.clone();
        caches.open(CACHE).then((c) => c.put('./', copy));
      }
      return res;
    }).catch(() => caches.match('./', { ignoreSearch: true })
      .then((hit) => hit || new Response('itinera is offline and this page was never loaded here.',
        { status: 503, headers: { 'content-type': 'text/plain; charset=utf-8' } }))));
    return;
  }
  event.respondWith(caches.match(req, { ignoreSearch: true }).then((hit) => hit || fetch(req).then((res) => {
    if (res.ok && res.type === 'basic') {
      const copy = res.clone();
      caches.open(CACHE).then((c) => c.put(req, copy));
    }
    return res;
  })));
});
