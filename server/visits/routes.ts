// /api/visits: record, edit and delete information sessions, contact-person meetings and safety
// walks. Every write is one transaction with its audit row; a delete only sets deleted_at.
import { Hono } from "hono";
import type { Db } from "../db/open.ts";
import { softDeleteRoute } from "../http/crud/delete.ts";
import { checkMerged, definedOnly, invalidBody } from "../http/crud/merge.ts";
import { changedFields, notFound, recordAt } from "../http/crud/write.ts";
import { type FieldError, fieldError } from "../http/errors.ts";
import { validJson, validQuery } from "../http/validate.ts";
import type { Clock } from "../period/dates.ts";
import { announcementErrors, createContactList } from "../privacy/announcement.ts";
import { locate } from "../recording/locate.ts";
import { createRecordingTools } from "../recording/tools.ts";
import { createVisitRepo } from "./repo.ts";
import {
  DEFAULT_TOPIC,
  type VisitDetail,
  type VisitInput,
  type VisitPatch,
  visitInput,
  visitListQuery,
  visitPatch,
} from "./schema.ts";

/** What the audit log keeps of a visit: no notes, participants or findings' text (may name people). */
export function visitAuditDetail(v: VisitInput, areaId: string) {
  return {
    kind: v.kind,
    date: v.date,
    area_id: areaId,
    topic: v.topic ?? DEFAULT_TOPIC[v.kind],
    attendees: v.attendees ?? null,
    ...(v.kind === "safety_walk"
      ? { route: Boolean(v.route), findings: v.findings?.length ?? 0 }
      : { kits: v.kits ?? 0 }),
  };
}

/** The stored visit in the shape of an input, for a patch to be laid over. */
export function asInput(v: VisitDetail): Record<string, unknown> {
  const { kind, date, area_id, lon, lat, topic, organisers, attendees, notes } = v;
  const base = { kind, date, area_id, lon, lat, topic, organisers, attendees, notes };
  if (kind === "safety_walk") {
    // Findings as inputs: the closing date and note are not the walk's to change.
    const findings = v.findings.map(({ id, text, owner, due_on }) => ({ id, text, owner, due_on }));
    return { ...base, route: v.route, participants: v.participants, findings };
  }
  if (kind === "info_session") {
    const { start_time, end_time, venue, signup } = v;
    return { ...base, kits: v.kits, start_time, end_time, venue, signup };
  }
  return { ...base, kits: v.kits };
}

function merge(existing: VisitDetail, patch: Partial<VisitPatch>): Record<string, unknown> {
  const base = asInput(existing);
  // A new point or route moves the visit to the area it lies in, unless the patch names the area.
  const moved = patch.lon != null || patch.lat != null || patch.route != null;
  if (moved && patch.area_id === undefined) delete base.area_id;
  // The kind is kept (a changed kind is refused separately), so the right schema judges the rest.
  return { ...base, ...patch, kind: existing.kind };
}

export function visitRoutes(db: Db, clock: Clock) {
  const repo = createVisitRepo(db, clock);
  const { places, write, placeErrors } = createRecordingTools(db);
  const contacts = createContactList(db);
  /** A session's venue and signup are published as written: no contact person in them. */
  const announced = (v: VisitInput) =>
    v.kind === "info_session" ? announcementErrors(v, contacts()) : [];

  return new Hono()
    .get("/", validQuery(visitListQuery), (c) =>
      c.json({ visits: repo.list(c.req.valid("query"), c.get("kommuner")) }),
    )
    .get("/:id", (c) => {
      const visit = recordAt(c, repo.find);
      return visit ? c.json(visit, 200) : notFound(c, "visit");
    })
    .post("/", validJson(visitInput, placeErrors), (c) => {
      const input = c.req.valid("json");
      const { areaId, errors } = locate(input, places(), c.get("kommuner"));
      const personal = announced(input);
      if (!areaId || personal.length > 0) return invalidBody(c, [...errors, ...personal]);
      const visit = write(c, (audit) => {
        const id = repo.create(input, areaId);
        audit({
          action: "create",
          entity: "visits",
          entityId: id,
          detail: visitAuditDetail(input, areaId),
        });
        return repo.find(id, c.get("kommuner"));
      });
      return c.json(visit as VisitDetail, 201);
    })
    .patch("/:id", validJson(visitPatch, placeErrors), (c) => {
      const existing = recordAt(c, repo.find);
      if (!existing) return notFound(c, "visit");
      const { id } = existing;
      const patch = definedOnly(c.req.valid("json"));
      const extra: FieldError[] = [];
      if (patch.kind && patch.kind !== existing.kind) {
        const message = "a visit's kind cannot change: delete it and record it again";
        extra.push(fieldError("kind", "kind_fixed", message));
      }
      const known = repo.findingIds(id);
      patch.findings?.forEach((f, i) => {
        if (f.id && !known.has(f.id)) {
          const message = `no finding ${f.id} in this walk`;
          extra.push(fieldError(`findings.${i}.id`, "unknown_finding", message, { id: f.id }));
        }
      });
      const merged = merge(existing, patch);
      const located = locate(merged, places(), c.get("kommuner"));
      const checked = checkMerged(visitInput, merged, [...extra, ...located.errors]);
      if (!checked.ok) return invalidBody(c, checked.fields);
      const { data } = checked;
      const personal = announced(data);
      if (personal.length > 0) return invalidBody(c, personal);
      const { areaId } = located;
      if (!areaId) return invalidBody(c, located.errors); // the schema demands a place; defensive
      const visit = write(c, (audit) => {
        repo.update(id, data, areaId);
        const detail = { ...visitAuditDetail(data, areaId), changed: changedFields(patch) };
        audit({ action: "update", entity: "visits", entityId: id, detail });
        return repo.find(id, c.get("kommuner"));
      });
      return c.json(visit as VisitDetail, 200);
    })
    .delete("/:id", softDeleteRoute(write, "visits", "visit", repo.softDelete));
}
