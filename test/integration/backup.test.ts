// Backup and restore (server/db/backup.ts) over real SQLite files: a backup taken while another
// connection is in the middle of a write transaction holds exactly the committed rows, and a
// restore brings them back at a new path; broken or foreign files and a database in use are refused.

import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import {
  backupDb,
  checkBackup,
  defaultBackupPath,
  inUse,
  restoreDb,
} from "../../server/db/backup.ts";
import { listMigrations } from "../../server/db/migrate.ts";
import { openDb } from "../../server/db/open.ts";
import { seedIfEmpty } from "../../server/db/seed.ts";
import { FIXTURE_DATA } from "../helpers/test-app.ts";

const dir = mkdtempSync(join(tmpdir(), "grannkoll-backup-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const kitsOf = (db: Database.Database) =>
  db.prepare("SELECT id, area_id, handed_out_on, kits FROM dna_kits ORDER BY id").all();

describe("backup and restore", () => {
  it("names a default backup by UTC time, without colons", () => {
    expect(defaultBackupPath(new Date("2026-11-30T01:52:07.123Z"))).toBe(
      join("backups", "grannkoll-2026-11-30T01-52-07Z.db"),
    );
  });

  it("copies the committed rows while another connection is writing, and restores them", async () => {
    const live = join(dir, "live.db");
    const server = openDb(live);
    seedIfEmpty(server, FIXTURE_DATA);
    // 500 committed rows, still in the WAL (not checkpointed): the backup must include them.
    const insert = server.prepare(
      "INSERT INTO dna_kits (area_id, handed_out_on, kits) VALUES ('12300001', ?, ?)",
    );
    server.transaction(() => {
      for (let i = 1; i <= 500; i++) insert.run("2026-01-15", i);
    })();
    const committed = kitsOf(server);
    expect(committed).toHaveLength(3 + 500);

    // A second connection holds an open write transaction with 100 more rows during the backup.
    const writer = new Database(live);
    writer.exec("BEGIN IMMEDIATE");
    const pending = writer.prepare(
      "INSERT INTO dna_kits (area_id, handed_out_on, kits) VALUES ('12300002', '2026-02-01', 1)",
    );
    for (let i = 0; i < 100; i++) pending.run();
    const out = join(dir, "nested", "copy.db");
    const report = await backupDb(server, out);
    writer.exec("COMMIT");
    writer.close();
    expect(report.path).toBe(out);
    expect(report.pages).toBeGreaterThan(0);
    expect(kitsOf(server)).toHaveLength(3 + 500 + 100);
    server.close();

    const target = join(dir, "restored", "grannkoll.db");
    const restored = await restoreDb(out, target);
    const latest = listMigrations().at(-1)?.version;
    expect(restored).toMatchObject({ replaced: false, to: target, schemaVersion: latest });
    expect(restored.tables.dna_kits).toBe(503);
    const back = new Database(target, { readonly: true });
    expect(kitsOf(back)).toEqual(committed);
    expect(back.pragma("integrity_check", { simple: true })).toBe("ok");
    back.close();
  });

  it("replaces an existing database and removes its stale -wal and -shm", async () => {
    const a = join(dir, "a.db");
    const db = openDb(a);
    seedIfEmpty(db, FIXTURE_DATA);
    const backup = join(dir, "a-backup.db");
    await backupDb(db, backup);
    db.prepare("DELETE FROM dna_kits").run();
    db.close();
    writeFileSync(`${a}-wal`, "stale");
    writeFileSync(`${a}-shm`, "stale");
    const r = await restoreDb(backup, a);
    expect(r.replaced).toBe(true);
    // (The in-use probe may already have dropped the unreadable WAL; nothing stale is left.)
    expect(r.removed).toContain(`${a}-shm`);
    expect(existsSync(`${a}-wal`)).toBe(false);
    expect(existsSync(`${a}-shm`)).toBe(false);
    const back = openDb(a);
    expect(kitsOf(back)).toHaveLength(3);
    back.close();
  });

  it("refuses while the database is open elsewhere, and leaves it as it was", async () => {
    const path = join(dir, "busy.db");
    const db = openDb(path);
    seedIfEmpty(db, FIXTURE_DATA);
    const backup = join(dir, "busy-backup.db");
    await backupDb(db, backup);
    expect(inUse(path)).toBe(true);
    await expect(restoreDb(backup, path)).rejects.toThrow(/is open in another process/);
    expect(kitsOf(db)).toHaveLength(3);
    db.close();
    expect(inUse(path)).toBe(false);
  });

  it("refuses a file that is not an intact Grannkoll database, changing nothing", async () => {
    const target = join(dir, "untouched.db");
    const junk = join(dir, "junk.db");
    writeFileSync(junk, "this is not a database, just some text that is long enough ".repeat(200));
    await expect(restoreDb(junk, target)).rejects.toThrow(/junk\.db: /);
    const foreign = join(dir, "foreign.db");
    const other = new Database(foreign);
    other.exec("CREATE TABLE something (x)");
    other.close();
    expect(() => checkBackup(foreign)).toThrow(/not a Grannkoll database/);
    await expect(restoreDb(join(dir, "missing.db"), target)).rejects.toThrow(/no such file/);
    expect(existsSync(target)).toBe(false);
  });
});
