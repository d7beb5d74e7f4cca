// e-Office service worker: the pages, scans and app files a person opened stay readable offline.
// Plain JavaScript served from public/ (no build step): it only caches at run time, so it needs no
// precache manifest. Actions are not queued here but in the page (lib/offline), where the person
// sees them wait; this worker never touches a POST.
const VERSION = 'v1';
const PAGES = `halaman-${VERSION}`;
const FILES = `berkas-${VERSION}`;
const STATIC = `statis-${VERSION}`;
const OFFLINE_PAGE = '/luring.html';

// Immutable build output and assets: served from the cache once fetched.
const STATIC_PATH = /^\/(_next\/static\/|icons\/|pdfjs\/worker$|favicon\.ico$|apple-touch-icon\.png$|manifest\.webmanifest$)/;
// A letter's scan (pdf.js fetches it whole): network first, the cached copy offline.
const FILE_PATH = /^\/berkas\/[^/]+$/;
// Never cached: sign-in, sessions and every JSON endpoint.
const NEVER = /^\/(api\/|masuk|keluar|unduh\/)/;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(STATIC).then((cache) => cache.add(new Request(OFFLINE_PAGE, { cache: 'reload' }))).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  const keep = new Set([PAGES, FILES, STATIC]);
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => !keep.has(n)).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  // Sign-out: the next person on a shared phone must not read the last one's letters offline.
  if (event.data?.type === 'lupakan') {
    diubah.clear();
    event.waitUntil(Promise.all([caches.delete(PAGES), caches.delete(FILES)]));
  }
  // The first page, loaded before this worker took control: its files and HTML, kept now.
  if (event.data?.type === 'simpan' && Array.isArray(event.data.urls)) event.waitUntil(keepLoaded(event.data.urls));
});

async function keepLoaded(urls) {
  const cache = await caches.open(STATIC);
  for (const href of urls.slice(0, 200)) {
    const url = new URL(href, self.location.origin);
    if (url.origin !== self.location.origin || NEVER.test(url.pathname)) continue;
    if (STATIC_PATH.test(url.pathname)) {
      if (!(await cache.match(url.href))) await cache.add(url.href).catch(() => undefined);
    } else if (!FILE_PATH.test(url.pathname)) {
      await keepPageHtml(url.href);
    }
  }
}

/**
 * How long a kept page counts as fresh: a tap on it within this time keeps no new copy. Keeping one
 * renders the page a second time on the server (its HTML beside the tap's RSC answer), and a person
 * goes back and forth between the inbox and its letters: every tap cost two renders.
 */
const KEPT_FRESH_MS = 5 * 60 * 1000;

/**
 * Pages a server action was sent from since their copy was kept (the action changed what they
 * show): the next tap keeps them again however fresh. In memory only: a worker started afresh
 * forgets them, and its copies are at most KEPT_FRESH_MS old.
 */
const diubah = new Set();

/** Whether a tap on this page should keep its HTML: none kept, kept a while ago, or acted on since. */
async function perluDisimpan(url) {
  if (diubah.has(url)) return true;
  const kept = await (await caches.open(PAGES)).match(url, { ignoreVary: true });
  const age = Date.now() - Number(kept?.headers.get(DISIMPAN) ?? NaN);
  return !(age >= 0 && age < KEPT_FRESH_MS);
}

/**
 * When this phone kept the copy, by its own clock (the server's Date against a phone's clock an
 * hour behind would keep a copy fresh for an hour).
 */
const DISIMPAN = 'X-Disimpan-Pada';

function bertanggal(response) {
  const headers = new Headers(response.headers);
  headers.set(DISIMPAN, String(Date.now()));
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

/** Keeps a good answer: same origin, 200, not a redirect to the sign-in page. */
function cacheable(response) {
  return response.ok && response.status === 200 && response.type === 'basic' && !response.redirected;
}

async function networkFirst(request, cacheName, fallback) {
  const cache = await caches.open(cacheName);
  try {
    const response = await fetch(request);
    if (cacheable(response)) {
      await cache.put(request.url, cacheName === PAGES ? bertanggal(response.clone()) : response.clone());
      diubah.delete(request.url);
    }
    // Signed out (the proxy redirected to /masuk): what this phone kept is no longer theirs.
    if (response.redirected && new URL(response.url).pathname === '/masuk') await caches.delete(PAGES);
    return response;
  } catch (error) {
    const cached = await cache.match(request.url, { ignoreVary: true });
    if (cached) return cacheName === PAGES ? keptPage(cached) : cached;
    if (fallback) {
      const page = await caches.match(fallback, { ignoreVary: true });
      if (page) return keptPage(page);
    }
    throw error;
  }
}

/**
 * A page answered from what the phone kept because the network failed, marked `Server-Timing:
 * luring` so the page says it is offline (components/shell/luring-status.tsx) even where
 * navigator.onLine still claims a network: a network that carries nothing, or a browser that
 * reports online while its requests fail.
 */
function keptPage(response) {
  const headers = new Headers(response.headers);
  headers.append('Server-Timing', 'luring');
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

async function cacheFirst(request) {
  const cache = await caches.open(STATIC);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (cacheable(response)) await cache.put(request, response.clone());
  return response;
}

/**
 * A page opened by tapping a link arrives as a React Server Components payload, which depends on
 * the page it was opened from and cannot be replayed. The page's HTML is fetched once more beside
 * it, so an offline visit (a full load) finds it.
 */
async function keepPageHtml(url) {
  try {
    const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'text/html' } });
    if (cacheable(response) && (response.headers.get('Content-Type') ?? '').includes('text/html')) {
      await (await caches.open(PAGES)).put(url, bertanggal(response));
      diubah.delete(url);
    }
  } catch {
    // Offline or refused: nothing to keep.
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  // A server action is posted to the page it was sent from: that page's copy is kept again on the
  // next tap. The post itself goes to the network untouched.
  if (request.method === 'POST' && request.headers.has('Next-Action') && url.origin === self.location.origin) diubah.add(halaman(url));
  if (request.method !== 'GET') return;
  if (url.origin !== self.location.origin || NEVER.test(url.pathname)) return;

  if (STATIC_PATH.test(url.pathname)) {
    event.respondWith(cacheFirst(request));
    return;
  }
  if (FILE_PATH.test(url.pathname)) {
    event.respondWith(networkFirst(request, FILES));
    return;
  }
  if (request.mode === 'navigate') {
    event.respondWith(networkFirst(request, PAGES, OFFLINE_PAGE));
    return;
  }
  // A client-side navigation (not a prefetch): keep the page's HTML for offline reading, unless a
  // fresh copy is kept already.
  if (request.headers.get('RSC') === '1' && !request.headers.has('Next-Router-Prefetch') && navigator.onLine) {
    const page = halaman(url);
    event.waitUntil(perluDisimpan(page).then((perlu) => (perlu ? keepPageHtml(page) : undefined)));
  }
});

/** The page an RSC request or a server action is for: its address without the router's _rsc. */
function halaman(url) {
  const page = new URL(url.pathname + url.search, url.origin);
  page.searchParams.delete('_rsc');
  return page.href;
}

// A push message's link when it is a page of this app, else null: "//host", "/\host" and
// "/<tab>/host" (a browser drops the tab) are another site. A copy of halamanAplikasi
// (lib/domain/input/halaman-aplikasi.ts), which a service worker cannot import.
function halamanAplikasi(tautan) {
  if (typeof tautan !== 'string' || !tautan.startsWith('/') || tautan.startsWith('//') || /[\u0000-\u0020\u007f\\]/.test(tautan)) return null;
  try {
    const url = new URL(tautan, self.location.origin);
    const halaman = url.pathname + url.search + url.hash;
    return url.origin === self.location.origin && !halaman.startsWith('//') ? halaman : null;
  } catch {
    return null;
  }
}

// Web Push (lib/push/send-web-push.ts sends { judul, pesan, tautan }): shown as a notification;
// tapping it opens the letter, in the app's window when one is open.
self.addEventListener('push', (event) => {
  let data = {};
  try {
    data = event.data ? event.data.json() : {};
  } catch {
    data = { pesan: event.data?.text() };
  }
  const tautan = halamanAplikasi(data.tautan) ?? '/notifikasi';
  event.waitUntil(
    self.registration.showNotification(data.judul || 'e-Office', {
      body: data.pesan || '',
      icon: '/icons/icon-192.png',
      badge: '/icons/maskable-192.png',
      lang: 'id',
      tag: tautan,
      data: { tautan },
    }),
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = new URL(halamanAplikasi(event.notification.data?.tautan) ?? '/notifikasi', self.location.origin).href;
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
      const open = windows.find((w) => new URL(w.url).origin === self.location.origin);
      if (open) return open.navigate(url).then((w) => (w ?? open).focus());
      return self.clients.openWindow(url);
    }),
  );
});
