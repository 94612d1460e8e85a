// Real, sourced figures about the kommun (data/facts.csv, copied from the raw folder by
// `npm run build:data`): safety-survey indices, the share worried about burglary, märk-DNA
// baselines. Each row carries its source URL; they are shown beside the outcome goals and are never
// demo data. Read once at start-up.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { z } from "zod";

export const FACTS_FILE = "facts.csv";
/** The facts' `area` for the kommun this deployment serves. */
export const DEFAULT_KOMMUN = "Staffanstorps kommun";
/** The project's own copy, for a data folder (e.g. a test fixture) that has none of its own. */
const BUNDLED = join(import.meta.dirname, "..", "..", "data", FACTS_FILE);

const factRow = z.object({
  indicator: z.string().min(1),
  area: z.string().min(1),
  year: z.string().regex(/^\d{4}(-\d{4})?$/),
  value: z.coerce.number().finite(),
  unit: z.string(),
  note: z.string(),
  source_url: z.string().min(1),
});
export type Fact = z.output<typeof factRow>;

export function readFacts(dataDir: string): Fact[] {
  const own = join(dataDir, FACTS_FILE);
  const path = existsSync(own) ? own : BUNDLED;
  const rows = parse(readFileSync(path, "utf8"), { columns: true, skip_empty_lines: true });
  return (rows as unknown[]).map((r, i) => {
    const ok = factRow.safeParse(r);
    if (!ok.success) throw new Error(`${path} line ${i + 2} is not valid: ${ok.error.message}`);
    return ok.data;
  });
}

/** A source given as "(seed) file" names the promise document itself rather than a web page. */
export function sourceUrl(f: Fact): string | null {
  return /^https?:\/\//.test(f.source_url) ? f.source_url : null;
}
