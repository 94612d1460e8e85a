// Everything under /api/internal: police and planners only. The accounts issue puts its role check
// on this prefix, so presence, coverage and lägesbild are guarded in one place. Nothing here goes
// through the shared JsonCache (see ./http.ts).
import { Hono } from "hono";
import { createCoverageEngine } from "../coverage/engine.ts";
import { coverageRoutes } from "../coverage/routes.ts";
import type { Db } from "../db/open.ts";
import { lagesbildRoutes } from "../lagesbild/routes.ts";
import type { MetaRepo } from "../meta/repo.ts";
import type { Clock } from "../period/dates.ts";
import { presenceRoutes } from "../presence/routes.ts";

export function internalRoutes(db: Db, meta: MetaRepo, clock: Clock) {
  const coverage = createCoverageEngine(db);
  return new Hono()
    .route("/presence", presenceRoutes(db, meta, coverage, clock))
    .route("/coverage", coverageRoutes(db, meta, coverage))
    .route("/lagesbild", lagesbildRoutes(db, meta, coverage, clock));
}
