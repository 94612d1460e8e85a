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
  /**
   * The kommun the row is about, so an administrator of a kommun reads it. Left out, it is the
   * kommun of the record named (KOMMUN_OF), and null for what belongs to the police area as a
   * whole or names no record.
   */
  kommun?: string | null;
}

/** What the police area shares (presence, the lägesbild, coverage, settings): no kommun. */
export const POLICE_AREA_ENTITIES: ReadonlySet<AuditEntity> = new Set([
  "audit_log",
  "coverage",
  "coverage_settings",
  "database",
  "lagesbild",
  "persons",
  "presence",
  "privacy_settings",
]);

const viaArea = (table: string) =>
  `SELECT a.kommun FROM ${table} r JOIN areas a ON a.id = r.area_id WHERE r.id = ?`;
const ofAccount = (idColumn: string, from: string) =>
  `SELECT CASE WHEN a.scope = 'police_area' THEN NULL ELSE
     (SELECT min(k.kommun) FROM account_kommuner k WHERE k.account_id = a.id) END
   FROM ${from} JOIN accounts a ON a.id = ${idColumn} WHERE x.id = ?`;

/**
 * The kommun of a record, by its id: that of its area, period or account. An account of several
 * kommuner counts under the first of them; one of the police area under none.
 */
const KOMMUN_OF: Partial<Record<AuditEntity, string>> = {
  accounts: ofAccount("x.id", "accounts x"),
  access_tokens: ofAccount("x.account_id", "access_tokens x"),
  areas: "SELECT kommun FROM areas WHERE id = ?",
  visits: viaArea("visits"),
  watch_groups: viaArea("watch_groups"),
  dna_kits: viaArea("dna_kits"),
  walk_findings: `SELECT a.kommun FROM walk_findings f JOIN visits v ON v.id = f.visit_id
    JOIN areas a ON a.id = v.area_id WHERE f.id = ?`,
  messages: "SELECT kommun FROM messages WHERE id = ?",
  promise_periods: "SELECT kommun FROM promise_periods WHERE id = ?",
  promises: `SELECT pp.kommun FROM promises p JOIN promise_periods pp ON pp.id = p.period_id
    WHERE p.id = ?`,
  promise_progress: `SELECT pp.kommun FROM promise_progress e JOIN promises p ON p.id = e.promise_id
    JOIN promise_periods pp ON pp.id = p.period_id WHERE e.id = ?`,
};

export function createAuditLog(db: Db) {
  const insert = db.prepare(
    `INSERT INTO audit_log (actor, action, entity, entity_id, detail, remote, kommun)
     VALUES (@actor, @action, @entity, @entity_id, @detail, @remote, @kommun)`,
  );
  const lookups = new Map<AuditEntity, { get(id: string): unknown }>();
  const lookup = (entity: AuditEntity) => {
    const sql = KOMMUN_OF[entity];
    if (!sql) return undefined;
    let stmt = lookups.get(entity);
    if (!stmt) {
      stmt = db.prepare<[string], string | null>(sql).pluck();
      lookups.set(entity, stmt);
    }
    return stmt;
  };
  /** The kommun of the record an entry names (see AuditEntry.kommun). */
  function kommunOf(e: AuditEntry): string | null {
    if (e.kommun !== undefined) return e.kommun;
    if (POLICE_AREA_ENTITIES.has(e.entity) || e.entityId == null) return null;
    const found = lookup(e.entity)?.get(String(e.entityId));
    return typeof found === "string" ? found : null;
  }
  return {
    record(e: AuditEntry): void {
      insert.run({
        actor: e.actor,
        action: e.action,
        entity: e.entity,
        entity_id: e.entityId == null ? null : String(e.entityId),
        detail: JSON.stringify(e.detail ?? {}),
        remote: e.remote ?? null,
        kommun: kommunOf(e),
      });
    },
  };
}

export type AuditLog = ReturnType<typeof createAuditLog>;
