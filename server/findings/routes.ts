// /api/findings: the follow-up list of safety-walk findings (planners). Overdue first, filtered by
// area, owner and status, as JSON or as a CSV file for Excel; a finding's owner, text and due date
// change here, and it is closed with the date and a note of what was done (or reopened). Findings
// are made with their walk (/api/visits). Every write is one transaction with its audit row, which
// never holds the finding's text, owner or note: they may name people.
import { Hono } from "hono";
import type { Db } from "../db/open.ts";
import { invalidBody } from "../http/crud/merge.ts";
import { changedFields, createAuditedWrite, notFound, recordAt } from "../http/crud/write.ts";
import { fieldError, sendError } from "../http/errors.ts";
import { validJson, validQuery } from "../http/validate.ts";
import { type Clock, todayUtc } from "../period/dates.ts";
import { findingSheet } from "./csv.ts";
import { isOverdue, selectFindings } from "./follow-up.ts";
import { createFindingRepo, type StoredFinding } from "./repo.ts";
import {
  closeInput,
  type FindingItem,
  type FindingList,
  findingListQuery,
  findingPatch,
} from "./schema.ts";

export function findingRoutes(db: Db, clock: Clock) {
  const repo = createFindingRepo(db);
  const write = createAuditedWrite(db);
  const today = () => todayUtc(clock());
  const item = (f: StoredFinding, day: string): FindingItem => ({
    ...f,
    overdue: isOverdue(f, day),
  });
  const auditDetail = (f: StoredFinding) => ({
    visit_id: f.visit_id,
    area_id: f.area_id,
    status: f.status,
    due_on: f.due_on,
    closed_on: f.closed_on,
  });
  /** The finding as the list shows it, after a write. */
  const current = (id: number, kommuner: readonly string[]) =>
    item(repo.find(id, kommuner) as StoredFinding, today());

  return new Hono()
    .get("/", validQuery(findingListQuery), (c) => {
      const day = today();
      const all = repo.all(c.get("kommuner"));
      const body: FindingList = {
        today: day,
        findings: selectFindings(all, c.req.valid("query"), day).map((f) => item(f, day)),
        owners: [...new Set(all.map((f) => f.owner))].sort((a, b) => a.localeCompare(b, "sv")),
      };
      return c.json(body, 200);
    })
    .get("/export.csv", validQuery(findingListQuery), (c) => {
      const day = today();
      const rows = selectFindings(repo.all(c.get("kommuner")), c.req.valid("query"), day).map((f) =>
        item(f, day),
      );
      return c.body(findingSheet(rows), 200, {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="grannkoll-fynd-${day}.csv"`,
        "Cache-Control": "no-store",
      });
    })
    .get("/:id", (c) => {
      const f = recordAt(c, repo.find);
      return f ? c.json(item(f, today()), 200) : notFound(c, "finding");
    })
    .patch("/:id", validJson(findingPatch), (c) => {
      const f = recordAt(c, repo.find);
      if (!f) return notFound(c, "finding");
      const patch = c.req.valid("json");
      if (patch.due_on && patch.due_on < f.walk_date) {
        return invalidBody(c, [
          fieldError("due_on", "before_walk", `must not be before the walk (${f.walk_date})`, {
            date: f.walk_date,
          }),
        ]);
      }
      write(c, (audit) => {
        repo.update(f, patch);
        const after = repo.find(f.id, c.get("kommuner")) as StoredFinding;
        audit({
          action: "update",
          entity: "walk_findings",
          entityId: f.id,
          detail: { ...auditDetail(after), changed: changedFields(patch) },
        });
      });
      return c.json(current(f.id, c.get("kommuner")), 200);
    })
    .post("/:id/close", validJson(closeInput), (c) => {
      const f = recordAt(c, repo.find);
      if (!f) return notFound(c, "finding");
      if (f.status === "done") {
        return sendError(c, 409, "conflict", `finding ${f.id} is already closed (${f.closed_on})`);
      }
      const { closed_on, note } = c.req.valid("json");
      const day = today();
      if (closed_on > day) {
        return invalidBody(c, [
          fieldError("closed_on", "after_today", `must not be after today (${day})`, { date: day }),
        ]);
      }
      if (closed_on < f.walk_date) {
        return invalidBody(c, [
          fieldError("closed_on", "before_walk", `must not be before the walk (${f.walk_date})`, {
            date: f.walk_date,
          }),
        ]);
      }
      write(c, (audit) => {
        repo.close(f.id, closed_on, note);
        const after = repo.find(f.id, c.get("kommuner")) as StoredFinding;
        audit({
          action: "close",
          entity: "walk_findings",
          entityId: f.id,
          detail: auditDetail(after),
        });
      });
      return c.json(current(f.id, c.get("kommuner")), 200);
    })
    .post("/:id/reopen", (c) => {
      const f = recordAt(c, repo.find);
      if (!f) return notFound(c, "finding");
      if (f.status === "open") {
        return sendError(c, 409, "conflict", `finding ${f.id} is open`);
      }
      write(c, (audit) => {
        repo.reopen(f.id);
        const after = repo.find(f.id, c.get("kommuner")) as StoredFinding;
        audit({
          action: "reopen",
          entity: "walk_findings",
          entityId: f.id,
          detail: auditDetail(after),
        });
      });
      return c.json(current(f.id, c.get("kommuner")), 200);
    });
}
