// /api/watch-groups: the grannsamverkan groups with their contact persons. Planners only (the
// accounts issue adds the check); every read of contact details is itself logged.
import { Hono } from "hono";
import type { Db } from "../db/open.ts";
import { softDeleteRoute } from "../http/crud/delete.ts";
import { patchRecord } from "../http/crud/patch.ts";
import { notFound, recordAt } from "../http/crud/write.ts";
import { validJson, validQuery } from "../http/validate.ts";
import type { Clock } from "../period/dates.ts";
import { createRecordingTools } from "../recording/tools.ts";
import { createWatchGroupRepo } from "./repo.ts";
import {
  type WatchGroupInput,
  type WatchGroupRecord,
  watchGroupInput,
  watchGroupListQuery,
  watchGroupPatch,
} from "./schema.ts";

/** The audit row's view of a group: never the contact person, only whether there is one. */
function auditDetail(g: WatchGroupInput) {
  const { area_id, status, households, started_on, inactive_since } = g;
  return {
    area_id,
    status,
    households,
    started_on,
    ...(inactive_since ? { inactive_since } : {}),
    has_contact: Boolean(g.contact_name),
  };
}

export function asInput(g: WatchGroupRecord): WatchGroupInput {
  const { area_id, name, status, households, started_on } = g;
  const { contact_name, contact_phone, contact_email, inactive_since } = g;
  return {
    area_id,
    name,
    status,
    households,
    started_on,
    contact_name,
    contact_phone,
    contact_email,
    inactive_since,
  };
}

export function watchGroupRoutes(db: Db, clock: Clock) {
  const repo = createWatchGroupRepo(db, clock);
  const { write, placeErrors } = createRecordingTools(db);

  return new Hono()
    .get("/", validQuery(watchGroupListQuery), (c) => {
      const query = c.req.valid("query");
      const groups = write(c, (audit) => {
        const found = repo.list(query, c.get("kommuner"));
        audit({
          action: "read-personal",
          entity: "watch_groups",
          detail: { ...query, count: found.length },
        });
        return found;
      });
      return c.json({ watch_groups: groups }, 200);
    })
    .get("/:id", (c) => {
      const group = recordAt(c, repo.find);
      if (!group) return notFound(c, "watch group");
      write(c, (audit) =>
        audit({ action: "read-personal", entity: "watch_groups", entityId: group.id }),
      );
      return c.json(group, 200);
    })
    .post("/", validJson(watchGroupInput, placeErrors), (c) => {
      const input = c.req.valid("json");
      const group = write(c, (audit) => {
        const id = repo.create(input);
        audit({
          action: "create",
          entity: "watch_groups",
          entityId: id,
          detail: auditDetail(input),
        });
        return repo.find(id, c.get("kommuner"));
      });
      return c.json(group as WatchGroupRecord, 201);
    })
    .patch("/:id", validJson(watchGroupPatch, placeErrors), (c) =>
      patchRecord(c, c.req.valid("json"), {
        write,
        what: "watch group",
        find: repo.find,
        asInput,
        schema: watchGroupInput,
        check: placeErrors,
        save(id, data, changed, audit) {
          repo.update(id, data);
          const detail = { ...auditDetail(data), changed };
          audit({ action: "update", entity: "watch_groups", entityId: id, detail });
        },
      }),
    )
    .delete("/:id", softDeleteRoute(write, "watch_groups", "watch group", repo.softDelete));
}
