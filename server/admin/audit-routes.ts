// GET /api/admin/audit: the audit log, filtered by words (q), actor, action, entity and days,
// newest first. An administrator of the police area reads every row; an administrator of a kommun
// (or one narrowing with ?kommun=) only the rows of their kommuner, none of the police area's.
import { Hono } from "hono";
import type { Session } from "../auth/sessions.ts";
import type { Db } from "../db/open.ts";
import { validQuery } from "../http/validate.ts";
import { createAuditReader } from "./audit-repo.ts";
import { auditQuery } from "./schema.ts";

export function auditRoutes(db: Db) {
  const reader = createAuditReader(db);
  return new Hono().get("/", validQuery(auditQuery), (c) => {
    const session = c.get("session") as Session;
    const narrowed = (c.req.query("kommun") ?? "") !== "";
    const scope = session.scope === "police_area" && !narrowed ? "all" : c.get("kommuner");
    return c.json(reader.page(c.req.valid("query"), scope), 200);
  });
}
