// A digest of every row of every table, to assert that a refused request changed nothing.
import { createHash } from "node:crypto";
import type { Db } from "../../server/db/open.ts";

export function dbDigest(db: Db, skip: readonly string[] = []): string {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .pluck()
    .all() as string[];
  const hash = createHash("sha256");
  for (const table of tables.filter((t) => !skip.includes(t))) {
    // Sorted as text: WITHOUT ROWID tables have no rowid to order by.
    const rows = db
      .prepare(`SELECT * FROM "${table}"`)
      .all()
      .map((r) => JSON.stringify(r));
    hash.update(`${table}\n${rows.sort().join("\n")}`);
  }
  return hash.digest("hex");
}
