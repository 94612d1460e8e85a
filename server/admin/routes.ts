// /api/admin: accounts, the audit log, the privacy settings and personal-data requests. The access
// table (server/auth/access.ts) lets only admins in; the guard checks role and CSRF before these run.
import { Hono } from "hono";
import type { Auth } from "../auth/auth.ts";
import type { Db } from "../db/open.ts";
import { accountRoutes } from "./account-routes.ts";
import { auditRoutes } from "./audit-routes.ts";
import { personRoutes } from "./person-routes.ts";
import { privacyRoutes } from "./privacy-routes.ts";

export function adminRoutes(db: Db, auth: Auth, clock: () => Date = () => new Date()) {
  return new Hono()
    .route("/accounts", accountRoutes(db, auth))
    .route("/audit", auditRoutes(db))
    .route("/privacy", privacyRoutes(db, clock))
    .route("/persons", personRoutes(db, auth, clock));
}
