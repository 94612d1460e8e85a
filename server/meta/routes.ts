// GET /api/meta: what the client needs before it draws anything.
import { Hono } from "hono";
import { ATTRIBUTION } from "../basemap/routes.ts";
import type { JsonCache } from "../http/cached-json.ts";
import { todayUtc } from "../period/dates.ts";
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

export function metaRoutes(
  meta: MetaRepo,
  cache: JsonCache,
  basemapStyleUrl: string | null,
  clock: () => Date = () => new Date(),
) {
  // The default period follows the calendar, so the answer changes with the day as well as the data.
  const version = () => `${meta.version()}:${todayUtc(clock())}`;
  return new Hono().get("/", (c) => {
    return cache.respond(c, "meta", version, () => {
      const range = meta.dataRange();
      const body: Meta = {
        demo: meta.hasDemo(),
        data_version: meta.version(),
        data_range: range,
        default_period: defaultPeriod(todayUtc(clock())),
        basemap_style_url: basemapStyleUrl,
        attribution: ATTRIBUTION,
      };
      return body;
    });
  });
}
