// The real app over a real SQLite file in a fresh temporary folder, filled from a data folder.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createApp } from "../../server/app.ts";
import { openDb } from "../../server/db/open.ts";
import { seedIfEmpty } from "../../server/db/seed.ts";

export const FIXTURE_DATA = join(import.meta.dirname, "..", "fixtures", "data");
export const EMBEDDED_DATA = join(import.meta.dirname, "..", "..", "data");

export function createTestApp(dataDir = FIXTURE_DATA) {
  const dir = mkdtempSync(join(tmpdir(), "grannkoll-test-"));
  const dbPath = join(dir, "test.db");
  const db = openDb(dbPath);
  seedIfEmpty(db, dataDir);
  const app = createApp({ db, dataDir, clock: () => new Date("2026-11-30T12:00:00Z") });
  return {
    app,
    db,
    dbPath,
    close() {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
