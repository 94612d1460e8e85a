// Small HTTP helpers for the /api/internal routes. These responses will depend on who asks (the
// accounts issue adds a role check on /api/internal), so they never go through the shared JsonCache
// and its front path; an ETag of the data version still spares the body when nothing changed.
import { createHash } from "node:crypto";
import type { Context } from "hono";
import { matches } from "../http/negotiate.ts";

/** A weak ETag for this URL at this data version (plus anything else the body depends on). */
export function etagOf(c: Context, version: number, extra = ""): string {
  const url = new URL(c.req.url);
  const hash = createHash("sha1")
    .update(`${url.pathname}${url.search}|${extra}`)
    .digest("base64url");
  return `W/"i${version}-${hash.slice(0, 10)}"`;
}

export function isFresh(c: Context, etag: string): boolean {
  return matches(c.req.header("if-none-match"), etag);
}

export const cacheHeaders = (etag: string) => ({
  ETag: etag,
  "Cache-Control": "private, no-cache",
});
