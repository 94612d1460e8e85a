// GET /api/areas and /api/areas/:id.
import { Hono } from "hono";
import { z } from "zod";
import type { Db } from "../db/open.ts";
import type { JsonCache } from "../http/cached-json.ts";
import { sendError } from "../http/errors.ts";
import { validQuery } from "../http/validate.ts";
import type { MetaRepo } from "../meta/repo.ts";
import { periodParams, resolvePeriod } from "../period/period.ts";
import { areaProperties } from "./metrics.ts";
import { createAreaRepo } from "./repo.ts";
import type { AreaCollection, AreaDetail } from "./types.ts";

const periodQuery = z.strictObject(periodParams);

export function areaRoutes(db: Db, meta: MetaRepo, cache: JsonCache) {
  const repo = createAreaRepo(db);

  return new Hono()
    .get("/", validQuery(periodQuery), (c) => {
      const resolved = resolvePeriod(c.req.valid("query"), meta.dataRange(c.get("kommuner")).to);
      if (!resolved.ok) {
        return sendError(c, 400, "invalid_query", resolved.message, [resolved]);
      }
      const { period } = resolved;
      return cache.respond(c, `areas:${period.from}:${period.to}`, meta.version, () => {
        const collection: AreaCollection = {
          type: "FeatureCollection",
          period,
          demo: meta.hasDemo(),
          features: repo
            .listWithCounts(period, c.get("kommuner"))
            .map(({ row, geometry, counts }) => ({
              type: "Feature",
              id: row.id,
              geometry,
              properties: areaProperties(row, counts, period),
            })),
        };
        return collection;
      });
    })
    .get("/:id", validQuery(periodQuery), (c) => {
      const resolved = resolvePeriod(c.req.valid("query"), meta.dataRange(c.get("kommuner")).to);
      if (!resolved.ok) {
        return sendError(c, 400, "invalid_query", resolved.message, [resolved]);
      }
      const { period } = resolved;
      const id = c.req.param("id");
      const row = repo.find(id, c.get("kommuner"));
      if (!row) return sendError(c, 404, "not_found", `No area with id '${id}'`);
      return cache.respond(c, `area:${id}:${period.from}:${period.to}`, meta.version, () => {
        const detail: AreaDetail = {
          area: areaProperties(row, repo.countsFor(id, period), period),
          period,
          visits: repo.visits(id, period),
          watch_groups: repo.watchGroups(id, period),
          burglaries_by_quarter: repo.burglariesByQuarter(id, period),
        };
        return detail;
      });
    });
}
