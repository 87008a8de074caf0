// Service worker of a PAR web app (the commune's at `/`, the office's at `/office/`, each with
// its own copy): it keeps every file of one build in a cache, so the app opens and works with no
// network at all. `scripts/sw-precache.sh` (a Trunk post_build hook) replaces the placeholders
// below with the build's file list, a hash of its contents (every release gets a new cache and
// the old one is removed once the new is ready), the app's cache prefix and the folders of other
// apps inside this one's scope, which this worker must leave alone.
// Only same-origin requests are answered; the apps make no other.
"use strict";

const VERSION = "__PAR_VERSION__";
const FILES = __PAR_FILES__;
// `par-app-` (commune) or `par-office-`: each app deletes only its own old caches.
const PREFIX = "__PAR_PREFIX__";
const CACHE = PREFIX + VERSION;
// Folders, relative to the scope, that belong to another app (the commune's scope `/` holds
// the office's `/office/`): never answered here, not even before that app's worker is installed.
const OTHER_APPS = __PAR_OTHER_APPS__;

// A file whose name carries its content's hash (Trunk's main-0123456789abcdef.css,
// par-app-…_bg.wasm, post-build's start-….js) is the same file wherever it comes from: take it
// from the browser's HTTP cache, where the page has just put it, so a first visit downloads
// nothing twice. Every other file is revalidated with the server (a 304 when unchanged), so a
// new release is never cached stale, whatever caching headers the server sends.
// (Trunk writes its hash without leading zeros: 16 hex digits, rarely fewer.)
const HASHED = /-[0-9a-f]{12,16}(_bg)?\.[a-z]+$/;

function precache(cache, file) {
  // The page is the scope's address the user opened (already in the HTTP cache), kept as index.html.
  const address = file === "./index.html" ? "./" : file;
  const request = new Request(address, { cache: HASHED.test(file) ? "force-cache" : "no-cache" });
  return fetch(request).then((response) => {
    if (!response.ok) {
      throw new Error(file + ": " + response.status);
    }
    return cache.put(file, response);
  });
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => Promise.all(FILES.map((file) => precache(cache, file))))
      // A new release takes over at once: the open page keeps running the code it loaded (its
      // draft is untouched) and is told a new version is ready; the next visit uses it.
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) {
    return;
  }
  const scope = new URL(self.registration.scope).pathname;
  if (OTHER_APPS.some((folder) => url.pathname.startsWith(scope + folder))) {
    return;
  }
  if (request.mode === "navigate") {
    // Any other page address in the scope (`/`, `/?demo`) is the app's one page.
    event.respondWith(
      caches
        .open(CACHE)
        .then((cache) => cache.match("./index.html"))
        .then((cached) => cached || fetch(request)),
    );
    return;
  }
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(request, { ignoreSearch: true }))
      .then((cached) => cached || fetch(request)),
  );
});
