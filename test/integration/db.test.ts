// The database: pragmas, versioned migrations, and the first-start load from data/ in one transaction.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { listMigrations, migrate } from "../../server/db/migrate.ts";
import { openDb } from "../../server/db/open.ts";
import { seedIfEmpty } from "../../server/db/seed.ts";
import { FIXTURE_DATA } from "../helpers/test-app.ts";

const dirs: string[] = [];
function tempDir() {
  const dir = mkdtempSync(join(tmpdir(), "grannkoll-db-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("openDb", () => {
  it("uses WAL with foreign keys on, and records every migration once", () => {
    const path = join(tempDir(), "a.db");
    const db = openDb(path);
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.pragma("foreign_keys", { simple: true })).toBe(1);
    const versions = db
      .prepare("SELECT version FROM schema_migrations ORDER BY version")
      .pluck()
      .all();
    expect(versions).toEqual(listMigrations().map((m) => m.version));
    expect(migrate(db)).toEqual([]); // nothing left to apply
    db.close();
    const reopened = openDb(path);
    expect(reopened.prepare("SELECT COUNT(*) FROM schema_migrations").pluck().get()).toBe(
      versions.length,
    );
    reopened.close();
  });

  it("rejects activity in an area that does not exist", () => {
    const db = openDb(join(tempDir(), "fk.db"));
    expect(() =>
      db
        .prepare(
          "INSERT INTO visits (area_id, kind, date, topic) VALUES ('nope', 'info_session', '2019-01-01', 'other')",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    db.close();
  });
});

describe("seedIfEmpty", () => {
  it("loads the data folder once and marks the activity as demo", () => {
    const db = openDb(join(tempDir(), "s.db"));
    expect(seedIfEmpty(db, FIXTURE_DATA)).toBe(true);
    expect(seedIfEmpty(db, FIXTURE_DATA)).toBe(false);
    expect(db.prepare("SELECT COUNT(*) FROM areas").pluck().get()).toBe(3);
    expect(db.prepare("SELECT COUNT(*) FROM visits WHERE demo = 1").pluck().get()).toBe(5);
    expect(db.prepare("SELECT COUNT(*) FROM watch_groups WHERE demo = 0").pluck().get()).toBe(0);
    db.close();
  });

  it("leaves the database empty when a row in the middle of the file is bad", () => {
    const data = tempDir();
    cpSync(FIXTURE_DATA, data, { recursive: true });
    // A visit that points at an unknown area passes the file schema but fails the foreign key.
    const file = JSON.parse(readFileSync(join(data, "demo-activity.json"), "utf8")) as {
      visits: { area_id: string }[];
    };
    const middle = file.visits[2];
    if (!middle) throw new Error("fixture has too few visits");
    middle.area_id = "00000000";
    writeFileSync(join(data, "demo-activity.json"), JSON.stringify(file));
    const db = openDb(join(tempDir(), "bad.db"));
    expect(() => seedIfEmpty(db, data)).toThrow(/FOREIGN KEY/);
    expect(db.prepare("SELECT COUNT(*) FROM areas").pluck().get()).toBe(0);
    expect(db.prepare("SELECT COUNT(*) FROM visits").pluck().get()).toBe(0);
    db.close();
  });

  it("names the file and the field when a data file is malformed", () => {
    const data = tempDir();
    cpSync(FIXTURE_DATA, data, { recursive: true });
    writeFileSync(
      join(data, "areas.geojson"),
      JSON.stringify({
        type: "FeatureCollection",
        features: [{ type: "Feature", properties: { id: "x" }, geometry: null }],
      }),
    );
    const db = openDb(join(tempDir(), "m.db"));
    expect(() => seedIfEmpty(db, data)).toThrow(/areas\.geojson is not valid[\s\S]*id/);
    db.close();
  });
});
