// /api/public/*: what anyone may read without logging in (the public map, promise progress, the
// quarterly reports, upcoming sessions as a calendar). Every answer is built by the privacy filter
// (server/privacy/public-view.ts); this file only routes and caches. The answers are the same for
// everyone, so they are cached on the public version (writes to public tables only) and the day.
//
// Bounded staleness: a public answer may be up to PUBLIC_MAX_STALE_MS behind the data (the cache
// serves an entry that young even after a write), so a stream of writes rebuilds each public body
// at most once a second, however fast it comes. Nobody reads the public map right after their own
// write; planners and police read their own endpoints, which are always current.
import { Hono } from "hono";
import { contentTag, type JsonCache } from "../http/cached-json.ts";
import { fieldError, sendError } from "../http/errors.ts";
import { isFresh } from "../http/etag.ts";
import { isQuarter } from "../period/quarters.ts";
import type { PublicProgress } from "../privacy/progress.ts";
import type { PublicView } from "../privacy/public-view.ts";
import type { QuarterReport } from "../privacy/report.ts";

/** How far behind the data a public answer may be (cached-json.ts, `maxStaleMs`). */
export const PUBLIC_MAX_STALE_MS = 1000;
const stale = { maxStaleMs: PUBLIC_MAX_STALE_MS };

export function publicRoutes(view: PublicView, cache: JsonCache) {
  return new Hono()
    .get("/areas", (c) => {
      const day = view.today();
      return cache.respond(c, `public:areas:${day}`, view.version, () => view.areas(day), stale);
    })
    .get("/promises", (c) => {
      const day = view.today();
      if (!view.hasPromises(day))
        return sendError(c, 404, "not_found", "No promise period has been recorded");
      return cache.respond(
        c,
        `public:promises:${day}`,
        view.version,
        () => view.promises(day) as PublicProgress,
        stale,
      );
    })
    .get("/sessions.ics", (c) => {
      const day = view.today();
      const body = view.calendar(day);
      const tag = contentTag(body);
      const headers = { ETag: tag, "Cache-Control": "no-cache" };
      if (isFresh(c, tag)) return c.body(null, 304, headers);
      return c.body(body, 200, {
        ...headers,
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": 'inline; filename="informationstraffar.ics"',
      });
    })
    .get("/reports", (c) => {
      const day = view.today();
      return cache.respond(
        c,
        `public:reports:${day}`,
        view.version,
        () => ({ reports: view.reports(day) }),
        stale,
      );
    })
    .get("/reports/:quarter", (c) => {
      const quarter = c.req.param("quarter");
      if (!isQuarter(quarter)) {
        const fields = [
          fieldError("quarter", "not_quarter", "must be a quarter written YYYY-QN, e.g. 2018-Q4"),
        ];
        return sendError(c, 400, "invalid_path", `quarter: ${fields[0]?.message}`, fields);
      }
      const day = view.today();
      if (!view.reports(day).some((r) => r.quarter === quarter)) {
        const why = `No report for ${quarter}: reports exist for ended quarters of a promise period`;
        return sendError(c, 404, "not_found", why);
      }
      return cache.respond(
        c,
        `public:report:${quarter}:${day}`,
        view.version,
        () => view.report(quarter, day) as QuarterReport,
        stale,
      );
    });
}
