// The admin pages' types: the server's own where it has them (server/auth, server/admin), and the
// shapes the forms hold.

export type { AuditPageEntry as AuditEntry } from "../../server/admin/audit-repo.ts";
export type { AccountPatch, PersonQuery as PersonCriteria } from "../../server/admin/schema.ts";
export type { Account } from "../../server/auth/accounts.ts";
export { ROLES, type Role } from "../../server/auth/roles.ts";

/** The audit log's filter as the form holds it (all strings; empty = no filter): the words a
 * person types, and the first and last day. */
export interface AuditFilter {
  q: string;
  from: string;
  to: string;
}
