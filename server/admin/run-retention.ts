// The retention rule applied: erases the contact details that are due, in one transaction with
// its audit row (ids only). The server runs it at start-up and daily; admins can run it by hand.
import { createAuditLog } from "../audit/log.ts";
import type { Db } from "../db/open.ts";
import type { Audit } from "../recording/write.ts";
import { createPrivacyRepo, type PrivacyRepo } from "./privacy-repo.ts";

export interface RetentionResult {
  erased: number;
  watch_group_ids: number[];
}

/** Call inside a transaction; `audit` records the erasure (only when something was due). */
export function eraseDueContacts(repo: PrivacyRepo, now: Date, audit: Audit): RetentionResult {
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
  return { erased: ids.length, watch_group_ids: ids };
}

/** The scheduled run: the audit row's actor is 'system'. */
export function runRetention(db: Db, clock: () => Date = () => new Date()): RetentionResult {
  const repo = createPrivacyRepo(db);
  const log = createAuditLog(db);
  return db.transaction(() =>
    eraseDueContacts(repo, clock(), (entry) => log.record({ ...entry, actor: "system" })),
  )();
}
