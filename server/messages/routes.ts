// /api/messages: the Coyards/CoProfs message log. Each message counts toward the monthly promise
// (server/promises). Every write is one transaction with its audit row; a delete is soft.
import { Hono } from "hono";
import type { Db } from "../db/open.ts";
import { softDeleteRoute } from "../http/crud/delete.ts";
import { patchRecord } from "../http/crud/patch.ts";
import { createAuditedWrite, notFound, recordAt } from "../http/crud/write.ts";
import { type FieldError, fieldError } from "../http/errors.ts";
import { validJson, validQuery } from "../http/validate.ts";
import type { Clock } from "../period/dates.ts";
import { createMessageRepo } from "./repo.ts";
import {
  type MessageInput,
  type MessageRecord,
  messageInput,
  messageListQuery,
  messagePatch,
} from "./schema.ts";

const auditDetail = (m: MessageInput) => ({
  sent_on: m.sent_on,
  channel: m.channel,
  areas: m.area_ids?.length ?? 0,
});

export function messageRoutes(db: Db, clock: Clock) {
  const repo = createMessageRepo(db, clock);
  const write = createAuditedWrite(db);
  /** Area ids that are not in the database, named by their position in the list. */
  const areaErrors = (body: unknown): FieldError[] => {
    const ids = (body as { area_ids?: unknown } | null)?.area_ids;
    if (!Array.isArray(ids)) return [];
    const known = repo.knownAreas();
    return ids.flatMap((id, i) =>
      typeof id === "string" && !known.has(id.trim())
        ? [fieldError(`area_ids.${i}`, "unknown_area", `no area with id '${id}'`, { area_id: id })]
        : [],
    );
  };

  return new Hono()
    .get("/", validQuery(messageListQuery), (c) =>
      c.json({ messages: repo.list(c.req.valid("query")) }, 200),
    )
    .get("/:id", (c) => {
      const found = recordAt(c, repo.find);
      return found ? c.json(found, 200) : notFound(c, "message");
    })
    .post("/", validJson(messageInput, areaErrors), (c) => {
      const input = c.req.valid("json");
      const id = write(c, (audit) => {
        const id = repo.create(input);
        audit({ action: "create", entity: "messages", entityId: id, detail: auditDetail(input) });
        return id;
      });
      return c.json(repo.find(id) as MessageRecord, 201);
    })
    .patch("/:id", validJson(messagePatch, areaErrors), (c) =>
      patchRecord(c, c.req.valid("json"), {
        write,
        what: "message",
        find: repo.find,
        asInput: ({ sent_on, channel, subject, area_ids }: MessageRecord) => ({
          sent_on,
          channel,
          subject,
          area_ids,
        }),
        schema: messageInput,
        save(id, data, changed, audit) {
          repo.update(id, data);
          const detail = { ...auditDetail(data), changed };
          audit({ action: "update", entity: "messages", entityId: id, detail });
        },
      }),
    )
    .delete("/:id", softDeleteRoute(write, "messages", "message", repo.softDelete));
}
