// /api/admin: accounts, the audit log, the privacy settings and personal-data requests. The access
// table (server/auth/access.ts) lets only admins in; the guard checks role and CSRF before these run.
import { type Context, Hono, type Next } from "hono";
import type { Auth } from "../auth/auth.ts";
import type { Db } from "../db/open.ts";
import { sendError } from "../http/errors.ts";
import { accountRoutes } from "./account-routes.ts";
import { auditRoutes } from "./audit-routes.ts";
import { personRoutes } from "./person-routes.ts";
import { privacyRoutes } from "./privacy-routes.ts";

/**
 * Personal-data requests and the retention setting span the whole deployment (a person can be a
 * contact or be named in records of any kommun, and retention erases in every kommun): only an
 * administrator of the police area, not narrowed to one kommun, may use them. An administrator of
 * a kommun gets a 403 naming why.
 */
async function policeAreaAdminOnly(c: Context, next: Next) {
  const session = c.get("session");
  const narrowed = (c.req.query("kommun") ?? "") !== "";
  if (session?.scope !== "police_area" || narrowed) {
    return sendError(
      c,
      403,
      "kommun_forbidden",
      "Personal-data requests and retention cover every kommun: only an administrator of the whole police area may use them",
    );
  }
  await next();
}

export function adminRoutes(db: Db, auth: Auth, clock: () => Date = () => new Date()) {
  return new Hono()
    .route("/accounts", accountRoutes(db, auth))
    .route("/audit", auditRoutes(db))
    .use("/privacy/*", policeAreaAdminOnly)
    .use("/privacy", policeAreaAdminOnly)
    .use("/persons/*", policeAreaAdminOnly)
    .route("/privacy", privacyRoutes(db, clock))
    .route("/persons", personRoutes(db, auth, clock));
}
