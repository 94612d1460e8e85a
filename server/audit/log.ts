// The one way to record a write in the audit log. Call it inside the same transaction as the
// write, so a write is never without its audit row and an audit row never without its write.
import type { Db } from "../db/open.ts";

/** What an audit row can say was done; the admin's filter offers the same list. */
export const AUDIT_ACTIONS = [
  "create",
  "update",
  "delete",
  "insert",
  "import",
  "recompute",
  "login",
  "login-failed",
  "logout",
  "password-change",
  "password-change-failed",
  "reset-password",
  "read-personal",
  "erase-personal",
  "retention-erase",
  "retention-addresses",
  "revoke",
  "close",
  "reopen",
  "restore",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** What kind of record an audit row is about (mostly a table's name). */
export const AUDIT_ENTITIES = [
  "access_tokens",
  "accounts",
  "areas",
  "audit_log",
  "coverage",
  "coverage_settings",
  "database",
  "dna_kits",
  "lagesbild",
  "messages",
  "persons",
  "presence",
  "privacy_settings",
  "promise_periods",
  "promise_progress",
  "promises",
  "visits",
  "walk_findings",
  "watch_groups",
] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

export interface AuditEntry {
  actor: string;
  action: AuditAction;
  entity: AuditEntity;
  entityId?: string | number | null;
  /** What changed; never personal data such as contact details. */
  detail?: Record<string, unknown>;
  remote?: string | null;
}

export function createAuditLog(db: Db) {
  const insert = db.prepare(
    `INSERT INTO audit_log (actor, action, entity, entity_id, detail, remote)
     VALUES (@actor, @action, @entity, @entity_id, @detail, @remote)`,
  );
  return {
    record(e: AuditEntry): void {
      insert.run({
        actor: e.actor,
        action: e.action,
        entity: e.entity,
        entity_id: e.entityId == null ? null : String(e.entityId),
        detail: JSON.stringify(e.detail ?? {}),
        remote: e.remote ?? null,
      });
    },
  };
}

export type AuditLog = ReturnType<typeof createAuditLog>;
