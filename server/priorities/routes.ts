// GET /api/priorities: every area ranked for the next information session, with the parts and
// facts behind its score. Planners only; never public. The ranking is per kommun: each kommun's
// areas are ranked among themselves against that kommun's own burglary level, and a caller who
// covers several kommuner (narrowed by ?kommun=) gets each kommun's ranking, one after the other,
// every row saying which kommun it belongs to.
import { Hono } from "hono";
import type { Db } from "../db/open.ts";
import type { JsonCache } from "../http/cached-json.ts";
import { sendError } from "../http/errors.ts";
import { validQuery } from "../http/validate.ts";
import type { MetaRepo } from "../meta/repo.ts";
import { periodStart } from "../period/dates.ts";
import { type Period, resolvePeriod } from "../period/period.ts";
import { createPriorityRepo } from "./repo.ts";
import { priorityQuery, weightsOf } from "./schema.ts";
import {
  type AreaPriority,
  type Municipality,
  municipality,
  RECENCY_HORIZON_DAYS,
  rankAreas,
  type Weights,
} from "./score.ts";
import { summarySv } from "./summary.ts";

export interface KommunRanking {
  code: string;
  name: string;
  /** The kommun's own figures, the level its areas' burglaries are compared with. */
  municipality: Municipality;
  areas: number;
}

export interface Priorities {
  period: Period;
  /** The 12 months ending at the period's end that burglaries are counted over. */
  burglary_window: Period;
  recency_horizon_days: number;
  weights: Weights;
  /**
   * The kommun's figures when the ranking is of one kommun; over several, the figures of all
   * their areas together (for a headline only: each kommun is ranked against its own, `kommuner`).
   */
  municipality: Municipality;
  /** The kommuner ranked, in the order their rows come. */
  kommuner: KommunRanking[];
  demo: boolean;
  /** Ranked within their kommun: `rank` starts at 1 in each kommun. */
  areas: (AreaPriority & { summary: string; demo: boolean; kommun: string; kommun_name: string })[];
}

export function priorityRoutes(db: Db, meta: MetaRepo, cache: JsonCache) {
  const repo = createPriorityRepo(db);

  return new Hono().get("/", validQuery(priorityQuery), (c) => {
    const query = c.req.valid("query");
    const resolved = resolvePeriod(query, meta.dataRange(c.get("kommuner")).to);
    if (!resolved.ok) return sendError(c, 400, "invalid_query", resolved.message, [resolved]);
    const { period } = resolved;
    const weights = weightsOf(query);
    const key = `priorities:${period.from}:${period.to}:${Object.values(weights).join(",")}`;
    // The cache keeps answers apart per caller's kommuner (cached-json.ts).
    return cache.respond(c, key, meta.version, () => {
      const window = { from: periodStart(period.to, 12), to: period.to };
      const inputs = repo.inputs(period, window, c.get("kommuner"));
      const byKommun = new Map<string, typeof inputs>();
      for (const a of inputs) byKommun.set(a.kommun, [...(byKommun.get(a.kommun) ?? []), a]);
      const kommuner: KommunRanking[] = [];
      const areas: Priorities["areas"] = [];
      for (const code of [...byKommun.keys()].sort()) {
        const own = byKommun.get(code) ?? [];
        const ranked = rankAreas(own, weights, period.to);
        const name = own[0]?.kommun_name ?? code;
        kommuner.push({ code, name, municipality: ranked.municipality, areas: own.length });
        const demo = new Map(own.map((a) => [a.id, a.demo]));
        for (const a of ranked.areas) {
          areas.push({
            ...a,
            kommun: code,
            kommun_name: name,
            summary: summarySv(a.explanation),
            demo: demo.get(a.id) ?? false,
          });
        }
      }
      const body: Priorities = {
        period,
        burglary_window: window,
        recency_horizon_days: RECENCY_HORIZON_DAYS,
        weights,
        municipality:
          kommuner.length === 1 && kommuner[0] ? kommuner[0].municipality : municipality(inputs),
        kommuner,
        demo: meta.hasDemo(),
        areas,
      };
      return body;
    });
  });
}
