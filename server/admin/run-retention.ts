// The retention rules applied: erases the contact details that are due and blanks the client
// addresses in audit rows past their time, in one transaction with their audit rows (ids and
// counts only). The server runs it at start-up and daily; admins can run it by hand.
import { createAuditLog } from "../audit/log.ts";
import type { Db } from "../db/open.ts";
import type { Audit } from "../http/crud/write.ts";
import { type Clock, systemClock } from "../period/dates.ts";
import { createPrivacyRepo, type PrivacyRepo } from "./privacy-repo.ts";

export interface RetentionResult {
  erased: number;
  watch_group_ids: number[];
  /** Audit rows whose client address was blanked. */
  addresses_blanked: number;
}

/** Call inside a transaction; `audit` records each erasure (only when something was due). */
export function eraseDue(repo: PrivacyRepo, now: Date, audit: Audit): RetentionResult {
  // Addresses first: this run's own audit rows keep theirs.
  const blanked = repo.blankDueAddresses(now);
  if (blanked > 0) {
    audit({
      action: "retention-addresses",
      entity: "audit_log",
      detail: { count: blanked, audit_address_months: repo.addressMonths() },
    });
  }
  const ids = repo.dueIds(now);
  if (ids.length > 0) {
    repo.eraseContacts(ids);
    audit({
      action: "retention-erase",
      entity: "watch_groups",
      detail: {
        watch_group_ids: ids,
        count: ids.length,
        contact_retention_months: repo.retentionMonths(),
      },
    });
  }
  return { erased: ids.length, watch_group_ids: ids, addresses_blanked: blanked };
}

/** The scheduled run: the audit row's actor is 'system'. */
export function runRetention(db: Db, clock: Clock = systemClock): RetentionResult {
  const repo = createPrivacyRepo(db, clock);
  const log = createAuditLog(db);
  return db.transaction(() =>
    eraseDue(repo, clock(), (entry) => log.record({ ...entry, actor: "system" })),
  )();
}
