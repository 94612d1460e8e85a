// SQL for the findings follow-up: every finding of a walk that is not deleted, with the walk's
// date and area, and the three writes the follow-up makes (change, close, reopen). Callers hold
// the transaction and write the audit row.
import type { Db } from "../db/open.ts";
import { inKommuner, kommunParam } from "../kommun/sql.ts";
import type { FindingItem, FindingPatch } from "./schema.ts";

type Row = Omit<FindingItem, "overdue" | "demo"> & { demo: number };

// Only the findings of walks in the caller's kommuner (@kommuner, server/kommun/sql.ts).
const SELECT = `SELECT f.id, f.visit_id, v.date AS walk_date, v.area_id, a.name AS area_name,
    a.kommun,
    f.text, f.owner, f.status, f.due_on, f.closed_on, f.closed_note, f.demo
  FROM walk_findings f
  JOIN visits v ON v.id = f.visit_id AND v.deleted_at IS NULL
  JOIN areas a ON a.id = v.area_id
  WHERE f.deleted_at IS NULL AND ${inKommuner("a.kommun")}`;

export type StoredFinding = Omit<FindingItem, "overdue">;

const toStored = (r: Row): StoredFinding => ({ ...r, demo: r.demo === 1 });

export function createFindingRepo(db: Db) {
  const all = db.prepare<{ kommuner: string }, Row>(`${SELECT} ORDER BY f.id`);
  const one = db.prepare<{ id: number; kommuner: string }, Row>(`${SELECT} AND f.id = @id`);
  const update = db.prepare(`UPDATE walk_findings SET text = @text, owner = @owner,
    due_on = @due_on WHERE id = @id AND deleted_at IS NULL`);
  const close = db.prepare(`UPDATE walk_findings SET status = 'done', closed_on = @closed_on,
    closed_note = @note WHERE id = @id AND deleted_at IS NULL`);
  const reopen = db.prepare(`UPDATE walk_findings SET status = 'open', closed_on = NULL,
    closed_note = '' WHERE id = @id AND deleted_at IS NULL`);

  return {
    all: (kommuner: readonly string[]): StoredFinding[] =>
      all.all({ kommuner: kommunParam(kommuner) }).map(toStored),
    /** The finding, if it is not deleted and its walk lies in one of the kommuner. */
    find(id: number, kommuner: readonly string[]): StoredFinding | undefined {
      const row = one.get({ id, kommuner: kommunParam(kommuner) });
      return row && toStored(row);
    },
    update(f: StoredFinding, patch: FindingPatch): void {
      update.run({
        id: f.id,
        text: patch.text ?? f.text,
        owner: patch.owner ?? f.owner,
        due_on: patch.due_on === undefined ? f.due_on : patch.due_on,
      });
    },
    close: (id: number, closed_on: string, note: string) => void close.run({ id, closed_on, note }),
    reopen: (id: number) => void reopen.run({ id }),
  };
}
