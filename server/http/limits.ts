// A size limit on every request body sent to the API. The file uploads (CSV and GeoJSON imports,
// boundary files, presence logs) have their own, larger limits beside their routes and are left
// to those; every other write is a small JSON document.
import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { sendError } from "./errors.ts";

export const MAX_JSON_BYTES = 1024 * 1024;

/** Paths whose routes set their own upload limit. */
const UPLOADS = [
  /^\/api\/imports\/[^/]+\/(preview|commit)$/,
  /^\/api\/area-boundaries\/preview$/,
  /^\/api\/internal\/presence\/import$/,
];

export function jsonBodyLimit(maxSize = MAX_JSON_BYTES): MiddlewareHandler {
  const limit = bodyLimit({
    maxSize,
    onError: (c) =>
      sendError(
        c,
        413,
        "payload_too_large",
        `A request body may be at most ${maxSize / 1024 / 1024} MB`,
        [{ field: "(body)", message: "too large" }],
      ),
  });
  return (c, next) => {
    if (c.req.method === "GET" || c.req.method === "HEAD") return next();
    if (UPLOADS.some((re) => re.test(c.req.path))) return next();
    return limit(c, next);
  };
}
