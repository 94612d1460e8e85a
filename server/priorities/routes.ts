// GET /api/priorities: every area ranked for the next information session, with the parts and
// facts behind its score. Planners only (the accounts issue adds the role check); never public.
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
  RECENCY_HORIZON_DAYS,
  rankAreas,
  type Weights,
} from "./score.ts";
import { summarySv } from "./summary.ts";

export interface Priorities {
  period: Period;
  /** The 12 months ending at the period's end that burglaries are counted over. */
  burglary_window: Period;
  recency_horizon_days: number;
  weights: Weights;
  municipality: Municipality;
  demo: boolean;
  areas: (AreaPriority & { summary: string; demo: boolean })[];
}

export function priorityRoutes(db: Db, meta: MetaRepo, cache: JsonCache) {
  const repo = createPriorityRepo(db);

  return new Hono().get("/", validQuery(priorityQuery), (c) => {
    const query = c.req.valid("query");
    const resolved = resolvePeriod(query, meta.dataRange().to);
    if (!resolved.ok) return sendError(c, 400, "invalid_query", resolved.message, [resolved]);
    const { period } = resolved;
    const weights = weightsOf(query);
    const key = `priorities:${period.from}:${period.to}:${Object.values(weights).join(",")}`;
    return cache.respond(c, key, meta.version, () => {
      const window = { from: periodStart(period.to, 12), to: period.to };
      const inputs = repo.inputs(period, window);
      const demo = new Map(inputs.map((a) => [a.id, a.demo]));
      const ranked = rankAreas(inputs, weights, period.to);
      const body: Priorities = {
        period,
        burglary_window: window,
        recency_horizon_days: RECENCY_HORIZON_DAYS,
        weights,
        municipality: ranked.municipality,
        demo: meta.hasDemo(),
        areas: ranked.areas.map((a) => ({
          ...a,
          summary: summarySv(a.explanation),
          demo: demo.get(a.id) ?? false,
        })),
      };
      return body;
    });
  });
}
