// The privacy setting (one row) and the watch groups' contact details that the retention rule
// looks at and erases. Only ids and dates are read here, never the contact details themselves.
import type { Db } from "../db/open.ts";
import { dueForErasure, type RetentionCandidate } from "./retention.ts";

interface CandidateRow {
  id: number;
  status: string;
  status_since: string | null;
  deleted_at: string | null;
}

export function createPrivacyRepo(db: Db) {
  const getMonths = db
    .prepare("SELECT contact_retention_months FROM privacy_settings WHERE id = 1")
    .pluck();
  const setMonths = db.prepare(`UPDATE privacy_settings SET contact_retention_months = ?,
    updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 1`);
  // Only groups that still hold contact details can be due.
  const candidates = db.prepare<[], CandidateRow>(`SELECT id, status, status_since, deleted_at
    FROM watch_groups
    WHERE contact_name IS NOT NULL OR contact_phone IS NOT NULL OR contact_email IS NOT NULL
    ORDER BY id`);
  const erase = db.prepare(`UPDATE watch_groups
    SET contact_name = NULL, contact_phone = NULL, contact_email = NULL WHERE id = ?`);

  const retentionMonths = (): number | null =>
    (getMonths.get() as number | null | undefined) ?? null;

  return {
    retentionMonths,
    setRetentionMonths: (months: number | null) => void setMonths.run(months),
    /** Ids of the groups whose contact details the rule would erase at `now`. */
    dueIds(now: Date): number[] {
      const groups: RetentionCandidate[] = candidates
        .all()
        .map((r) => ({ ...r, has_contact: true }));
      return dueForErasure(groups, retentionMonths(), now);
    },
    /** Sets the contact fields of these groups to NULL (call inside a transaction). */
    eraseContacts(ids: readonly number[]): void {
      for (const id of ids) erase.run(id);
    },
  };
}

export type PrivacyRepo = ReturnType<typeof createPrivacyRepo>;
