// /api/messages: the Coyards/CoProfs message log. Each message counts toward the monthly promise
// (server/promises). Every write is one transaction with its audit row; a delete is soft. A message
// is its areas' kommun's: its areas must all lie in one kommun the caller works for; one sent to a
// whole kommun (no areas) is for the caller's kommun, or the one ?kommun= names.
import type { Context } from "hono";
import { Hono } from "hono";
import type { Db } from "../db/open.ts";
import { softDeleteRoute } from "../http/crud/delete.ts";
import { invalidBody } from "../http/crud/merge.ts";
import { patchRecord } from "../http/crud/patch.ts";
import { createAuditedWrite, notFound, recordAt } from "../http/crud/write.ts";
import { type FieldError, fieldError } from "../http/errors.ts";
import { validJson, validQuery } from "../http/validate.ts";
import type { Clock } from "../period/dates.ts";
import { createMessageRepo } from "./repo.ts";
import {
  type MessageInput,
  messageInput,
  messageListQuery,
  messagePatch,
  type StoredMessage,
} from "./schema.ts";

const auditDetail = (m: MessageInput) => ({
  sent_on: m.sent_on,
  channel: m.channel,
  areas: m.area_ids?.length ?? 0,
});

export function messageRoutes(db: Db, clock: Clock) {
  const repo = createMessageRepo(db, clock);
  const write = createAuditedWrite(db);
  /**
   * Area ids that are not in the database or lie in a kommun the caller does not work for, named
   * by their position in the list, and a list spanning several kommuner.
   */
  const areaErrors = (body: unknown, c: Context): FieldError[] => {
    const ids = (body as { area_ids?: unknown } | null)?.area_ids;
    if (!Array.isArray(ids)) return [];
    const areas = repo.areas();
    const kommuner = c.get("kommuner");
    const errors = ids.flatMap((id, i): FieldError[] => {
      if (typeof id !== "string") return [];
      const area = areas.get(id.trim());
      const field = `area_ids.${i}`;
      if (!area)
        return [fieldError(field, "unknown_area", `no area with id '${id}'`, { area_id: id })];
      if (!kommuner.includes(area.kommun)) {
        const message = `area '${area.id}' (${area.name}) lies in kommun ${area.kommun}, which you do not work for`;
        return [
          fieldError(field, "other_kommun_area", message, {
            area_id: area.id,
            kommun: area.kommun,
          }),
        ];
      }
      return [];
    });
    if (errors.length > 0) return errors;
    const spanned = new Set(
      ids.flatMap((id) => (typeof id === "string" ? [areas.get(id.trim())?.kommun ?? ""] : [])),
    );
    if (spanned.size > 1) {
      const message = `the areas lie in several kommuner (${[...spanned].sort().join(", ")}): send one message per kommun`;
      return [fieldError("area_ids", "kommuner_mixed", message)];
    }
    return [];
  };

  /** The kommun of a message: its areas', else (sent to a whole kommun) the caller's only one. */
  const kommunOf = (c: Context, areaIds: readonly string[] | undefined, fallback?: string) => {
    const first = areaIds?.[0];
    if (first !== undefined) return repo.areas().get(first)?.kommun;
    if (fallback !== undefined) return fallback;
    const kommuner = c.get("kommuner");
    return kommuner.length === 1 ? kommuner[0] : undefined;
  };
  const whichKommun = (c: Context) =>
    invalidBody(c, [
      fieldError(
        "area_ids",
        "kommun_needed",
        `you work for several kommuner (${c.get("kommuner").join(", ")}): name the message's areas, or its kommun with ?kommun=`,
      ),
    ]);

  return new Hono()
    .get("/", validQuery(messageListQuery), (c) =>
      c.json({ messages: repo.list(c.req.valid("query"), c.get("kommuner")) }, 200),
    )
    .get("/:id", (c) => {
      const found = recordAt(c, repo.find);
      return found ? c.json(found, 200) : notFound(c, "message");
    })
    .post("/", validJson(messageInput, areaErrors), (c) => {
      const input = c.req.valid("json");
      const kommun = kommunOf(c, input.area_ids);
      if (!kommun) return whichKommun(c);
      const id = write(c, (audit) => {
        const id = repo.create(input, kommun);
        audit({ action: "create", entity: "messages", entityId: id, detail: auditDetail(input) });
        return id;
      });
      return c.json(repo.find(id, c.get("kommuner")) as StoredMessage, 201);
    })
    .patch("/:id", validJson(messagePatch, areaErrors), (c) =>
      patchRecord(c, c.req.valid("json"), {
        write,
        what: "message",
        find: repo.find,
        check: areaErrors,
        asInput: ({ sent_on, channel, subject, area_ids }: StoredMessage) => ({
          sent_on,
          channel,
          subject,
          area_ids,
        }),
        schema: messageInput,
        save(id, data, changed, audit) {
          // Sent to the whole kommun after the patch: the kommun it was for.
          const was = repo.find(id, c.get("kommuner"))?.kommun;
          repo.update(id, data, kommunOf(c, data.area_ids, was) ?? (was as string));
          const detail = { ...auditDetail(data), changed };
          audit({ action: "update", entity: "messages", entityId: id, detail });
        },
      }),
    )
    .delete("/:id", softDeleteRoute(write, "messages", "message", repo.softDelete));
}
