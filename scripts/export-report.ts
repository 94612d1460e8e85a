// npm run export-report -- 2018-Q4 [outdir]: writes a quarter's public report as a static folder
// (index.html, map.svg, report.geojson) that can be published as-is on any web host.
// Reads the database the server uses (DB_PATH, DATA_DIR as in server/config.ts).
import { resolve } from "node:path";
import { loadConfig } from "../server/config.ts";
import { openDb } from "../server/db/open.ts";
import { seedIfEmpty } from "../server/db/seed.ts";
import { todayUtc } from "../server/period/dates.ts";
import { exportReport } from "../server/reports/export.ts";
import { isQuarter } from "../server/period/quarters.ts";

function main(args: string[]): number {
  const [quarter, out] = args;
  if (!quarter || !isQuarter(quarter)) {
    console.error(
      "Usage: npm run export-report -- YYYY-QN [outdir]   e.g. 2018-Q4 rapporter/2018-Q4",
    );
    return 2;
  }
  const config = loadConfig();
  const db = openDb(config.DB_PATH);
  try {
    seedIfEmpty(db, config.DATA_DIR);
    const outDir = resolve(out ?? `rapport-${quarter}`);
    const done = exportReport(db, quarter, outDir, todayUtc());
    if (!done) {
      console.error(
        `No report for ${quarter}: reports exist for ended quarters of a promise period.`,
      );
      return 1;
    }
    console.log(`Wrote ${done.files.html}, ${done.files.svg} and ${done.files.geojson}`);
    return 0;
  } finally {
    db.close();
  }
}

process.exitCode = main(process.argv.slice(2));
