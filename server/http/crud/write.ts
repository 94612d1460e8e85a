// Every audited write of the API (records, accounts, settings): one transaction holding the rows
// and their audit row, the id taken from the path, and the 404 for an unknown or deleted id.
import type { Context } from "hono";
import { type AuditEntry, createAuditLog, POLICE_AREA_ENTITIES } from "../../audit/log.ts";
import type { Db } from "../../db/open.ts";
import { actorOf, remoteOf } from "../actor.ts";
import { sendError } from "../errors.ts";
import { parseId } from "../id.ts";

/** `actor` only where the session does not yet say who it is: a login names its account. */
export type Audit = (entry: Omit<AuditEntry, "actor" | "remote"> & { actor?: string }) => void;

/**
 * The kommun of an audit row that names no one record (an import of many): the caller's, when the
 * request works for exactly one kommun; else none. A row naming a record takes the record's.
 */
function kommunOfRequest(c: Context, entry: Omit<AuditEntry, "actor" | "remote">) {
  if (entry.kommun !== undefined) return entry.kommun;
  if (entry.entityId != null || POLICE_AREA_ENTITIES.has(entry.entity)) return undefined;
  const kommuner = c.get("kommuner") ?? [];
  return kommuner.length === 1 ? kommuner[0] : undefined;
}

export function createAuditedWrite(db: Db) {
  const log = createAuditLog(db);
  return <T>(c: Context, write: (audit: Audit) => T): T =>
    db.transaction(() =>
      write(({ actor, ...entry }) =>
        log.record({
          ...entry,
          actor: actor ?? actorOf(c),
          remote: remoteOf(c),
          kommun: kommunOfRequest(c, entry),
        }),
      ),
    )();
}

/** The `:id` of the path as a positive integer (parseId's rule), or null when it cannot be one. */
export function recordId(c: Context): number | null {
  const id = parseId(c.req.param("id"));
  return id.ok ? id.id : null;
}

/**
 * The record the path's `:id` names, if it exists, is not deleted and (for a `find` that takes
 * them) lies in one of the caller's kommuner: one of another kommun answers as if absent.
 */
export function recordAt<R>(
  c: Context,
  find: (id: number, kommuner: readonly string[]) => R | undefined,
): R | undefined {
  const id = recordId(c);
  return id === null ? undefined : find(id, c.get("kommuner") ?? []);
}

export function notFound(c: Context, what: string) {
  return sendError(c, 404, "not_found", `No ${what} with id '${c.req.param("id") ?? ""}'`);
}

/** Field names that a patch changes: what the audit row says without repeating the values. */
export const changedFields = (patch: object) => Object.keys(patch).sort();
