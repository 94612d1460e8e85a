// Everything stored about one person, and its erasure: watch-group contact entries, accounts
// (found, never erased here), free-text fields that mention the person, and the audit rows an
// account of theirs made. Free-text columns are listed in FREE_TEXT; a column that this
// database does not have is skipped.
import type { Account, AccountRepo } from "../auth/accounts.ts";
import type { Db } from "../db/open.ts";
import { type AuditEntryOut, createAuditReader } from "./audit-repo.ts";
import {
  type ContactField,
  matchedContactFields,
  mentions,
  normalName,
  type Person,
  redact,
  textPatterns,
} from "./person-match.ts";

interface FreeTextSource {
  table: string;
  column: string;
  /** How the row is named in the export; defaults to its id. */
  idSql?: string;
  /** A JSON array of strings (e.g. participants): each string is searched and redacted. */
  json?: boolean;
}

/** Free-text fields that may hold a name. Add new ones here. */
export const FREE_TEXT: readonly FreeTextSource[] = [
  { table: "visits", column: "notes" },
  { table: "visits", column: "participants", json: true },
  { table: "walk_findings", column: "text" },
  { table: "walk_findings", column: "owner" },
  { table: "walk_findings", column: "closed_note" },
  { table: "presence", column: "notes" },
  { table: "messages", column: "subject" },
  { table: "lagesbild", column: "notes" },
  { table: "lagesbild", column: "participants", json: true },
  {
    table: "lagesbild_areas",
    column: "reason",
    idSql: "CAST(lagesbild_id AS TEXT) || ':' || area_id",
  },
  { table: "promise_progress", column: "note" },
  { table: "promise_progress", column: "label" },
  { table: "watch_groups", column: "name" },
];

export interface ContactEntry {
  watch_group_id: number;
  watch_group_name: string;
  area_id: string;
  area_name: string;
  status: string;
  removed: boolean;
  role: "contact_person";
  matched_fields: ContactField[];
  contact_name: string | null;
  contact_phone: string | null;
  contact_email: string | null;
}

export interface FreeTextHit {
  entity: string;
  id: number | string;
  field: string;
  text: string;
  removed: boolean;
}

interface TextRow {
  rid: number;
  id: number | string;
  value: string;
  removed: number;
}

interface GroupRow {
  id: number;
  name: string;
  area_id: string;
  area_name: string;
  status: string;
  deleted_at: string | null;
  contact_name: string | null;
  contact_phone: string | null;
  contact_email: string | null;
}

function jsonStrings(value: string): string[] {
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}

function redactJson(value: string, patterns: RegExp[]): string {
  const parsed: unknown = JSON.parse(value);
  if (!Array.isArray(parsed)) return value;
  return JSON.stringify(parsed.map((x) => (typeof x === "string" ? redact(x, patterns) : x)));
}

export function createPersonRepo(db: Db, accounts: AccountRepo) {
  const columnsOf = (table: string) =>
    new Set(
      (db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[]).map(
        (r) => r.name,
      ),
    );
  const sources = FREE_TEXT.flatMap((s) => {
    const cols = columnsOf(s.table);
    if (!cols.has(s.column)) return [];
    const removed = cols.has("deleted_at") ? "deleted_at IS NOT NULL" : "0";
    const id = s.idSql ?? "id";
    return [
      {
        ...s,
        select: db.prepare<[], TextRow>(
          `SELECT rowid AS rid, ${id} AS id, ${s.column} AS value, ${removed} AS removed
           FROM ${s.table} WHERE ${s.column} IS NOT NULL AND ${s.column} <> ''`,
        ),
        update: db.prepare(`UPDATE ${s.table} SET ${s.column} = ? WHERE rowid = ?`),
      },
    ];
  });
  const groups = db.prepare<[], GroupRow>(`SELECT g.id, g.name, g.area_id, a.name AS area_name,
      g.status, g.deleted_at, g.contact_name, g.contact_phone, g.contact_email
    FROM watch_groups g JOIN areas a ON a.id = g.area_id
    WHERE g.contact_name IS NOT NULL OR g.contact_phone IS NOT NULL OR g.contact_email IS NOT NULL
    ORDER BY g.id`);
  const eraseContact = db.prepare(`UPDATE watch_groups
    SET contact_name = NULL, contact_phone = NULL, contact_email = NULL WHERE id = ?`);
  const audit = createAuditReader(db);

  function contacts(p: Person): ContactEntry[] {
    return groups.all().flatMap((g) => {
      const matched = matchedContactFields(g, p);
      if (matched.length === 0) return [];
      return [
        {
          watch_group_id: g.id,
          watch_group_name: g.name,
          area_id: g.area_id,
          area_name: g.area_name,
          status: g.status,
          removed: g.deleted_at !== null,
          role: "contact_person" as const,
          matched_fields: matched,
          contact_name: g.contact_name,
          contact_phone: g.contact_phone,
          contact_email: g.contact_email,
        },
      ];
    });
  }

  /** Rows of every free-text source that mention the person, with their row ids for erasure. */
  function textHits(p: Person) {
    const patterns = textPatterns(p);
    return sources.flatMap((s) =>
      s.select
        .all()
        .filter((r) => mentions(s.json ? jsonStrings(r.value).join("\n") : r.value, patterns))
        .map((r) => ({ source: s, row: r })),
    );
  }

  function accountsOf(p: Person): Account[] {
    if (!p.name) return [];
    const name = normalName(p.name);
    return accounts
      .list()
      .filter((a) => normalName(a.username) === name || normalName(a.display_name) === name);
  }

  return {
    find(p: Person) {
      const found = accountsOf(p);
      const auditEntries: AuditEntryOut[] = found.flatMap((a) => audit.byActor(a.username));
      return {
        watch_group_contacts: contacts(p),
        accounts: found,
        free_text: textHits(p).map(
          ({ source, row }): FreeTextHit => ({
            entity: source.table,
            id: row.id,
            field: source.column,
            text: row.value,
            removed: row.removed === 1,
          }),
        ),
        audit_entries: auditEntries,
      };
    },
    /** Call inside a transaction. Accounts are kept: admins disable them. */
    erase(p: Person) {
      const matchedGroups = contacts(p).map((c) => c.watch_group_id);
      for (const id of matchedGroups) eraseContact.run(id);
      const patterns = textPatterns(p);
      const hits = textHits(p);
      for (const { source, row } of hits) {
        const next = source.json ? redactJson(row.value, patterns) : redact(row.value, patterns);
        source.update.run(next, row.rid);
      }
      return {
        watch_group_ids: matchedGroups,
        free_text: hits.map(({ source, row }) => ({
          entity: source.table,
          id: row.id,
          field: source.column,
        })),
        accounts_kept: accountsOf(p).length,
      };
    },
  };
}
