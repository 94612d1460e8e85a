// GET /api/meta: what the client needs before it draws anything.
import { Hono } from "hono";
import { ATTRIBUTION } from "../basemap/routes.ts";
import type { JsonCache } from "../http/cached-json.ts";
import { defaultPeriod, type Period } from "../period/period.ts";
import type { DataRange, MetaRepo } from "./repo.ts";

export interface Meta {
  demo: boolean;
  data_version: number;
  data_range: DataRange;
  default_period: Period;
  basemap_style_url: string | null;
  attribution: string;
}

export function metaRoutes(meta: MetaRepo, cache: JsonCache, basemapStyleUrl: string | null) {
  return new Hono().get("/", (c) => {
    return cache.respond(c, "meta", meta.version, () => {
      const range = meta.dataRange();
      const body: Meta = {
        demo: meta.hasDemo(),
        data_version: meta.version(),
        data_range: range,
        default_period: defaultPeriod(range.to),
        basemap_style_url: basemapStyleUrl,
        attribution: ATTRIBUTION,
      };
      return body;
    });
  });
}
