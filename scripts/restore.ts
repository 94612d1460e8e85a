// npm run restore -- backup.db: checks the backup and puts it in place at DB_PATH. Stop the server
// first; the restore refuses while another process has the database open. The restored database
// has no sessions, and the erasures logged after the backup in the one it replaces are applied again.
import { loadConfig } from "../server/config.ts";
import { restoreDb } from "../server/db/backup.ts";

const dbPath = loadConfig().DB_PATH;
const from = process.argv[2];
if (!from) {
  console.error("Usage: npm run restore -- <backup file>   (restores into DB_PATH)");
  process.exit(2);
}

try {
  const r = await restoreDb(from, dbPath);
  console.log(`Checked ${r.from}: integrity ok, schema version ${r.schemaVersion}`);
  const counts = Object.entries(r.tables).map(([name, n]) => `${name} ${n}`);
  console.log(`  rows: ${counts.join(", ")}`);
  console.log(`${r.replaced ? "Replaced" : "Created"} ${r.to}`);
  for (const file of r.removed) console.log(`  removed stale ${file}`);
  console.log(`Ended the ${r.sessionsEnded} sessions the backup held: everyone logs in again.`);
  const { erasures, watch_groups, free_text } = r.reapplied;
  console.log(
    `Applied again ${erasures} erasures logged after the backup (contact details of ${watch_groups} watch groups, ${free_text} free-text fields).`,
  );
  for (const warning of r.warnings) console.warn(`WARNING: ${warning}`);
} catch (err) {
  console.error(`Restore failed, ${dbPath} is unchanged: ${(err as Error).message}`);
  process.exit(1);
}
