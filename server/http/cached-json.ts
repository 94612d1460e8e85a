// JSON responses that depend only on a version and the request key are built once, serialised
// once and compressed once; later requests get the same bytes. For data, the version is the data
// version (bumped by triggers on every write), so a write invalidates every entry at once.
//
// The same bytes are also indexed by request URL for `frontCache` (front-cache.ts), which answers a
// repeated GET before it reaches Hono; that is what lets the map's hot endpoint run near the speed
// of a bare node:http server.
import { createHash } from "node:crypto";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import type { Context, TypedResponse } from "hono";
import type { JSONParsed } from "hono/utils/types";

export type Version = number | string;

export interface CachedBody {
  version: Version;
  /** Reads the version the entry must still match to be served. */
  currentVersion: () => Version;
  etag: string;
  raw: Buffer;
  gzip: Buffer;
  br: Buffer;
}

export interface JsonCache {
  respond<T>(
    c: Context,
    key: string,
    currentVersion: () => Version,
    build: () => T,
  ): Response & TypedResponse<JSONParsed<T>, 200, "json">;
  /** The entry last served for exactly this request URL (path and query), if still fresh. */
  byUrl(url: string): CachedBody | undefined;
  readonly size: number;
}

export const JSON_CONTENT_TYPE = "application/json; charset=utf-8";

/** An LRU cache of precompressed JSON bodies. */
export function createJsonCache(maxEntries = 256): JsonCache {
  const entries = new Map<string, CachedBody>();
  const urls = new Map<string, CachedBody>();

  function remember<K, V>(map: Map<K, V>, key: K, value: V) {
    map.delete(key); // re-insert to mark as most recently used
    map.set(key, value);
    if (map.size > maxEntries) map.delete(map.keys().next().value as K);
  }

  function entryFor(key: string, currentVersion: () => Version, build: () => unknown) {
    const version = currentVersion();
    const hit = entries.get(key);
    if (hit && hit.version === version) return hit;
    const raw = Buffer.from(JSON.stringify(build()));
    const hash = createHash("sha1").update(key).digest("base64url").slice(0, 10);
    const entry: CachedBody = {
      version,
      currentVersion,
      etag: `W/"${version}-${hash}"`,
      raw,
      gzip: gzipSync(raw, { level: 9 }),
      br: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }),
    };
    remember(entries, key, entry);
    return entry;
  }

  return {
    get size() {
      return entries.size;
    },
    byUrl(url) {
      const entry = urls.get(url);
      return entry && entry.currentVersion() === entry.version ? entry : undefined;
    },
    respond(c, key, currentVersion, build) {
      const entry = entryFor(key, currentVersion, build);
      const url = new URL(c.req.url);
      remember(urls, url.pathname + url.search, entry);
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

/** Status, headers and bytes for a cached body, given the request's conditional and encoding headers. */
export function negotiate(
  entry: CachedBody,
  ifNoneMatch: string | undefined,
  acceptEncoding: string | undefined,
): { status: 200 | 304; headers: Record<string, string>; body?: Buffer } {
  if (matches(ifNoneMatch, entry.etag)) {
    return {
      status: 304,
      headers: { ETag: entry.etag, Vary: "Accept-Encoding", "Cache-Control": "no-cache" },
    };
  }
  const encoding = pickEncodingCached(acceptEncoding);
  const body = encoding === "br" ? entry.br : encoding === "gzip" ? entry.gzip : entry.raw;
  const headers: Record<string, string> = {
    ETag: entry.etag,
    Vary: "Accept-Encoding",
    "Cache-Control": "no-cache",
    "Content-Type": JSON_CONTENT_TYPE,
    "Content-Length": String(body.length),
  };
  if (encoding) headers["Content-Encoding"] = encoding;
  return { status: 200, headers, body };
}

// Clients send a handful of distinct Accept-Encoding values; parse each once.
const encodingChoices = new Map<string, "br" | "gzip" | undefined>();
export function pickEncodingCached(acceptEncoding: string | undefined) {
  if (!acceptEncoding) return undefined;
  if (encodingChoices.has(acceptEncoding)) return encodingChoices.get(acceptEncoding);
  const choice = pickEncoding(acceptEncoding);
  if (encodingChoices.size < 64) encodingChoices.set(acceptEncoding, choice);
  return choice;
}

export function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  const bare = etag.replace(/^W\//, "");
  return ifNoneMatch.split(",").some((t) => t.trim().replace(/^W\//, "") === bare);
}

/** br when the client takes it, else gzip, else identity; q=0 excludes a coding. */
export function pickEncoding(acceptEncoding: string | undefined): "br" | "gzip" | undefined {
  if (!acceptEncoding) return undefined;
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    accepted.set(name ?? "", q ? Number(q.slice(2)) : 1);
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get("*") ?? 0) > 0;
  if (ok("br")) return "br";
  if (ok("gzip")) return "gzip";
  return undefined;
}
