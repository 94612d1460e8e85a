// GET /api/meta: what every page needs before it draws anything, built by the privacy filter
// (public: no data version, no dates of internal records). GET /api/meta/work: what the logged-in
// views need on top (the data's date range and the default period), never public.
import { Hono } from "hono";
import type { JsonCache } from "../http/cached-json.ts";
import type { Kommun, KommunRepo } from "../kommun/repo.ts";
import { todayUtc } from "../period/dates.ts";
import { defaultPeriod, type Period } from "../period/period.ts";
import type { PublicView } from "../privacy/public-view.ts";
import type { DataRange, MetaRepo } from "./repo.ts";

export type { PublicMeta } from "../privacy/public-view.ts";

export interface WorkMeta {
  /** Whether the data set holds invented demo rows of any kind. */
  demo: boolean;
  /** First and last day of the planning records (sessions, kits, messages, burglary quarters). */
  data_range: DataRange;
  default_period: Period;
  /** The kommuner the caller works for (all of the deployment's for the police), in code order. */
  kommuner: Kommun[];
  /** The kommun views open on: the deployment's default when the caller covers it, else their first. */
  default_kommun: string;
}

export function metaRoutes(
  meta: MetaRepo,
  view: PublicView,
  cache: JsonCache,
  kommuner: KommunRepo,
  defaultKommun: string,
  clock: () => Date = () => new Date(),
) {
  // The default period follows the calendar, so the answer changes with the day as well as the data.
  const workVersion = () => `${meta.version()}:${todayUtc(clock())}`;
  return new Hono()
    .get("/", (c) => cache.respond(c, `meta:${view.today()}`, view.version, () => view.meta()))
    .get("/work", (c) =>
      cache.respond(c, "meta:work", workVersion, () => {
        const mine = c.get("kommuner");
        const body: WorkMeta = {
          demo: meta.hasDemo(),
          data_range: meta.dataRange(c.get("kommuner")),
          default_period: defaultPeriod(todayUtc(clock())),
          kommuner: kommuner.list().filter((k) => mine.includes(k.code)),
          default_kommun: mine.includes(defaultKommun) ? defaultKommun : (mine[0] ?? defaultKommun),
        };
        return body;
      }),
    );
}
