// /api/internal/presence: the presence log (list, read, create, change, soft delete, CSV import).
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { CoverageEngine } from "../coverage/engine.ts";
import { dayStartUtc, formatUtc } from "../coverage/stockholm.ts";
import type { Db } from "../db/open.ts";
import { actorOf, remoteOf } from "../http/actor.ts";
import { describeFields, errorBody, fieldError, sendError } from "../http/errors.ts";
import { etagOf, isFresh, privateCacheHeaders } from "../http/etag.ts";
import { parseId } from "../http/id.ts";
import { validJson, validQuery } from "../http/validate.ts";
import type { MetaRepo } from "../meta/repo.ts";
import { addDays, type Clock } from "../period/dates.ts";
import { resolvePeriod } from "../period/period.ts";
import { createPresenceImport } from "./import.ts";
import { createPresence, importQuery, listQuery, patchPresence } from "./schema.ts";
import { createPresenceService } from "./service.ts";
import type { ImportErrorBody, PresenceInput, PresenceList } from "./types.ts";

const MAX_CSV_BYTES = 5 * 1024 * 1024;
const DAY_MS = 86_400_000;

export function presenceRoutes(db: Db, meta: MetaRepo, coverage: CoverageEngine, clock: Clock) {
  const service = createPresenceService(db, coverage, clock);
  const importCsv = createPresenceImport(db, coverage, service);
  const who = (c: Parameters<typeof actorOf>[0]) => ({ actor: actorOf(c), remote: remoteOf(c) });

  return new Hono()
    .get("/", validQuery(listQuery), (c) => {
      const q = c.req.valid("query");
      const resolved = resolvePeriod(q, meta.dataRange(c.get("kommuner")).to);
      if (!resolved.ok) return sendError(c, 400, "invalid_query", resolved.message, [resolved]);
      const ix = coverage.index();
      const area = q.area_id === undefined ? undefined : ix.byId.get(q.area_id);
      if (q.area_id !== undefined && area === undefined) {
        const message = `no area with id '${q.area_id}'`;
        const fields = [fieldError("area_id", "unknown_area", message, { area_id: q.area_id })];
        return sendError(c, 400, "invalid_query", describeFields(fields), fields);
      }
      const tag = etagOf(c, meta.version());
      if (isFresh(c, tag)) return c.body(null, 304, privateCacheHeaders(tag));
      const { period } = resolved;
      const from = dayStartUtc(period.from);
      const to = dayStartUtc(addDays(period.to, 1));
      const rows = service.repo.overlapping(
        formatUtc(from),
        formatUtc(to),
        formatUtc(from - DAY_MS),
      );
      let items = service.toItems(rows);
      if (q.area_id !== undefined)
        items = items.filter((p) => p.counts_for.includes(q.area_id as string));
      const body: PresenceList = {
        period,
        area_id: q.area_id ?? null,
        total: items.length,
        limit: q.limit,
        offset: q.offset,
        items: items.slice(q.offset, q.offset + q.limit),
      };
      return c.json(body, 200, privateCacheHeaders(tag));
    })
    .get("/:id", (c) => {
      const id = parseId(c.req.param("id"));
      if (!id.ok) return sendError(c, 400, "invalid_path", describeFields(id.fields), id.fields);
      const item = service.read(id.id);
      if (!item) return sendError(c, 404, "not_found", `No presence with id ${id.id}`);
      return c.json(item, 200);
    })
    .post("/", validJson(createPresence), (c) => {
      const b = c.req.valid("json");
      const input: PresenceInput = {
        startMs: b.starts_at,
        endMs: b.ends_at,
        actor: b.actor,
        kind: b.kind,
        place: b.place,
        notes: b.notes,
      };
      const result = service.create(input, who(c));
      if (Array.isArray(result))
        return sendError(c, 400, "invalid_body", describeFields(result), result);
      return c.json(result, 201);
    })
    .patch("/:id", validJson(patchPresence), (c) => {
      const id = parseId(c.req.param("id"));
      if (!id.ok) return sendError(c, 400, "invalid_path", describeFields(id.fields), id.fields);
      const b = c.req.valid("json");
      const change: Partial<PresenceInput> = {};
      if (b.starts_at !== undefined) change.startMs = b.starts_at;
      if (b.ends_at !== undefined) change.endMs = b.ends_at;
      if (b.actor !== undefined) change.actor = b.actor;
      if (b.kind !== undefined) change.kind = b.kind;
      if (b.place !== undefined) change.place = b.place;
      if (b.notes !== undefined) change.notes = b.notes;
      const result = service.update(id.id, change, who(c));
      if (result === undefined)
        return sendError(c, 404, "not_found", `No presence with id ${id.id}`);
      if (Array.isArray(result))
        return sendError(c, 400, "invalid_body", describeFields(result), result);
      return c.json(result, 200);
    })
    .delete("/:id", (c) => {
      const id = parseId(c.req.param("id"));
      if (!id.ok) return sendError(c, 400, "invalid_path", describeFields(id.fields), id.fields);
      if (!service.remove(id.id, who(c))) {
        return sendError(c, 404, "not_found", `No presence with id ${id.id}`);
      }
      return c.body(null, 204);
    })
    .post(
      "/import",
      bodyLimit({
        maxSize: MAX_CSV_BYTES,
        onError: (c) =>
          sendError(c, 413, "too_large", "A CSV import may be at most 5 MB; split the file"),
      }),
      validQuery(importQuery),
      async (c) => {
        const dryRun = c.req.valid("query").dry_run === "1";
        const type = c.req.header("content-type") ?? "";
        // The bytes, not text: the reader finds the encoding (UTF-8 or Windows-1252).
        let upload: Uint8Array | string;
        if (/multipart\/form-data/i.test(type)) {
          const file = (await c.req.formData()).get("file");
          upload =
            typeof file === "string" ? file : file ? new Uint8Array(await file.arrayBuffer()) : "";
        } else upload = new Uint8Array(await c.req.arrayBuffer());
        const outcome = importCsv(upload, dryRun, who(c));
        if (outcome.ok) return c.json(outcome.result, dryRun ? 200 : 201);
        const n = new Set(outcome.errors.map((e) => e.line)).size;
        const message =
          outcome.code === "invalid_csv"
            ? "The file cannot be read as a presence log; nothing was imported"
            : `${n} row${n === 1 ? " is" : "s are"} invalid; nothing was imported`;
        const body: ImportErrorBody = {
          error: {
            ...errorBody(outcome.code, message).error,
            code: outcome.code,
            // As every 400 names its fields (with a code); each row's own reason code is in `rows`.
            fields: outcome.errors.map((e) =>
              fieldError(`line ${e.line}: ${e.field}`, "invalid", e.message),
            ),
            rows: outcome.errors,
          },
        };
        return c.json(body, 400);
      },
    );
}
