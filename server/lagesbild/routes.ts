// /api/internal/lagesbild: the weekly situation picture and its follow-through.
import { Hono } from "hono";
import type { CoverageEngine } from "../coverage/engine.ts";
import { dayToIso, localDay } from "../coverage/stockholm.ts";
import type { Db } from "../db/open.ts";
import { actorOf, remoteOf } from "../http/actor.ts";
import { contentTag } from "../http/cached-json.ts";
import { describeFields, sendError } from "../http/errors.ts";
import { isFresh, privateCacheHeaders } from "../http/etag.ts";
import { parseId } from "../http/id.ts";
import { validJson, validQuery } from "../http/validate.ts";
import type { MetaRepo } from "../meta/repo.ts";
import type { Clock } from "../period/dates.ts";
import { resolvePeriod } from "../period/period.ts";
import { overviewFor, weekFor } from "../privacy/planner.ts";
import { createLagesbild, overviewQuery, patchLagesbild } from "./schema.ts";
import { createLagesbildService } from "./service.ts";

export function lagesbildRoutes(db: Db, meta: MetaRepo, coverage: CoverageEngine, clock: Clock) {
  const today = () => dayToIso(localDay(clock().getTime())); // Stockholm's date
  const service = createLagesbildService(db, coverage, today, clock);
  const who = (c: Parameters<typeof actorOf>[0]) => ({ actor: actorOf(c), remote: remoteOf(c) });

  return new Hono()
    .get("/", validQuery(overviewQuery), (c) => {
      const resolved = resolvePeriod(c.req.valid("query"), meta.dataRange().to);
      if (!resolved.ok) return sendError(c, 400, "invalid_query", resolved.message, [resolved]);
      coverage.ensureFresh();
      // Tagged by content: a tag of the data version would tell a planner each time the police
      // log presence, though the answer they get (reached or not) has not changed.
      const overview = overviewFor(c.get("session")?.role, service.overview(resolved.period));
      const tag = contentTag(JSON.stringify(overview));
      if (isFresh(c, tag)) return c.body(null, 304, privateCacheHeaders(tag));
      return c.json(overview, 200, privateCacheHeaders(tag));
    })
    .get("/:id", (c) => {
      const id = parseId(c.req.param("id"));
      if (!id.ok) return sendError(c, 400, "invalid_path", describeFields(id.fields), id.fields);
      coverage.ensureFresh();
      const entry = service.repo.get(id.id);
      if (!entry) return sendError(c, 404, "not_found", `No lägesbild with id ${id.id}`);
      return c.json(weekFor(c.get("session")?.role, service.withFollowThrough(entry)), 200);
    })
    .post("/", validJson(createLagesbild), (c) => {
      const r = service.create(c.req.valid("json"), who(c));
      if (r.ok) return c.json(weekFor(c.get("session")?.role, r.week), 201);
      if (r.status === 404) return sendError(c, 404, "not_found", "No such lägesbild");
      const code = r.status === 409 ? "conflict" : "invalid_body";
      return sendError(c, r.status, code, describeFields(r.fields), r.fields);
    })
    .patch("/:id", validJson(patchLagesbild), (c) => {
      const id = parseId(c.req.param("id"));
      if (!id.ok) return sendError(c, 400, "invalid_path", describeFields(id.fields), id.fields);
      const r = service.update(id.id, c.req.valid("json"), who(c));
      if (r.ok) return c.json(weekFor(c.get("session")?.role, r.week), 200);
      if (r.status === 404) return sendError(c, 404, "not_found", `No lägesbild with id ${id.id}`);
      const code = r.status === 409 ? "conflict" : "invalid_body";
      return sendError(c, r.status, code, describeFields(r.fields), r.fields);
    })
    .delete("/:id", (c) => {
      const id = parseId(c.req.param("id"));
      if (!id.ok) return sendError(c, 400, "invalid_path", describeFields(id.fields), id.fields);
      if (!service.remove(id.id, who(c))) {
        return sendError(c, 404, "not_found", `No lägesbild with id ${id.id}`);
      }
      return c.body(null, 204);
    });
}
