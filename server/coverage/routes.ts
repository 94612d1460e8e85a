// /api/internal/coverage: the area × band heat table, gaps, one area's year, settings, recompute.
import { Hono } from "hono";
import { z } from "zod";
import { createAuditLog } from "../audit/log.ts";
import type { Db } from "../db/open.ts";
import { actorOf, remoteOf } from "../http/actor.ts";
import { describeFields, fieldError, sendError } from "../http/errors.ts";
import { etagOf, isFresh, privateCacheHeaders } from "../http/etag.ts";
import { validJson, validQuery } from "../http/validate.ts";
import { intParam } from "../internal/params.ts";
import type { MetaRepo } from "../meta/repo.ts";
import { addDays } from "../period/dates.ts";
import { periodParams, resolvePeriod } from "../period/period.ts";
import type { CoverageEngine } from "./engine.ts";
import { createCoverageRepo } from "./repo.ts";
import { settingsSchema } from "./settings.ts";
import { areaTable, gapsOf, heatSpan, heatTable } from "./tables.ts";
import type {
  AreaHeatTable,
  CoverageGaps,
  CoverageSettingsBody,
  CoverageTable,
  SettingsChange,
} from "./types.ts";

const tableQuery = z.strictObject({ ...periodParams, band: z.string().min(1).optional() });
const gapsQuery = z.strictObject({
  to: periodParams.to,
  days: intParam("days", 1, 366).default(14),
});
const yearQuery = z.strictObject({ year: intParam("year", 2000, 2099).optional() });

export function coverageRoutes(db: Db, meta: MetaRepo, coverage: CoverageEngine) {
  const repo = createCoverageRepo(db);
  const audit = createAuditLog(db);

  function settingsBody(): CoverageSettingsBody {
    const { settings, bands } = coverage.rules();
    return { ...settings, bands: bands.defs.map(({ index: _i, ...b }) => b) };
  }

  return new Hono()
    .get("/", validQuery(tableQuery), (c) => {
      const q = c.req.valid("query");
      const resolved = resolvePeriod(q, meta.dataRange(c.get("kommuner")).to);
      if (!resolved.ok) return sendError(c, 400, "invalid_query", resolved.message, [resolved]);
      coverage.ensureFresh();
      const { bands } = coverage.rules();
      const band = q.band === undefined ? undefined : bands.byKey.get(q.band);
      if (q.band !== undefined && !band) {
        const keys = bands.defs.map((b) => b.key).join(", ");
        const message = `unknown band '${q.band}'; one of ${keys}`;
        const fields = [
          fieldError("band", "unknown_band", message, { band: q.band, options: keys }),
        ];
        return sendError(c, 400, "invalid_query", describeFields(fields), fields);
      }
      const tag = etagOf(c, meta.version());
      if (isFresh(c, tag)) return c.body(null, 304, privateCacheHeaders(tag));
      const { period } = resolved;
      const selected = band ? [band] : bands.defs;
      const body: CoverageTable = {
        period,
        settings: settingsBody(),
        bands: selected.map((b) => b.key),
        areas: areaTable(repo.areaNames(), repo.byAreaBand(period.from, period.to), selected),
      };
      return c.json(body, 200, privateCacheHeaders(tag));
    })
    .get("/gaps", validQuery(gapsQuery), (c) => {
      const q = c.req.valid("query");
      coverage.ensureFresh();
      const tag = etagOf(c, meta.version());
      if (isFresh(c, tag)) return c.body(null, 304, privateCacheHeaders(tag));
      const to = q.to ?? meta.dataRange(c.get("kommuner")).to;
      const from = addDays(to, 1 - q.days);
      const body: CoverageGaps = {
        from,
        to,
        days: q.days,
        areas: gapsOf(repo.lastEffective(to), from, to),
      };
      return c.json(body, 200, privateCacheHeaders(tag));
    })
    .get("/settings", (c) => c.json(settingsBody(), 200))
    .put("/settings", validJson(settingsSchema), (c) => {
      const settings = c.req.valid("json");
      const before = coverage.rules().settings;
      const recompute = coverage.write(() => {
        const result = coverage.saveSettingsAndRebuild(settings);
        const detail = { before, after: settings, rows: result.rows };
        audit.record({
          actor: actorOf(c),
          action: "update",
          entity: "coverage_settings",
          detail,
          remote: remoteOf(c),
        });
        return result;
      });
      const body: SettingsChange = { settings: settingsBody(), recompute };
      return c.json(body, 200);
    })
    .post("/recompute", (c) => {
      const result = coverage.recompute((r) => {
        const detail = { presences: r.presences, rows: r.rows };
        audit.record({
          actor: actorOf(c),
          action: "recompute",
          entity: "coverage",
          detail,
          remote: remoteOf(c),
        });
      });
      return c.json(result, 200);
    })
    .get("/:areaId", validQuery(yearQuery), (c) => {
      const areaId = c.req.param("areaId");
      const area = repo.area(areaId);
      if (!area) return sendError(c, 404, "not_found", `No area with id '${areaId}'`);
      coverage.ensureFresh();
      const tag = etagOf(c, meta.version());
      if (isFresh(c, tag)) return c.body(null, 304, privateCacheHeaders(tag));
      const year =
        c.req.valid("query").year ?? Number(meta.dataRange(c.get("kommuner")).to.slice(0, 4));
      const span = heatSpan(year);
      const { bands } = coverage.rules();
      const body: AreaHeatTable = {
        area_id: area.id,
        name: area.name,
        year,
        bands: bands.defs.map(({ index: _i, ...b }) => b),
        ...heatTable(repo.areaDays(area.id, span.from, span.to), year, bands.defs),
      };
      return c.json(body, 200, privateCacheHeaders(tag));
    });
}
