// GET /api/admin/audit: the audit log, filtered by words (q), actor, action, entity and days,
// newest first.
import { Hono } from "hono";
import type { Db } from "../db/open.ts";
import { validQuery } from "../http/validate.ts";
import { createAuditReader } from "./audit-repo.ts";
import { auditQuery } from "./schema.ts";

export function auditRoutes(db: Db) {
  const reader = createAuditReader(db);
  return new Hono().get("/", validQuery(auditQuery), (c) =>
    c.json(reader.page(c.req.valid("query")), 200),
  );
}
