// What a request gets from a cached JSON body: 304 when its ETag matches, else the best encoding
// the client takes among those the entry holds (brotli once made, gzip, raw), with the headers.
import { gzipSync } from "node:zlib";
import type { CachedBody } from "./cached-json.ts";
import { matches } from "./etag.ts";

export const JSON_CONTENT_TYPE = "application/json; charset=utf-8";

/** The stand-in gzip level while the entry's level-6 gzip is being made off the event loop. */
const QUICK_GZIP_LEVEL = 1;

/**
 * The encoding and bytes to send for an entry: brotli if the client takes it and it is ready,
 * else gzip if the client takes it (the level-1 stand-in, made now, if level 6 is not ready),
 * else the raw bytes.
 */
export function pickBody(
  entry: CachedBody,
  acceptEncoding: string | undefined,
): { encoding: "br" | "gzip" | undefined; body: Buffer } {
  const accepted = acceptedCached(acceptEncoding);
  if (accepted.br && entry.br) return { encoding: "br", body: entry.br };
  if (accepted.gzip) {
    entry.gzip ??= gzipSync(entry.raw, { level: QUICK_GZIP_LEVEL });
    return { encoding: "gzip", body: entry.gzip };
  }
  return { encoding: undefined, body: entry.raw };
}

/** The headers of a 200 with these bytes of this entry. */
export function headersFor(
  entry: CachedBody,
  encoding: "br" | "gzip" | undefined,
  body: Buffer,
): Record<string, string> {
  const headers: Record<string, string> = {
    ETag: entry.etag,
    Vary: "Accept-Encoding",
    "Cache-Control": "no-cache",
    "Content-Type": JSON_CONTENT_TYPE,
    "Content-Length": String(body.length),
  };
  if (encoding) headers["Content-Encoding"] = encoding;
  return headers;
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
  const { encoding, body } = pickBody(entry, acceptEncoding);
  return { status: 200, headers: headersFor(entry, encoding, body), body };
}

export interface Accepted {
  br: boolean;
  gzip: boolean;
}
const NOTHING: Accepted = { br: false, gzip: false };

// Clients send a handful of distinct Accept-Encoding values; parse each once.
const acceptedChoices = new Map<string, Accepted>();
function acceptedCached(acceptEncoding: string | undefined): Accepted {
  if (!acceptEncoding) return NOTHING;
  let choice = acceptedChoices.get(acceptEncoding);
  if (!choice) {
    choice = accepts(acceptEncoding);
    if (acceptedChoices.size < 64) acceptedChoices.set(acceptEncoding, choice);
  }
  return choice;
}

/** Which of br and gzip the client takes; q=0 excludes a coding. */
export function accepts(acceptEncoding: string): Accepted {
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    accepted.set(name ?? "", q ? Number(q.slice(2)) : 1);
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get("*") ?? 0) > 0;
  return { br: ok("br"), gzip: ok("gzip") };
}
