// Rebuilds every coverage total from the presence rows, as POST /api/internal/coverage/recompute
// does, with an audit row in the same transaction. For after bulk changes made outside the app
// (totals are also rebuilt automatically before the next coverage read when they went stale).
//
//   npx tsx scripts/recompute-coverage.ts [--db grannkoll.db]   (default: DB_PATH or grannkoll.db)
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { createAuditLog } from "../server/audit/log.ts";
import { createCoverageEngine } from "../server/coverage/engine.ts";
import { openDb } from "../server/db/open.ts";

const { values } = parseArgs({
  options: { db: { type: "string", default: process.env.DB_PATH ?? "grannkoll.db" } },
});
if (!existsSync(values.db)) {
  console.error(`${values.db} does not exist`);
  process.exit(1);
}
const db = openDb(values.db);
const engine = createCoverageEngine(db);
const audit = createAuditLog(db);
const result = engine.recompute((r) => {
  audit.record({
    actor: "script",
    action: "recompute",
    entity: "coverage",
    detail: { presences: r.presences, rows: r.rows },
  });
});
db.close();
console.log(
  `coverage rebuilt: ${result.rows} rows from ${result.presences} presences in ${result.ms} ms (${result.threads} thread${result.threads === 1 ? "" : "s"})`,
);
