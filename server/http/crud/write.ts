// Every audited write of the API (records, accounts, settings): one transaction holding the rows
// and their audit row, the id taken from the path, and the 404 for an unknown or deleted id.
import type { Context } from "hono";
import { type AuditEntry, createAuditLog } from "../../audit/log.ts";
import type { Db } from "../../db/open.ts";
import { actorOf, remoteOf } from "../actor.ts";
import { sendError } from "../errors.ts";
import { parseId } from "../id.ts";

/** `actor` only where the session does not yet say who it is: a login names its account. */
export type Audit = (entry: Omit<AuditEntry, "actor" | "remote"> & { actor?: string }) => void;

export function createAuditedWrite(db: Db) {
  const log = createAuditLog(db);
  return <T>(c: Context, write: (audit: Audit) => T): T =>
    db.transaction(() =>
      write(({ actor, ...entry }) =>
        log.record({ ...entry, actor: actor ?? actorOf(c), remote: remoteOf(c) }),
      ),
    )();
}

/** The `:id` of the path as a positive integer (parseId's rule), or null when it cannot be one. */
export function recordId(c: Context): number | null {
  const id = parseId(c.req.param("id"));
  return id.ok ? id.id : null;
}

/** The record the path's `:id` names, if it exists and is not deleted. */
export function recordAt<R>(c: Context, find: (id: number) => R | undefined): R | undefined {
  const id = recordId(c);
  return id === null ? undefined : find(id);
}

export function notFound(c: Context, what: string) {
  return sendError(c, 404, "not_found", `No ${what} with id '${c.req.param("id") ?? ""}'`);
}

/** Field names that a patch changes: what the audit row says without repeating the values. */
export const changedFields = (patch: object) => Object.keys(patch).sort();
