// Limits on every request body sent to the API, checked before the body is parsed. Each route gets
// what it needs (a login is a few hundred bytes; a safe walk with its 10 000-point route and
// findings up to 1 MB), so nobody can make the server parse a megabyte where a line will do. A body
// within its size is then scanned for nesting before JSON.parse: no write nests deeper than a few
// levels, and a megabyte of `[[[[…` costs the event loop far more to parse and free than to scan.
// The file uploads (CSV and GeoJSON imports, boundary files, presence logs) have their own, larger
// limits beside their routes and are left to those.
import type { Context, MiddlewareHandler, Next } from "hono";
import { bodyLimit } from "hono/body-limit";
import { fieldError, sendError } from "./errors.ts";

const KB = 1024;

/** The size limit of the first rule whose path prefix matches; DEFAULT_BODY_BYTES otherwise. */
export const BODY_LIMITS: readonly { prefix: string; bytes: number }[] = [
  { prefix: "/api/auth", bytes: 4 * KB },
  { prefix: "/api/admin", bytes: 16 * KB },
  { prefix: "/api/visits", bytes: 1024 * KB },
  { prefix: "/api/internal/presence", bytes: 512 * KB },
  { prefix: "/api/internal/lagesbild", bytes: 512 * KB },
];
export const DEFAULT_BODY_BYTES = 64 * KB;
/** The deepest nesting of arrays and objects a body may have; the deepest write (a route) has 4. */
export const MAX_JSON_DEPTH = 16;

/** Paths whose routes set their own upload limit. */
const UPLOADS = [
  /^\/api\/imports\/[^/]+\/(preview|commit)$/,
  /^\/api\/area-boundaries\/preview$/,
  /^\/api\/internal\/presence\/import$/,
];

export function bodyLimitFor(path: string): number {
  const rule = BODY_LIMITS.find((r) => path === r.prefix || path.startsWith(`${r.prefix}/`));
  return rule?.bytes ?? DEFAULT_BODY_BYTES;
}

const sizeText = (bytes: number) =>
  bytes >= 1024 * KB ? `${bytes / 1024 / KB} MB` : `${bytes / KB} kB`;

/**
 * True when `text` nests arrays and objects deeper than `max`, found without parsing: brackets
 * inside strings are skipped. Linear in the text, and stops at the first level too deep.
 */
export function nestedDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      // A backslash escapes the next character; a quote ends the string.
      if (ch === 0x5c) i++;
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x5b || ch === 0x7b) {
      if (++depth > max) return true;
    } else if (ch === 0x5d || ch === 0x7d) depth--;
  }
  return false;
}

const limiters = new Map<number, MiddlewareHandler>();
function sizeLimit(maxSize: number): MiddlewareHandler {
  let limit = limiters.get(maxSize);
  if (!limit) {
    limit = bodyLimit({
      maxSize,
      onError: (c) =>
        sendError(
          c,
          413,
          "payload_too_large",
          `A request body to ${c.req.path} may be at most ${sizeText(maxSize)}`,
          [fieldError("(body)", "too_large", "too large")],
        ),
    });
    limiters.set(maxSize, limit);
  }
  return limit;
}

/** The size limit of the route, then the nesting check, for every API write but the uploads. */
export function jsonBodyLimit(): MiddlewareHandler {
  const depth = async (c: Context, next: Next): Promise<void> => {
    // Read once here; the route's validator parses the same text (Hono keeps the body).
    const text = await c.req.text();
    if (nestedDeeperThan(text, MAX_JSON_DEPTH)) {
      const message = `the request body nests deeper than ${MAX_JSON_DEPTH} levels`;
      const fields = [fieldError("(body)", "too_large", message, { depth: MAX_JSON_DEPTH })];
      c.res = sendError(c, 400, "invalid_body", message, fields);
      return;
    }
    await next();
  };
  return (c, next) => {
    if (c.req.method === "GET" || c.req.method === "HEAD") return next();
    if (UPLOADS.some((re) => re.test(c.req.path))) return next();
    return sizeLimit(bodyLimitFor(c.req.path))(c, () => depth(c, next));
  };
}
