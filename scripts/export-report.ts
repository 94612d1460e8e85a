// npm run export-report -- 2018-Q4 [outdir] [--lang en] [--kommun 1262]: writes a kommun's public
// report of a quarter as a static folder (index.html, map.svg, report.geojson, each naming the
// kommun) that can be published as-is on any web host, rendered from the report page's own
// components (web/reports/static-export.tsx). Swedish unless --lang en; the deployment's default
// kommun unless --kommun. Reads the database the server uses (DB_PATH, DATA_DIR as in server/config.ts)
// through the same privacy filter as the public API, on today's date.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { publicViewOf } from "../server/app.ts";
import { loadConfig } from "../server/config.ts";
import { openDb } from "../server/db/open.ts";
import { seedIfEmpty } from "../server/db/seed.ts";
import { isQuarter } from "../server/period/quarters.ts";
import { isLang, type Lang } from "../web/i18n/format.ts";
import {
  DATA_FILE,
  MAP_FILE,
  REPORT_STYLESHEETS,
  renderStaticReport,
} from "../web/reports/static-export.tsx";

const WEB = join(import.meta.dirname, "..", "web");
const USAGE =
  "Usage: npm run export-report -- YYYY-QN [outdir] [--lang sv|en] [--kommun NNNN]   e.g. 2018-Q4 out/";

interface Args {
  quarter: string;
  out?: string;
  lang: Lang;
  kommun?: string;
}

function parseArgs(args: string[]): Args | string {
  const rest: string[] = [];
  let lang: Lang = "sv";
  let kommun: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === "--lang" || a.startsWith("--lang=")) {
      const value = a === "--lang" ? args[++i] : a.slice("--lang=".length);
      if (!value || !isLang(value)) return `--lang must be sv or en\n${USAGE}`;
      lang = value;
    } else if (a === "--kommun" || a.startsWith("--kommun=")) {
      const value = a === "--kommun" ? args[++i] : a.slice("--kommun=".length);
      if (!value || !/^\d{4}$/.test(value))
        return `--kommun must be a kommun code of four digits\n${USAGE}`;
      kommun = value;
    } else rest.push(a);
  }
  const [quarter, out, extra] = rest;
  if (!quarter || !isQuarter(quarter) || extra !== undefined) return USAGE;
  return { quarter, lang, ...(out ? { out } : {}), ...(kommun ? { kommun } : {}) };
}

/** "Kävlinge" → "kavlinge", for a folder name. */
const slug = (name: string) =>
  name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-");

function main(args: string[]): number {
  const parsed = parseArgs(args);
  if (typeof parsed === "string") {
    console.error(parsed);
    return 2;
  }
  const { quarter, lang } = parsed;
  const config = loadConfig();
  const db = openDb(config.DB_PATH);
  try {
    seedIfEmpty(db, config.DATA_DIR);
    const view = publicViewOf({
      db,
      dataDir: config.DATA_DIR,
      defaultKommun: config.DEFAULT_KOMMUN,
    });
    const kommun = parsed.kommun ?? view.defaultKommun();
    const name = view.kommuner().find((k) => k.code === kommun)?.name;
    if (!name) {
      const codes = view.kommuner().map((k) => k.code);
      console.error(
        `--kommun ${kommun} is not one of this deployment's kommuner (${codes.join(", ")})`,
      );
      return 2;
    }
    const report = view.report(quarter, view.today(), kommun);
    if (!report) {
      console.error(
        `No report for ${quarter} (${name}): reports exist for ended quarters of the kommun's promise periods.`,
      );
      return 1;
    }
    const css = REPORT_STYLESHEETS.map((f) => readFileSync(join(WEB, f), "utf8")).join("\n");
    const files = renderStaticReport(report, lang, css);
    const outDir = resolve(parsed.out ?? `rapport-${slug(name)}-${quarter}`);
    mkdirSync(outDir, { recursive: true });
    const written = [
      [join(outDir, "index.html"), files.html],
      [join(outDir, MAP_FILE), files.svg],
      [join(outDir, DATA_FILE), files.geojson],
    ] as const;
    for (const [path, text] of written) writeFileSync(path, text);
    console.log(`Wrote ${written.map(([p]) => p).join(", ")}`);
    return 0;
  } finally {
    db.close();
  }
}

process.exitCode = main(process.argv.slice(2));
