import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { openDb } from "../db/open.ts";
import { createAuditLog } from "./log.ts";

const dir = mkdtempSync(join(tmpdir(), "grannkoll-audit-"));
const db = openDb(join(dir, "a.db"));
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

it("records an entry and refuses to rewrite or delete it", () => {
  createAuditLog(db).record({
    actor: "anonymous",
    action: "create",
    entity: "visits",
    entityId: 7,
    detail: { kind: "info_session" },
    remote: "127.0.0.1",
  });
  expect(
    db.prepare("SELECT actor, action, entity, entity_id, detail FROM audit_log").get(),
  ).toEqual({
    actor: "anonymous",
    action: "create",
    entity: "visits",
    entity_id: "7",
    detail: '{"kind":"info_session"}',
  });
  expect(() => db.prepare("UPDATE audit_log SET actor = 'x'").run()).toThrow(/append-only/);
  expect(() => db.prepare("DELETE FROM audit_log").run()).toThrow(/append-only/);
});
