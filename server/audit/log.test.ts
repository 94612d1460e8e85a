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

it("lets an update do one thing only: blank the client address (retention)", () => {
  const rewrite = [
    "UPDATE audit_log SET remote = '10.0.0.1'",
    "UPDATE audit_log SET remote = NULL, actor = 'x'",
    "UPDATE audit_log SET remote = NULL, detail = '{}'",
    "UPDATE audit_log SET remote = NULL, at = '2000-01-01T00:00:00.000Z'",
    "UPDATE audit_log SET remote = NULL, entity_id = NULL",
    "UPDATE audit_log SET remote = NULL, id = id + 100",
  ];
  for (const sql of rewrite) expect(() => db.prepare(sql).run(), sql).toThrow(/append-only/);
  expect(db.prepare("SELECT remote FROM audit_log").pluck().get()).toBe("127.0.0.1");
  expect(db.prepare("UPDATE audit_log SET remote = NULL").run().changes).toBe(1);
  expect(db.prepare("SELECT actor, entity_id, remote FROM audit_log").get()).toEqual({
    actor: "anonymous",
    entity_id: "7",
    remote: null,
  });
});
