// GET /api/exports/areas.csv, /areas.xlsx, /areas.geojson, /visits.csv and /visits.xlsx: the
// figures for a period (and optionally a selection of areas, ?ids=a,b) as files for Excel and GIS
// tools; /watch-groups.{csv,xlsx} and /dna-kits.{csv,xlsx}: the records as the imports read them,
// so they can be edited in Excel and imported again. Planner downloads:
// per-area burglary figures are in them, contact persons are not. Every file holds the caller's
// kommuner only (narrowed by ?kommun=); an area of another kommun in ?ids= is unknown to them.
import type { Context } from "hono";
import { Hono } from "hono";
import { z } from "zod";
import { areaProperties } from "../areas/metrics.ts";
import { createAreaRepo } from "../areas/repo.ts";
import type { AreaCollection } from "../areas/types.ts";
import type { Db } from "../db/open.ts";
import { createDnaKitRepo } from "../dna-kits/repo.ts";
import { dnaKitListQuery } from "../dna-kits/schema.ts";
import { fieldError, sendError } from "../http/errors.ts";
import { validQuery } from "../http/validate.ts";
import type { MetaRepo } from "../meta/repo.ts";
import { type Period, periodParams, resolvePeriod } from "../period/period.ts";
import { createVisitRepo } from "../visits/repo.ts";
import { visitListQuery } from "../visits/schema.ts";
import { createWatchGroupRepo } from "../watch-groups/repo.ts";
import { watchGroupListQuery } from "../watch-groups/schema.ts";
import { CSV_CONTENT_TYPE, toCsv } from "./csv.ts";
import { areaSheet, groupSheet, kitSheet, type Sheet, visitSheet } from "./sheets.ts";
import { toXlsx, XLSX_CONTENT_TYPE } from "./xlsx.ts";

const areaQuery = z.strictObject({
  ...periodParams,
  /** Comma-separated area ids: the current selection. */
  ids: z
    .string()
    .regex(/^[^,]+(,[^,]+)*$/, { message: "ids must be area ids separated by commas" })
    .optional(),
});

export function download(c: Context, body: string | Buffer, type: string, filename: string) {
  return c.body(typeof body === "string" ? body : new Uint8Array(body), 200, {
    "Content-Type": type,
    "Content-Disposition": `attachment; filename="${filename}"`,
    "Cache-Control": "no-store",
  });
}

const csv = (c: Context, sheet: Sheet, filename: string) =>
  download(c, toCsv(sheet.header, sheet.rows), CSV_CONTENT_TYPE, filename);

const xlsx = async (c: Context, sheet: Sheet, tab: string, filename: string) =>
  download(c, await toXlsx([{ name: tab, ...sheet }]), XLSX_CONTENT_TYPE, filename);

export function exportRoutes(db: Db, meta: MetaRepo) {
  const areas = createAreaRepo(db);
  const visits = createVisitRepo(db);
  const groups = createWatchGroupRepo(db);
  const kits = createDnaKitRepo(db);

  /** The areas of the query's period and selection, or the 400 that names what is wrong. */
  function selectedAreas(c: Context, query: z.output<typeof areaQuery>) {
    const resolved = resolvePeriod(query, meta.dataRange(c.get("kommuner")).to);
    if (!resolved.ok) {
      return { error: sendError(c, 400, "invalid_query", resolved.message, [resolved]) };
    }
    const { period } = resolved;
    const all = areas.listWithCounts(period, c.get("kommuner"));
    const ids = query.ids?.split(",").map((id) => id.trim());
    const unknown = ids?.filter((id) => !all.some((a) => a.row.id === id)) ?? [];
    if (unknown.length > 0) {
      const message = `no area with id ${unknown.map((id) => `'${id}'`).join(", ")}`;
      const fields = [fieldError("ids", "unknown_area", message, { area_id: unknown.join(", ") })];
      return { error: sendError(c, 400, "invalid_query", message, fields) };
    }
    const chosen = ids ? all.filter((a) => ids.includes(a.row.id)) : all;
    return { period, chosen };
  }

  const name = (what: string, p: Period, ext: string) =>
    `grannkoll-${what}-${p.from}--${p.to}.${ext}`;

  return new Hono()
    .get("/areas.csv", validQuery(areaQuery), (c) => {
      const found = selectedAreas(c, c.req.valid("query"));
      if (found.error) return found.error;
      const { period, chosen } = found;
      const props = chosen.map((a) => areaProperties(a.row, a.counts, period));
      return csv(c, areaSheet(props, period), name("omraden", period, "csv"));
    })
    .get("/areas.xlsx", validQuery(areaQuery), async (c) => {
      const found = selectedAreas(c, c.req.valid("query"));
      if (found.error) return found.error;
      const { period, chosen } = found;
      const props = chosen.map((a) => areaProperties(a.row, a.counts, period));
      return xlsx(c, areaSheet(props, period), "Områden", name("omraden", period, "xlsx"));
    })
    .get("/areas.geojson", validQuery(areaQuery), (c) => {
      const found = selectedAreas(c, c.req.valid("query"));
      if (found.error) return found.error;
      const { period, chosen } = found;
      const collection: AreaCollection = {
        type: "FeatureCollection",
        period,
        demo: meta.hasDemo(),
        features: chosen.map(({ row, geometry, counts }) => ({
          type: "Feature",
          id: row.id,
          geometry,
          properties: areaProperties(row, counts, period),
        })),
      };
      const body = JSON.stringify(collection);
      return download(
        c,
        body,
        "application/geo+json; charset=utf-8",
        name("omraden", period, "geojson"),
      );
    })
    .get("/visits.csv", validQuery(visitListQuery), (c) => {
      const query = c.req.valid("query");
      const span = `${query.from ?? "start"}--${query.to ?? "slut"}`;
      return csv(
        c,
        visitSheet(visits.list(query, c.get("kommuner"))),
        `grannkoll-besok-${span}.csv`,
      );
    })
    .get("/visits.xlsx", validQuery(visitListQuery), async (c) => {
      const query = c.req.valid("query");
      const span = `${query.from ?? "start"}--${query.to ?? "slut"}`;
      return xlsx(
        c,
        visitSheet(visits.list(query, c.get("kommuner"))),
        "Besök",
        `grannkoll-besok-${span}.xlsx`,
      );
    })
    .get("/watch-groups.csv", validQuery(watchGroupListQuery), (c) =>
      csv(
        c,
        groupSheet(groups.list(c.req.valid("query"), c.get("kommuner"))),
        "grannkoll-grupper.csv",
      ),
    )
    .get("/watch-groups.xlsx", validQuery(watchGroupListQuery), (c) =>
      xlsx(
        c,
        groupSheet(groups.list(c.req.valid("query"), c.get("kommuner"))),
        "Grupper",
        "grannkoll-grupper.xlsx",
      ),
    )
    .get("/dna-kits.csv", validQuery(dnaKitListQuery), (c) =>
      csv(c, kitSheet(kits.list(c.req.valid("query"), c.get("kommuner"))), "grannkoll-markdna.csv"),
    )
    .get("/dna-kits.xlsx", validQuery(dnaKitListQuery), (c) =>
      xlsx(
        c,
        kitSheet(kits.list(c.req.valid("query"), c.get("kommuner"))),
        "Märk-DNA",
        "grannkoll-markdna.xlsx",
      ),
    );
}
