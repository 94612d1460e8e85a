// What a backup holds is personal data: contact persons and password hashes. A backup is written
// readable by its owner only; a restore ends every session the backup held and applies again the
// erasures made after the backup was taken, so restoring does not undo a person's erasure.
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { backupDb, restoreDb } from "../../server/db/backup.ts";
import { jsonSender } from "../helpers/json-request.ts";
import { createTestApp } from "../helpers/test-app.ts";

const dir = mkdtempSync(join(tmpdir(), "grannkoll-backup-privacy-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const modeOf = (path: string) => statSync(path).mode & 0o777;

const PERSON = { name: "Åsa Öberg" };
const TRACES = /Åsa Öberg/i;

describe("the database", () => {
  it("is made readable by its owner only, its WAL too", () => {
    const t = createTestApp();
    try {
      expect(modeOf(t.dbPath)).toBe(0o600);
      expect(modeOf(`${t.dbPath}-wal`)).toBe(0o600);
    } finally {
      t.close();
    }
  });
});

describe("a backup", () => {
  it("is readable by its owner only, in a folder only its owner may open", async () => {
    const t = createTestApp();
    try {
      const out = join(dir, "new-folder", "copy.db");
      await backupDb(t.db, out);
      expect(modeOf(out)).toBe(0o600);
      expect(modeOf(join(dir, "new-folder"))).toBe(0o700);
    } finally {
      t.close();
    }
  });
});

describe("a restore", () => {
  it("ends every session and applies again the erasures logged after the backup", async () => {
    const t = createTestApp(undefined, { role: "admin" });
    const send = jsonSender(t.app);
    const backup = join(dir, "before-erasure.db");
    try {
      t.db.prepare("UPDATE watch_groups SET contact_name = ? WHERE id = 1").run(PERSON.name);
      t.db.prepare("UPDATE visits SET notes = ? WHERE id = 1").run(`${PERSON.name} visade runt.`);
      await backupDb(t.db, backup);
      // After the backup the person is erased.
      const erased = await send("POST", "/api/admin/persons/erase", PERSON);
      expect(erased.status).toBe(200);
      t.db.close();

      const report = await restoreDb(backup, t.dbPath);
      expect(modeOf(t.dbPath)).toBe(0o600);
      expect(report.sessionsEnded).toBe(3); // the test app's planner, police and admin
      expect(report.reapplied).toEqual({
        erasures: 1,
        watch_groups: 1,
        free_text: 1,
        missing: [],
      });
      expect(report.warnings).toEqual([]);

      const restored = new Database(t.dbPath, { readonly: true });
      try {
        expect(restored.prepare("SELECT count(*) FROM sessions").pluck().get()).toBe(0);
        const contact = restored
          .prepare("SELECT contact_name FROM watch_groups WHERE id = 1")
          .pluck()
          .get();
        expect(contact).toBeNull();
        const notes = restored.prepare("SELECT notes FROM visits WHERE id = 1").pluck().get();
        expect(notes).toBe("[raderat] visade runt.");
        const all =
          JSON.stringify(restored.prepare("SELECT * FROM watch_groups").all()) +
          JSON.stringify(restored.prepare("SELECT * FROM visits").all());
        expect(all).not.toMatch(TRACES);
        const audit = restored
          .prepare("SELECT actor, action, entity, detail FROM audit_log ORDER BY id DESC LIMIT 1")
          .get() as { actor: string; action: string; entity: string; detail: string };
        expect(audit).toMatchObject({ actor: "system", action: "restore", entity: "database" });
        expect(JSON.parse(audit.detail)).toMatchObject({
          sessions_ended: 3,
          erasures_reapplied: 1,
          watch_groups: 1,
          free_text: 1,
        });
      } finally {
        restored.close();
      }
    } finally {
      t.close();
    }
  });

  it("warns that erasures after the backup are unknown when there is no database to compare with", async () => {
    const t = createTestApp();
    try {
      const backup = join(dir, "lone.db");
      await backupDb(t.db, backup);
      const report = await restoreDb(backup, join(dir, "fresh", "grannkoll.db"));
      expect(report.replaced).toBe(false);
      expect(report.warnings).toHaveLength(1);
      expect(report.warnings[0]).toMatch(/erasures made after the backup .* are not known/);
    } finally {
      t.close();
    }
  });
});
