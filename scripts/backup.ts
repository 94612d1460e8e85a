// npm run backup [-- out.db]: an online, consistent copy of DB_PATH (the server may keep running).
// Without a file name the copy goes to backups/grannkoll-<UTC time>.db.
import { loadConfig } from "../server/config.ts";
import { backupFile, defaultBackupPath } from "../server/db/backup.ts";

const dbPath = loadConfig().DB_PATH;
const out = process.argv[2] || defaultBackupPath();

try {
  const report = await backupFile(dbPath, out);
  console.log(
    `Backed up ${dbPath} to ${report.path} (${report.pages} pages, ${report.bytes} bytes)`,
  );
} catch (err) {
  console.error(`Backup of ${dbPath} failed: ${(err as Error).message}`);
  process.exit(1);
}
