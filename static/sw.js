// Service worker of the PAR self-assessment app: it keeps every file of one build in a cache, so
// the app opens and works with no network at all. `scripts/sw-precache.sh` (a Trunk post_build
// hook) replaces the two placeholders below with the build's file list and a hash of its
// contents, so every release gets a new cache and the old one is removed once the new is ready.
// Only same-origin requests are answered; the app makes no other.
"use strict";

const VERSION = "__PAR_VERSION__";
const FILES = __PAR_FILES__;
const CACHE = "par-app-" + VERSION;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: "reload" }))))
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
        Promise.all(keys.filter((k) => k.startsWith("par-app-") && k !== CACHE).map((k) => caches.delete(k))),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) {
    return;
  }
  if (request.mode === "navigate") {
    // Any page address (`/`, `/?demo`) is the app's one page.
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
