// Builds the embedded data set in data/ from the raw sources (run: npm run build:data).
// Only this script reads the raw folder; the product reads data/. Which kommuner: KOMMUNER
// (e.g. KOMMUNER=1230 for Staffanstorp alone), by default the police-area file's list; which raw
// files: scripts/data/police-area.json (or POLICE_AREA=path). Output is byte-for-byte
// deterministic: fixed key order, fixed feature order, no timestamps.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildDataSet } from "./data/build.ts";
import { chooseKommuner, readConfig } from "./data/config.ts";
import { TABLE_END, TABLE_START } from "./data/report.ts";
import { replaceBetween } from "./data/text.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const RAW = resolve(ROOT, process.env.RAW_DIR ?? "../shared/data/raw");
const OUT = resolve(ROOT, process.env.DATA_OUT ?? "data");
const CONFIG = resolve(ROOT, process.env.POLICE_AREA ?? "scripts/data/police-area.json");

function readRaw(file: string): string {
  const path = join(RAW, file);
  if (!existsSync(path))
    throw new Error(`Missing raw file ${path} (set RAW_DIR to the raw folder)`);
  return readFileSync(path, "utf8");
}
const readRepo = (file: string) => readFileSync(join(ROOT, file), "utf8");

function write(rel: string, text: string) {
  const path = join(OUT, rel);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  console.log(`wrote ${path} (${text.length} chars)`);
}

const config = readConfig(CONFIG);
const kommuner = chooseKommuner(config, process.env.KOMMUNER);
console.log(`${config.police_area}: building ${kommuner.join(", ")}`);
const out = buildDataSet({ config, kommuner, readRaw, readRepo });
for (const line of out.log) console.log(line);
for (const [rel, text] of out.files) write(rel, text);

const readmePath = join(OUT, "README.md");
if (existsSync(readmePath)) {
  const doc = readFileSync(readmePath, "utf8");
  write("README.md", replaceBetween(doc, TABLE_START, TABLE_END, out.householdsReadme));
} else {
  console.warn(`${readmePath} is missing: the households tables were not written`);
}
