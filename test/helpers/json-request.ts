// JSON requests to the app in integration tests, and the fields an error answer names.
import type { createTestApp } from "./test-app.ts";

type App = ReturnType<typeof createTestApp>["app"];

export function jsonSender(app: App) {
  return async (method: string, path: string, body?: unknown) => {
    const res = await app.request(path, {
      method,
      headers: { "Content-Type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
}

export const fieldsOf = (body: Record<string, unknown>) =>
  ((body.error as { fields?: { field: string }[] }).fields ?? []).map((f) => f.field);

export interface AuditRow {
  action: string;
  entity: string;
  entity_id: string | null;
  detail: string;
}

/** The newest audit row: what a write just recorded. */
export function lastAudit(db: ReturnType<typeof createTestApp>["db"]): AuditRow {
  return db
    .prepare("SELECT action, entity, entity_id, detail FROM audit_log ORDER BY id DESC LIMIT 1")
    .get() as AuditRow;
}

/** The newest audit row with who made it. */
export function lastAuditBy(
  db: ReturnType<typeof createTestApp>["db"],
): AuditRow & { actor: string } {
  return db
    .prepare(
      "SELECT actor, action, entity, entity_id, detail FROM audit_log ORDER BY id DESC LIMIT 1",
    )
    .get() as AuditRow & { actor: string };
}
