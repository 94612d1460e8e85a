// Conditional GETs: whether a request's If-None-Match names an ETag (the one place that reads the
// header), and the private tags of answers that depend on who asks (/api/internal: presence,
// coverage, the lägesbild). Those never go through the shared JsonCache and its front path; a tag
// of the data version still spares the body when nothing changed.
import { createHash } from "node:crypto";
import type { Context } from "hono";

/** Whether an If-None-Match header names `etag` (weak comparison, `*` matches anything). */
export function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  const bare = etag.replace(/^W\//, "");
  return ifNoneMatch.split(",").some((t) => t.trim().replace(/^W\//, "") === bare);
}

/** Whether the request already holds the body tagged `etag` (answer 304). */
export function isFresh(c: Context, etag: string): boolean {
  return matches(c.req.header("if-none-match"), etag);
}

/** A weak ETag for this URL at this data version (plus anything else the body depends on). */
export function etagOf(c: Context, version: number, extra = ""): string {
  const url = new URL(c.req.url);
  const hash = createHash("sha1")
    .update(`${url.pathname}${url.search}|${extra}`)
    .digest("base64url");
  return `W/"i${version}-${hash.slice(0, 10)}"`;
}

/** The headers of an answer only its asker may keep. */
export const privateCacheHeaders = (etag: string) => ({
  ETag: etag,
  "Cache-Control": "private, no-cache",
});
