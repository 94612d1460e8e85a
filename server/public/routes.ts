// /api/public/*: what anyone may read without logging in (the public map, promise progress, the
// quarterly reports). Built from the same data as the planners' endpoints, minus everything the
// privacy rules keep out. The answers are the same for everyone, so they are cached; the cache
// version includes today's date, because "upcoming", "ended month" and "ended quarter" move with it.
//
// Bounded staleness: a public answer may be up to PUBLIC_MAX_STALE_MS behind the data (the cache
// serves an entry that young even after a write), so a stream of writes rebuilds each public body
// at most once a second, however fast it comes. Nobody reads the public map right after their own
// write; planners and police read their own endpoints, which are always current.
import { Hono } from "hono";
import type { Db } from "../db/open.ts";
import type { JsonCache } from "../http/cached-json.ts";
import { sendError } from "../http/errors.ts";
import type { MetaRepo } from "../meta/repo.ts";
import { todayUtc } from "../period/dates.ts";
import { createProgressService } from "../promises/service.ts";
import { isQuarter } from "../reports/quarters.ts";
import { createReports, type QuarterReport } from "../reports/report.ts";
import { createPublicAreas } from "./areas.ts";
import { publicPromises } from "./promises.ts";

/** How far behind the data a public answer may be (cached-json.ts, `maxStaleMs`). */
export const PUBLIC_MAX_STALE_MS = 1000;
const stale = { maxStaleMs: PUBLIC_MAX_STALE_MS };

export function publicRoutes(
  db: Db,
  meta: MetaRepo,
  cache: JsonCache,
  clock: () => Date = () => new Date(),
) {
  const areas = createPublicAreas(db);
  const service = createProgressService(db);
  const reports = createReports(db);
  const today = () => todayUtc(clock());
  const version = () => `${meta.version()}:${today()}`;

  return new Hono()
    .get("/areas", (c) => {
      const day = today();
      return cache.respond(c, `public:areas:${day}`, version, () => areas(day), stale);
    })
    .get("/promises", (c) => {
      const day = today();
      const id = service.currentPeriodId(day);
      if (id === undefined)
        return sendError(c, 404, "not_found", "No promise period has been recorded");
      return cache.respond(
        c,
        `public:promises:${day}`,
        version,
        () =>
          publicPromises(
            service.progress(id, day) as NonNullable<ReturnType<typeof service.progress>>,
          ),
        stale,
      );
    })
    .get("/reports", (c) => {
      const day = today();
      return cache.respond(
        c,
        `public:reports:${day}`,
        version,
        () => ({ reports: reports.list(day) }),
        stale,
      );
    })
    .get("/reports/:quarter", (c) => {
      const quarter = c.req.param("quarter");
      if (!isQuarter(quarter)) {
        const fields = [
          { field: "quarter", message: "must be a quarter written YYYY-QN, e.g. 2018-Q4" },
        ];
        return sendError(c, 400, "invalid_path", `quarter: ${fields[0]?.message}`, fields);
      }
      const day = today();
      if (!reports.list(day).some((r) => r.quarter === quarter)) {
        const why = `No report for ${quarter}: reports exist for ended quarters of a promise period`;
        return sendError(c, 404, "not_found", why);
      }
      return cache.respond(
        c,
        `public:report:${quarter}:${day}`,
        version,
        () => reports.report(quarter, day) as QuarterReport,
        stale,
      );
    });
}
