// /api/public/*: what anyone may read without logging in (the public map, promise progress, the
// quarterly reports, upcoming sessions as a calendar). Every answer is built by the privacy filter
// (server/privacy/public-view.ts); this file only routes and caches. The answers are the same for
// everyone, so they are cached on the public version (writes to public tables only) and the day.
//
// Bounded staleness: a public answer may be up to PUBLIC_MAX_STALE_MS behind the data (the cache
// serves an entry that young even after a write), so a stream of writes rebuilds each public body
// at most once a second, however fast it comes. Nobody reads the public map right after their own
// write; planners and police read their own endpoints, which are always current.
import type { Context } from "hono";
import { Hono } from "hono";
import { contentTag, type JsonCache } from "../http/cached-json.ts";
import { fieldError, sendError } from "../http/errors.ts";
import { isFresh } from "../http/etag.ts";
import type { FieldCode } from "../http/field-codes.ts";
import { isQuarter } from "../period/quarters.ts";
import type { PublicProgress } from "../privacy/progress.ts";
import type { PoliceAreaReport } from "../privacy/public-reports.ts";
import { ALL } from "../privacy/public-scope.ts";
import type { PublicView } from "../privacy/public-view.ts";
import type { QuarterReport } from "../privacy/report.ts";

/** Where the police area's own answers are. */
const POLICE_AREA = "/api/public/police-area";

/** How far behind the data a public answer may be (cached-json.ts, `maxStaleMs`). */
export const PUBLIC_MAX_STALE_MS = 1000;
const stale = { maxStaleMs: PUBLIC_MAX_STALE_MS };

/**
 * The kommun a public request is about: `?kommun=1262` (a kommun of this deployment), `all` for the
 * police area as a whole, or `fallback` when not given. A 400 naming the parameter otherwise.
 */
function scopeOf(
  c: Context,
  view: PublicView,
  fallback: string,
):
  | { scope: string; error?: undefined }
  | { error: string; code: "repeated_parameter" | "not_one_of" } {
  const all = c.req.queries("kommun") ?? [];
  const raw = all[0];
  if (raw === undefined || (raw === "" && all.length === 1)) return { scope: fallback };
  const codes = view.kommuner().map((k) => k.code);
  let message: string | undefined;
  if (all.length > 1) message = "kommun is given more than once";
  else if (raw !== ALL && !/^\d{4}$/.test(raw))
    message = `kommun must be a kommun code of four digits (${codes.join(", ")}) or "all"`;
  else if (raw !== ALL && !codes.includes(raw))
    message = `kommun ${raw} is not one of this deployment's kommuner (${codes.join(", ")})`;
  if (message === undefined) return { scope: raw };
  return { error: message, code: all.length > 1 ? "repeated_parameter" : "not_one_of" };
}

/** The 400 for a bad `?kommun=`, naming the parameter. */
const badKommun = (c: Context, asked: { error: string; code: FieldCode }) =>
  sendError(c, 400, "invalid_query", `kommun: ${asked.error}`, [
    fieldError("kommun", asked.code, asked.error),
  ]);

export function publicRoutes(view: PublicView, cache: JsonCache) {
  return (
    new Hono()
      .get("/areas", (c) => {
        // Without `?kommun=`: every area of the deployment, each naming its kommun.
        const asked = scopeOf(c, view, ALL);
        if (asked.error !== undefined) return badKommun(c, asked);
        const { scope } = asked;
        const day = view.today();
        return cache.respond(
          c,
          `public:areas:${scope}:${day}`,
          view.version,
          () => view.areas(day, scope),
          stale,
        );
      })
      .get("/promises", (c) => {
        const asked = scopeOf(c, view, view.defaultKommun());
        if (asked.error !== undefined) return badKommun(c, asked);
        const { scope } = asked;
        const day = view.today();
        if (scope === ALL) return c.redirect(`${POLICE_AREA}`, 302);
        if (!view.hasPromises(day, scope)) {
          const name = view.kommuner().find((k) => k.code === scope)?.name ?? scope;
          return sendError(c, 404, "not_found", `No promise period has been recorded for ${name}`);
        }
        // `?period=<id>`: an earlier (or any begun) period of the kommun; default its current one.
        const periods = c.req.queries("period") ?? [];
        if (periods.length > 1) {
          const message = "period is given more than once";
          return sendError(c, 400, "invalid_query", message, [
            fieldError("period", "repeated_parameter", message),
          ]);
        }
        const rawPeriod = periods[0];
        const period = rawPeriod === undefined ? undefined : Number(rawPeriod);
        if (
          period !== undefined &&
          !(/^[1-9]\d{0,8}$/.test(rawPeriod ?? "") && view.isPublishedPeriod(day, scope, period))
        ) {
          const message = `period must be the id of one of the kommun's published promise periods`;
          return sendError(c, 400, "invalid_query", `period: ${message}`, [
            fieldError("period", "unknown_period", message, { id: rawPeriod ?? "" }),
          ]);
        }
        return cache.respond(
          c,
          `public:promises:${scope}:${period ?? "current"}:${day}`,
          view.version,
          () => view.promises(day, scope, period) as PublicProgress,
          stale,
        );
      })
      .get("/sessions.ics", (c) => {
        const asked = scopeOf(c, view, view.defaultKommun());
        if (asked.error !== undefined) return badKommun(c, asked);
        const { scope } = asked;
        const day = view.today();
        const body = view.calendar(day, scope);
        const tag = contentTag(body);
        const headers = { ETag: tag, "Cache-Control": "no-cache" };
        if (isFresh(c, tag)) return c.body(null, 304, headers);
        const file = scope === view.defaultKommun() ? "" : `-${scope}`;
        return c.body(body, 200, {
          ...headers,
          "Content-Type": "text/calendar; charset=utf-8",
          "Content-Disposition": `inline; filename="informationstraffar${file}.ics"`,
        });
      })
      .get("/reports", (c) => {
        const asked = scopeOf(c, view, view.defaultKommun());
        if (asked.error !== undefined) return badKommun(c, asked);
        const { scope } = asked;
        const day = view.today();
        if (scope === ALL) return c.redirect(`${POLICE_AREA}/reports`, 302);
        return cache.respond(
          c,
          `public:reports:${scope}:${day}`,
          view.version,
          () => ({ kommun: scope, reports: view.reports(day, scope) }),
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
        const asked = scopeOf(c, view, view.defaultKommun());
        if (asked.error !== undefined) return badKommun(c, asked);
        const { scope } = asked;
        if (scope === ALL) return c.redirect(`${POLICE_AREA}/reports/${quarter}`, 302);
        const day = view.today();
        if (!view.reports(day, scope).some((r) => r.quarter === quarter)) {
          const why = `No report for ${quarter}: reports exist for ended quarters of a promise period`;
          return sendError(c, 404, "not_found", why);
        }
        return cache.respond(
          c,
          `public:report:${scope}:${quarter}:${day}`,
          view.version,
          () => view.report(quarter, day, scope) as QuarterReport,
          stale,
        );
      })
      // The police area as a whole (`?kommun=all` on /promises and /reports leads here).
      .get("/police-area", (c) => {
        const day = view.today();
        return cache.respond(
          c,
          `public:police-area:${day}`,
          view.version,
          () => view.policeArea(day),
          stale,
        );
      })
      .get("/police-area/reports", (c) => {
        const day = view.today();
        return cache.respond(
          c,
          `public:police-area:reports:${day}`,
          view.version,
          () => ({ kommun: ALL, reports: view.policeAreaReports(day) }),
          stale,
        );
      })
      .get("/police-area/reports/:quarter", (c) => {
        const quarter = c.req.param("quarter");
        if (!isQuarter(quarter)) {
          const fields = [
            fieldError("quarter", "not_quarter", "must be a quarter written YYYY-QN, e.g. 2018-Q4"),
          ];
          return sendError(c, 400, "invalid_path", `quarter: ${fields[0]?.message}`, fields);
        }
        const day = view.today();
        if (!view.policeAreaReports(day).some((r) => r.quarter === quarter)) {
          const why = `No report for ${quarter}: no kommun has a promise period covering it`;
          return sendError(c, 404, "not_found", why);
        }
        return cache.respond(
          c,
          `public:police-area:report:${quarter}:${day}`,
          view.version,
          () => view.policeAreaReport(quarter, day) as PoliceAreaReport,
          stale,
        );
      })
  );
}
