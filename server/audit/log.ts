// The one way to record a write in the audit log. Call it inside the same transaction as the
// write, so a write is never without its audit row and an audit row never without its write.
import type { Db } from "../db/open.ts";

export interface AuditEntry {
  actor: string;
  action: string;
  entity: string;
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
