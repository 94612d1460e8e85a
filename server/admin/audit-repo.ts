// Reading the audit log for admins: filtered, newest first, paged by id (keyset, so a page stays
// right while new rows arrive). `q` is what a person types: every word must be found in the row
// (who, what, which record, its detail, the account it is about), a word also matching the
// actions and kinds of record whose Swedish or English name holds it (server/audit/words.ts).
import { matchesAll, searchTerms } from "../audit/words.ts";
import type { Db } from "../db/open.ts";
import { inKommuner, kommunParam } from "../kommun/sql.ts";
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
  /** The kommun the row is about; null for the police area as a whole. */
  kommun: string | null;
}

/** An entry of the admin's log: also the username of the account it is about, if any. */
export interface AuditPageEntry extends AuditEntryOut {
  /** For a row about an account (a login, a reset …): that account's username. */
  account: string | null;
}

type Row = Omit<AuditEntryOut, "detail"> & { detail: string };

export const toEntry = <R extends Row>(r: R): Omit<R, "detail"> & AuditEntryOut => ({
  ...r,
  detail: JSON.parse(r.detail) as Record<string, unknown>,
});

/** The SQL function the search runs on each row's text; the terms are parsed once per query. */
function registerMatcher(db: Db) {
  let last = { json: "", terms: [] as string[][] };
  db.function("audit_matches", { deterministic: true }, (text: unknown, json: unknown) => {
    if (json !== last.json) last = { json: String(json), terms: JSON.parse(String(json)) };
    return matchesAll(String(text ?? ""), last.terms) ? 1 : 0;
  });
}

export function createAuditReader(db: Db) {
  registerMatcher(db);
  const page = db.prepare<
    Record<string, string | number | null>,
    Row & { account: string | null }
  >(`
    SELECT a.id, a.at, a.actor, a.action, a.entity, a.entity_id, a.detail, a.remote, a.kommun,
      acc.username AS account
    FROM audit_log a
    LEFT JOIN accounts acc ON a.entity = 'accounts' AND acc.id = CAST(a.entity_id AS INTEGER)
    WHERE (@all = 1 OR ${inKommuner("a.kommun")}
      -- An account's own rows (created, logged in, changed) for every kommun it works for: an
      -- account of several kommuner is filed under its first, and the others' admins see it too.
      OR (a.entity = 'accounts' AND CAST(a.entity_id AS INTEGER) IN (
        SELECT account_id FROM account_kommuner WHERE ${inKommuner("kommun")}))
      -- A change of an account's kommuner, for the kommuner it left as well as those it joined.
      OR (a.entity = 'accounts' AND json_valid(a.detail) AND EXISTS (
        SELECT 1 FROM json_each(a.detail, '$.previous_kommuner') p
        WHERE ${inKommuner("p.value")}))
      -- Its personal access tokens (created, revoked) likewise.
      OR (a.entity = 'access_tokens' AND CAST(a.entity_id AS INTEGER) IN (
        SELECT t.id FROM access_tokens t JOIN account_kommuner k ON k.account_id = t.account_id
        WHERE ${inKommuner("k.kommun")})))
      AND (@actor IS NULL OR a.actor = @actor)
      AND (@action IS NULL OR a.action = @action)
      AND (@entity IS NULL OR a.entity = @entity)
      AND (@from IS NULL OR a.at >= @from)
      AND (@before_day IS NULL OR a.at < @before_day)
      AND (@before_id IS NULL OR a.id < @before_id)
      AND (@terms IS NULL OR audit_matches(a.actor || ' ' || a.action || ' ' || a.entity || ' '
        || COALESCE(a.entity_id, '') || ' ' || a.detail || ' ' || COALESCE(acc.username, ''),
        @terms))
    ORDER BY a.id DESC LIMIT @take`);
  const byActor = db.prepare<[string], Row>(
    `SELECT id, at, actor, action, entity, entity_id, detail, remote, kommun FROM audit_log
     WHERE actor = ? ORDER BY id`,
  );

  return {
    /**
     * `scope`: every row (an administrator of the police area), or the rows of these kommuner
     * only (an administrator of a kommun, or any admin narrowing with ?kommun=).
     */
    page(
      q: AuditQuery,
      scope: "all" | readonly string[],
    ): { entries: AuditPageEntry[]; next_before_id: number | null } {
      const rows = page.all({
        all: scope === "all" ? 1 : 0,
        kommuner: kommunParam(scope === "all" ? [] : scope),
        actor: q.actor ?? null,
        action: q.action ?? null,
        entity: q.entity ?? null,
        from: q.from ?? null,
        // `at` is an ISO timestamp: the day after `to` is the first instant not included.
        before_day: q.to ? addDays(q.to, 1) : null,
        before_id: q.before_id ?? null,
        terms: q.q ? JSON.stringify(searchTerms(q.q)) : null,
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
