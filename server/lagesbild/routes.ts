// /api/internal/lagesbild: the weekly situation picture and its follow-through. The police area
// writes one a week with areas of every kommun; each answer holds the flagged areas of the
// caller's kommuner (a planner's own; the police all, or one with ?kommun=), each with its
// kommun, and the overview the follow-through per kommun.
import { Hono } from "hono";
import type { Role } from "../auth/roles.ts";
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
import { overviewFor, viewOf, weekFor } from "../privacy/planner.ts";
import { createLagesbild, overviewQuery, patchLagesbild } from "./schema.ts";
import { createLagesbildService } from "./service.ts";
import type { LagesbildEntry } from "./types.ts";

export function lagesbildRoutes(db: Db, meta: MetaRepo, coverage: CoverageEngine, clock: Clock) {
  const today = () => dayToIso(localDay(clock().getTime())); // Stockholm's date
  const service = createLagesbildService(db, coverage, today, clock);
  const who = (c: Parameters<typeof actorOf>[0]) => ({ actor: actorOf(c), remote: remoteOf(c) });
  /** One entry with the follow-through the role may see, of the caller's kommuner' areas. */
  const weekOf = (role: Role | undefined, entry: LagesbildEntry, kommuner: readonly string[]) =>
    weekFor(role, service.withFollowThrough(entry, viewOf(role), kommuner));
  const weekById = (role: Role | undefined, id: number, kommuner: readonly string[]) =>
    weekOf(role, service.repo.get(id) as LagesbildEntry, kommuner);

  return new Hono()
    .get("/", validQuery(overviewQuery), (c) => {
      const resolved = resolvePeriod(c.req.valid("query"), meta.dataRange(c.get("kommuner")).to);
      if (!resolved.ok) return sendError(c, 400, "invalid_query", resolved.message, [resolved]);
      coverage.ensureFresh();
      // Tagged by content: a tag of the data version would tell a planner each time the police
      // log presence, though the answer they get (reached or not) has not changed.
      const role = c.get("session")?.role;
      const overview = overviewFor(
        role,
        service.overview(resolved.period, viewOf(role), c.get("kommuner")),
      );
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
      return c.json(weekOf(c.get("session")?.role, entry, c.get("kommuner")), 200);
    })
    .post("/", validJson(createLagesbild), (c) => {
      const r = service.create(c.req.valid("json"), who(c), c.get("kommuner"));
      if (r.ok) return c.json(weekById(c.get("session")?.role, r.id, c.get("kommuner")), 201);
      if (r.status === 404) return sendError(c, 404, "not_found", "No such lägesbild");
      const code = r.status === 409 ? "conflict" : "invalid_body";
      return sendError(c, r.status, code, describeFields(r.fields), r.fields);
    })
    .patch("/:id", validJson(patchLagesbild), (c) => {
      const id = parseId(c.req.param("id"));
      if (!id.ok) return sendError(c, 400, "invalid_path", describeFields(id.fields), id.fields);
      const r = service.update(id.id, c.req.valid("json"), who(c), c.get("kommuner"));
      if (r.ok) return c.json(weekById(c.get("session")?.role, r.id, c.get("kommuner")), 200);
      if (r.status === 404) return sendError(c, 404, "not_found", `No lägesbild with id ${id.id}`);
      const code =
        r.status === 409 ? "conflict" : r.status === 403 ? "kommun_forbidden" : "invalid_body";
      return sendError(c, r.status, code, describeFields(r.fields), r.fields);
    })
    .delete("/:id", (c) => {
      const id = parseId(c.req.param("id"));
      if (!id.ok) return sendError(c, 400, "invalid_path", describeFields(id.fields), id.fields);
      const done = service.remove(id.id, who(c), c.get("kommuner"));
      if (done === "missing")
        return sendError(c, 404, "not_found", `No lägesbild with id ${id.id}`);
      if (done === "forbidden") {
        const why = `Lägesbild ${id.id} flags areas of kommuner you do not work for; change your own section instead`;
        return sendError(c, 403, "kommun_forbidden", why);
      }
      return c.body(null, 204);
    });
}
