// JSON responses that depend only on the data version and the request key are built once,
// serialised once and compressed once; later requests get the same bytes. The ETag is tied to the
// data version, so any write (which bumps it) invalidates every cached entry at once.
import { createHash } from "node:crypto";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import type { Context, TypedResponse } from "hono";
import type { JSONParsed } from "hono/utils/types";

interface Entry {
  version: number | string;
  etag: string;
  raw: Buffer;
  gzip: Buffer;
  br: Buffer;
}

export interface JsonCache {
  respond<T>(
    c: Context,
    key: string,
    version: number | string,
    build: () => T,
  ): Response & TypedResponse<JSONParsed<T>, 200, "json">;
  readonly size: number;
}

/** An LRU cache of precompressed JSON bodies. */
export function createJsonCache(maxEntries = 256): JsonCache {
  const entries = new Map<string, Entry>();

  function entryFor(key: string, version: number | string, build: () => unknown): Entry {
    const hit = entries.get(key);
    if (hit && hit.version === version) {
      entries.delete(key); // re-insert to mark as most recently used
      entries.set(key, hit);
      return hit;
    }
    const raw = Buffer.from(JSON.stringify(build()));
    const hash = createHash("sha1").update(key).digest("base64url").slice(0, 10);
    const entry: Entry = {
      version,
      etag: `W/"${version}-${hash}"`,
      raw,
      gzip: gzipSync(raw, { level: 9 }),
      br: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }),
    };
    entries.delete(key);
    entries.set(key, entry);
    if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
    return entry;
  }

  return {
    get size() {
      return entries.size;
    },
    respond(c, key, version, build) {
      const entry = entryFor(key, version, build);
      const headers: Record<string, string> = {
        ETag: entry.etag,
        Vary: "Accept-Encoding",
        "Cache-Control": "no-cache",
      };
      if (matches(c.req.header("if-none-match"), entry.etag)) {
        return c.body(null, 304, headers) as never;
      }
      headers["Content-Type"] = "application/json; charset=utf-8";
      const encoding = pickEncoding(c.req.header("accept-encoding"));
      if (encoding) headers["Content-Encoding"] = encoding;
      const body = encoding === "br" ? entry.br : encoding === "gzip" ? entry.gzip : entry.raw;
      return c.body(body as unknown as ArrayBuffer, 200, headers) as never;
    },
  };
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
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
