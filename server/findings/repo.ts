// SQL for the findings follow-up: every finding of a walk that is not deleted, with the walk's
// date and area, and the three writes the follow-up makes (change, close, reopen). Callers hold
// the transaction and write the audit row.
import type { Db } from "../db/open.ts";
import type { FindingItem, FindingPatch } from "./schema.ts";

type Row = Omit<FindingItem, "overdue" | "demo"> & { demo: number };

const SELECT = `SELECT f.id, f.visit_id, v.date AS walk_date, v.area_id, a.name AS area_name,
    f.text, f.owner, f.status, f.due_on, f.closed_on, f.closed_note, f.demo
  FROM walk_findings f
  JOIN visits v ON v.id = f.visit_id AND v.deleted_at IS NULL
  JOIN areas a ON a.id = v.area_id
  WHERE f.deleted_at IS NULL`;

export type StoredFinding = Omit<FindingItem, "overdue">;

const toStored = (r: Row): StoredFinding => ({ ...r, demo: r.demo === 1 });

export function createFindingRepo(db: Db) {
  const all = db.prepare<[], Row>(`${SELECT} ORDER BY f.id`);
  const one = db.prepare<[number], Row>(`${SELECT} AND f.id = ?`);
  const update = db.prepare(`UPDATE walk_findings SET text = @text, owner = @owner,
    due_on = @due_on WHERE id = @id AND deleted_at IS NULL`);
  const close = db.prepare(`UPDATE walk_findings SET status = 'done', closed_on = @closed_on,
    closed_note = @note WHERE id = @id AND deleted_at IS NULL`);
  const reopen = db.prepare(`UPDATE walk_findings SET status = 'open', closed_on = NULL,
    closed_note = '' WHERE id = @id AND deleted_at IS NULL`);

  return {
    all: (): StoredFinding[] => all.all().map(toStored),
    find(id: number): StoredFinding | undefined {
      const row = one.get(id);
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
