// JSON responses that depend only on a version and the request key are built once, serialised
// once and compressed once; later requests get the same bytes. For data, the version is the data
// version (bumped by triggers on every write), so a write invalidates every entry at once.
//
// Which bytes and headers a request gets from an entry is negotiate.ts.
//
// The same bytes are also indexed by request URL for `frontCache` (front-cache.ts), which answers a
// repeated GET before it reaches Hono; that is what lets the map's hot endpoint run near the speed
// of a bare node:http server.
//
// Compression stays off the event loop and out of the request path. A miss builds and serialises
// the body (synchronously: SQLite and JSON.stringify are), answers at once, and hands gzip and
// brotli to zlib's callback API, which runs them in libuv's threadpool; the results land in the
// entry for later requests. Until they do, a client that takes gzip gets a quick level-1 gzip
// (made once per entry, about 0.6 ms for the 72 kB public map), and any other client the raw
// bytes. Every encoding of an entry decodes to the same bytes and carries the same ETag, a hash
// of those bytes: never of the encoding (hence Vary: Accept-Encoding), and never of the data
// version, which would tell a reader when anything at all was written (police presence included).
// A key is built once per version: the entry is stored before the response is sent, so
// concurrent requests for the same key and version share it, and its compression runs once.
//
// Bounded staleness (`maxStaleMs`, used by the public endpoints only): an entry younger than
// `maxStaleMs` is served even when the version has moved on, so a stream of writes rebuilds such
// a key at most once per `maxStaleMs` however fast they come. A served body therefore never lacks
// a write older than `maxStaleMs`: it was built after every earlier write. The ETag stays the
// served entry's own version. Without `maxStaleMs` (every protected endpoint), an entry is served
// only while its version is current, so a planner sees their own write on the next read.
import { createHash } from "node:crypto";
import {
  brotliCompress,
  brotliCompressSync,
  constants,
  gzip as gzipAsync,
  gzipSync,
} from "node:zlib";
import type { Context, TypedResponse } from "hono";
import type { JSONParsed } from "hono/utils/types";
import { negotiate } from "./negotiate.ts";

export type Version = number | string;

export interface CachedBody {
  key: string;
  version: Version;
  /** Reads the version the entry must still match to be served (outside its stale window). */
  currentVersion: () => Version;
  etag: string;
  raw: Buffer;
  /** Level 6 once the threadpool is done; a level-1 stand-in if a client asked before that. */
  gzip?: Buffer;
  /** Quality 5, once the threadpool is done. */
  br?: Buffer;
  /** When the build read the data (the cache's clock, ms). */
  builtAt: number;
  /** How long after `builtAt` the entry may be served though the version has changed; 0: never. */
  maxStaleMs: number;
}

export interface RespondOptions {
  /**
   * Serve the entry for up to this many ms after it was built even if the version has changed,
   * so rebuilds happen at most once per this interval. Only for public data whose readers accept
   * being this far behind; never for a response someone reads right after their own write.
   */
  maxStaleMs?: number;
}

export interface JsonCache {
  respond<T>(
    c: Context,
    key: string,
    currentVersion: () => Version,
    build: () => T,
    options?: RespondOptions,
  ): Response & TypedResponse<JSONParsed<T>, 200, "json">;
  /**
   * The entry last served for exactly this request URL (path and query) to a caller of this
   * kommun scope (scopeKey of the kommuner they work for; "" for the public), if still servable.
   */
  byUrl(url: string, scope?: string): CachedBody | undefined;
  /** Resolves once no compression is running (for tests and benchmarks). */
  idle(): Promise<void>;
  readonly size: number;
}

export interface JsonCacheOptions {
  maxEntries?: number;
  /** The clock for `builtAt` and the stale window, ms. */
  now?: () => number;
}

// gzip 6 and brotli 5 come within 0.2 % of gzip 9 and brotli 9 on the public map's body, at
// about a tenth of the CPU (3.1 + 2.1 ms against 13.9 + 28.7 ms for 72 kB on the project's machine).
export const GZIP_LEVEL = 6;
export const BROTLI_QUALITY = 5;
/** Bodies up to this size are compressed at once: a threadpool round trip would cost more. */
const SYNC_COMPRESS_BYTES = 4096;

/** The cache's name for a caller's kommuner: "" for the public. */
export const scopeKey = (kommuner: readonly string[]) => kommuner.join(",");

/** A weak ETag naming the bytes of a body: the same bytes, the same tag, whatever was written. */
export function contentTag(raw: Buffer | string): string {
  return `W/"${createHash("sha1").update(raw).digest("base64url").slice(0, 22)}"`;
}

/** An LRU cache of precompressed JSON bodies. */
export function createJsonCache(options: number | JsonCacheOptions = {}): JsonCache {
  const { maxEntries = 256, now = () => performance.now() } =
    typeof options === "number" ? { maxEntries: options } : options;
  const entries = new Map<string, CachedBody>();
  const urls = new Map<string, CachedBody>();
  let running = 0;
  let waiters: (() => void)[] = [];

  function remember<K, V>(map: Map<K, V>, key: K, value: V) {
    map.delete(key); // re-insert to mark as most recently used
    map.set(key, value);
    if (map.size > maxEntries) map.delete(map.keys().next().value as K);
  }

  /** Young enough to be served whatever the version is now. */
  const withinStaleWindow = (entry: CachedBody) =>
    entry.maxStaleMs > 0 && now() - entry.builtAt < entry.maxStaleMs;

  function finished() {
    running--;
    if (running > 0) return;
    const ready = waiters;
    waiters = [];
    for (const resolve of ready) resolve();
  }

  function compress(entry: CachedBody) {
    const { raw } = entry;
    const brParams = {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
      },
    };
    if (raw.length <= SYNC_COMPRESS_BYTES) {
      entry.gzip = gzipSync(raw, { level: GZIP_LEVEL });
      entry.br = brotliCompressSync(raw, brParams);
      return;
    }
    running += 2;
    gzipAsync(raw, { level: GZIP_LEVEL }, (err, out) => {
      if (err) console.error(`gzip of cached ${entry.key} failed: ${err.message}`);
      else entry.gzip = out;
      finished();
    });
    brotliCompress(raw, brParams, (err, out) => {
      if (err) console.error(`brotli of cached ${entry.key} failed: ${err.message}`);
      else entry.br = out;
      finished();
    });
  }

  function entryFor(
    key: string,
    currentVersion: () => Version,
    build: () => unknown,
    maxStaleMs: number,
  ) {
    const hit = entries.get(key);
    if (hit && withinStaleWindow(hit)) return hit;
    const version = currentVersion();
    if (hit && hit.version === version) return hit;
    // The data is read now, so the stale window counts from here, not from the end of the build.
    const builtAt = now();
    const raw = Buffer.from(JSON.stringify(build()));
    const entry: CachedBody = {
      key,
      version,
      currentVersion,
      etag: contentTag(raw),
      raw,
      builtAt,
      maxStaleMs,
    };
    remember(entries, key, entry);
    compress(entry);
    return entry;
  }

  return {
    get size() {
      return entries.size;
    },
    byUrl(url, scope = "") {
      const entry = urls.get(`${scope}|${url}`);
      if (!entry) return undefined;
      // A stale entry only while it is still the key's latest (another URL may have rebuilt it).
      if (withinStaleWindow(entry) && entries.get(entry.key) === entry) return entry;
      return entry.currentVersion() === entry.version ? entry : undefined;
    },
    idle() {
      return running === 0 ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve));
    },
    respond(c, key, currentVersion, build, options) {
      // What a caller sees depends on the kommuner they work for: the entry and its URL index
      // are kept apart per scope, so no answer built for one kommun is ever served to another.
      const scope = scopeKey(c.get("kommuner") ?? []);
      const entry = entryFor(`${scope}|${key}`, currentVersion, build, options?.maxStaleMs ?? 0);
      const url = new URL(c.req.url);
      remember(urls, `${scope}|${url.pathname}${url.search}`, entry);
      const answer = negotiate(
        entry,
        c.req.header("if-none-match"),
        c.req.header("accept-encoding"),
      );
      if (!answer.body) return c.body(null, 304, answer.headers) as never;
      // Hono types a body as ArrayBuffer; a Buffer is what node-server writes fastest.
      return c.body(answer.body as unknown as ArrayBuffer, 200, answer.headers) as never;
    },
  };
}
