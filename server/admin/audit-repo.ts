// Reading the audit log for admins: filtered, newest first, paged by id (keyset, so a page stays
// right while new rows arrive).
import type { Db } from "../db/open.ts";
import { addDays } from "../period/dates.ts";
import type { AuditQuery } from "./schema.ts";

export interface AuditEntryOut {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: string | null;
  detail: Record<string, unknown>;
  remote: string | null;
}

type Row = Omit<AuditEntryOut, "detail"> & { detail: string };

export const toEntry = (r: Row): AuditEntryOut => ({
  ...r,
  detail: JSON.parse(r.detail) as Record<string, unknown>,
});

export function createAuditReader(db: Db) {
  const page = db.prepare<Record<string, string | number | null>, Row>(`
    SELECT id, at, actor, action, entity, entity_id, detail, remote FROM audit_log
    WHERE (@actor IS NULL OR actor = @actor)
      AND (@action IS NULL OR action = @action)
      AND (@entity IS NULL OR entity = @entity)
      AND (@from IS NULL OR at >= @from)
      AND (@before_day IS NULL OR at < @before_day)
      AND (@before_id IS NULL OR id < @before_id)
    ORDER BY id DESC LIMIT @take`);
  const byActor = db.prepare<[string], Row>(
    `SELECT id, at, actor, action, entity, entity_id, detail, remote FROM audit_log
     WHERE actor = ? ORDER BY id`,
  );

  return {
    page(q: AuditQuery): { entries: AuditEntryOut[]; next_before_id: number | null } {
      const rows = page.all({
        actor: q.actor ?? null,
        action: q.action ?? null,
        entity: q.entity ?? null,
        from: q.from ?? null,
        // `at` is an ISO timestamp: the day after `to` is the first instant not included.
        before_day: q.to ? addDays(q.to, 1) : null,
        before_id: q.before_id ?? null,
        take: q.limit + 1,
      });
      const more = rows.length > q.limit;
      const entries = rows.slice(0, q.limit).map(toEntry);
      return { entries, next_before_id: more ? (entries.at(-1)?.id ?? null) : null };
    },
    /** Every row an account name made, oldest first (for a person's data export). */
    byActor: (actor: string): AuditEntryOut[] => byActor.all(actor).map(toEntry),
  };
}
