// The privacy settings (one row) and what the retention rules look at and erase: the watch groups'
// contact details, and client addresses in the audit log. Only ids, dates and counts are read
// here, never the contact details or addresses themselves.
import type { Db } from "../db/open.ts";
import { type Clock, systemClock } from "../period/dates.ts";
import { dueForErasure, monthsBefore, type RetentionCandidate } from "./retention.ts";

interface CandidateRow {
  id: number;
  status: string;
  status_since: string | null;
  inactive_since: string | null;
  deleted_at: string | null;
}

export function createPrivacyRepo(db: Db, clock: Clock = systemClock) {
  const getMonths = db
    .prepare("SELECT contact_retention_months FROM privacy_settings WHERE id = 1")
    .pluck();
  const setMonths = db.prepare<[number | null, string]>(
    "UPDATE privacy_settings SET contact_retention_months = ?, updated_at = ? WHERE id = 1",
  );
  const getAddressMonths = db
    .prepare("SELECT audit_address_months FROM privacy_settings WHERE id = 1")
    .pluck();
  const setAddressMonthsStmt = db.prepare<[number | null, string]>(
    "UPDATE privacy_settings SET audit_address_months = ?, updated_at = ? WHERE id = 1",
  );
  // The audit log's `at` is ISO 8601 in UTC with milliseconds, so text order is time order.
  const countAddresses = db
    .prepare<[string], number>("SELECT count(*) FROM audit_log WHERE remote IS NOT NULL AND at < ?")
    .pluck();
  const blankAddresses = db.prepare(
    "UPDATE audit_log SET remote = NULL WHERE remote IS NOT NULL AND at < ?",
  );
  // Only groups that still hold contact details can be due.
  const candidates = db.prepare<[], CandidateRow>(`SELECT id, status, status_since, inactive_since,
    deleted_at
    FROM watch_groups
    WHERE contact_name IS NOT NULL OR contact_phone IS NOT NULL OR contact_email IS NOT NULL
    ORDER BY id`);
  const erase = db.prepare(`UPDATE watch_groups
    SET contact_name = NULL, contact_phone = NULL, contact_email = NULL WHERE id = ?`);

  const retentionMonths = (): number | null =>
    (getMonths.get() as number | null | undefined) ?? null;
  const addressMonths = (): number | null =>
    (getAddressMonths.get() as number | null | undefined) ?? null;
  /** The instant before which audit rows lose their address; null when addresses are kept. */
  const addressCutoff = (now: Date): string | null => {
    const months = addressMonths();
    return months === null ? null : monthsBefore(now, months).toISOString();
  };

  return {
    retentionMonths,
    setRetentionMonths: (months: number | null) =>
      void setMonths.run(months, clock().toISOString()),
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
    addressMonths,
    setAddressMonths: (months: number | null) =>
      void setAddressMonthsStmt.run(months, clock().toISOString()),
    /** How many audit rows would lose their client address at `now`. */
    addressesDue(now: Date): number {
      const cutoff = addressCutoff(now);
      return cutoff === null ? 0 : (countAddresses.get(cutoff) ?? 0);
    },
    /** Blanks the client address of the audit rows that are due; returns how many. */
    blankDueAddresses(now: Date): number {
      const cutoff = addressCutoff(now);
      return cutoff === null ? 0 : blankAddresses.run(cutoff).changes;
    },
  };
}

export type PrivacyRepo = ReturnType<typeof createPrivacyRepo>;
