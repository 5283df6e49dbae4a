// The calculator's service worker (generated from web/sw-template.js by
// scripts/make-sw.mjs at build time: the file list and version below are filled in).
// Precaches the whole build, serves it cache-first, drops old caches on activate, and
// waits to take over until the page asks (the page shows "a new version is available").
const VERSION = '__VERSION__';
const CACHE = `crm-roi-${VERSION}`;
const FILES = __FILES__;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('crm-roi-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'crm-roi:skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      // The page itself is looked up without its query (?lang=, ?embed=1 …).
      const key = request.mode === 'navigate' ? './' : request;
      const hit = await cache.match(key, { ignoreSearch: request.mode === 'navigate' });
      return hit ?? fetch(request);
    }),
  );
});
