// Erasures a restore would undo: a backup holds the contact persons and free text as they were
// when it was taken, so a person erased since (GDPR article 17) or a group's contact details
// erased by retention would come back. The restore reads the erasures the database it replaces
// logged after the backup's last audit row and applies them again to the restored copy: contact
// details by watch-group id, free text by copying the erased field's present value (which has
// the name replaced) from the database it replaces. Only fields listed in FREE_TEXT are touched.
import type { Db } from "../db/open.ts";
import { FREE_TEXT } from "./person-repo.ts";

export interface LoggedErasure {
  at: string;
  action: "erase-personal" | "retention-erase";
  watch_group_ids: number[];
  free_text: { entity: string; id: number | string; field: string }[];
}

export interface ReappliedErasures {
  erasures: number;
  watch_groups: number;
  free_text: number;
  /** Erased fields the restored copy still holds but could not be given their erased value. */
  missing: string[];
}

const hasTable = (db: Db, name: string) =>
  db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(name) !==
  undefined;

/** The newest audit row's time, or null for a database without any. */
export function lastAuditAt(db: Db): string | null {
  if (!hasTable(db, "audit_log")) return null;
  return (db.prepare("SELECT max(at) FROM audit_log").pluck().get() as string | null) ?? null;
}

/** The erasures `db` logged after `since` (all of them when null), oldest first. */
export function erasuresAfter(db: Db, since: string | null): LoggedErasure[] {
  if (!hasTable(db, "audit_log")) return [];
  const rows = db
    .prepare<[string | null, string | null], { at: string; action: string; detail: string }>(
      `SELECT at, action, detail FROM audit_log
       WHERE action IN ('erase-personal', 'retention-erase') AND (? IS NULL OR at > ?)
       ORDER BY id`,
    )
    .all(since, since);
  return rows.map((r) => {
    const detail = JSON.parse(r.detail) as Partial<LoggedErasure>;
    return {
      at: r.at,
      action: r.action as LoggedErasure["action"],
      watch_group_ids: Array.isArray(detail.watch_group_ids) ? detail.watch_group_ids : [],
      free_text: Array.isArray(detail.free_text) ? detail.free_text : [],
    };
  });
}

/** Applies `erasures` to `restored`, taking erased free text from `current`. Call in a transaction. */
export function reapplyErasures(
  current: Db,
  restored: Db,
  erasures: readonly LoggedErasure[],
): ReappliedErasures {
  const eraseContact = restored.prepare(`UPDATE watch_groups
    SET contact_name = NULL, contact_phone = NULL, contact_email = NULL WHERE id = ?`);
  const groups = new Set<number>();
  let freeText = 0;
  const missing: string[] = [];
  for (const e of erasures) {
    for (const id of e.watch_group_ids) {
      if (eraseContact.run(id).changes > 0) groups.add(id);
    }
    for (const hit of e.free_text) {
      const source = FREE_TEXT.find((s) => s.table === hit.entity && s.column === hit.field);
      const what = `${hit.entity} ${hit.id} ${hit.field}`;
      if (!source) {
        missing.push(what);
        continue;
      }
      const select = `SELECT ${source.column} FROM ${source.table} WHERE (${source.idSql ?? "id"}) = ?`;
      try {
        // A row made after the backup is not in it: nothing came back.
        if (restored.prepare(select).pluck().get(hit.id) === undefined) continue;
        const value = current.prepare(select).pluck().get(hit.id);
        if (value === undefined) {
          missing.push(what);
          continue;
        }
        restored
          .prepare(
            `UPDATE ${source.table} SET ${source.column} = ? WHERE (${source.idSql ?? "id"}) = ?`,
          )
          .run(value, hit.id);
        freeText++;
      } catch {
        missing.push(what); // a table or column the backup's older schema does not have
      }
    }
  }
  return { erasures: erasures.length, watch_groups: groups.size, free_text: freeText, missing };
}
