// Loaded by the service worker (importScripts; copied next to sw.js by scripts/service-worker.mjs). The page a
// reader landed on loaded before any worker existed, so the worker never saw it: on activation, each open page
// of the site that is not cached yet is fetched into the pages cache, so that the first page read is there
// offline too (docs/decisions/120). Everything else about caching is Workbox's, configured in that script.
self.addEventListener('activate', (event) => {
  const scope = new URL(self.registration.scope);
  const cacheName = `pages:${scope.pathname}`;
  const warm = async (client) => {
    const url = new URL(client.url);
    url.hash = '';
    if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return;
    const precachedAs = url.pathname.endsWith('/') ? `${url.origin}${url.pathname}index.html` : url.href;
    if ((await caches.match(url.href)) || (await caches.match(precachedAs, { ignoreSearch: true }))) return;
    const response = await fetch(url.href, { credentials: 'same-origin' });
    if (response.status === 200 && (response.headers.get('content-type') ?? '').startsWith('text/html'))
      await (await caches.open(cacheName)).put(url.href, response);
  };
  event.waitUntil(
    self.clients
      .matchAll({ type: 'window', includeUncontrolled: true })
      .then((windows) => Promise.all(windows.map((w) => warm(w).catch(() => undefined)))),
  );
});
