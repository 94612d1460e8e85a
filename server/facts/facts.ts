// Real, sourced figures about the kommun (data/facts.csv, copied from the raw folder by
// `npm run build:data`): safety-survey indices, the share worried about burglary, märk-DNA
// baselines. Each row carries its source URL; they are shown beside the outcome goals and are never
// demo data. Read once at start-up.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { z } from "zod";

export const FACTS_FILE = "facts.csv";
/**
 * The facts' `area` for Staffanstorp, the kommun a facts file without a `kommun` column is about
 * (the file of the single-kommun version).
 */
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
  /** The kommun code the figure is about, "" for the police area as a whole. */
  kommun: z
    .string()
    .regex(/^(\d{4})?$/)
    .optional(),
  /** "true" when the figure covers part of the year only (e.g. 1 Jan – 25 Oct). */
  part_year: z
    .enum(["true", "false", ""])
    .optional()
    .transform((v) => v === "true"),
});
export type Fact = Omit<z.output<typeof factRow>, "kommun"> & { kommun: string };

export function readFacts(dataDir: string): Fact[] {
  const own = join(dataDir, FACTS_FILE);
  const path = existsSync(own) ? own : BUNDLED;
  const rows = parse(readFileSync(path, "utf8"), { columns: true, skip_empty_lines: true });
  return (rows as unknown[]).map((r, i) => {
    const ok = factRow.safeParse(r);
    if (!ok.success) throw new Error(`${path} line ${i + 2} is not valid: ${ok.error.message}`);
    const { kommun, ...fact } = ok.data;
    // A file of the single-kommun version names Staffanstorp by its `area` only.
    return { ...fact, kommun: kommun ?? (fact.area === DEFAULT_KOMMUN ? "1230" : "") };
  });
}

/** The whole kommun's own figures ("Lomma kommun"), not those of a part of it or of the police area. */
export function kommunFacts(facts: readonly Fact[], kommun: string): Fact[] {
  return facts.filter((f) => f.kommun === kommun && / kommun$/.test(f.area));
}

/** The police area's own figures (kommun ""), as the facts file names it. */
export function policeAreaFacts(facts: readonly Fact[]): Fact[] {
  return facts.filter((f) => f.kommun === "" && /^Lokalpolisområde/.test(f.area));
}

/** A source given as "(seed) file" names the promise document itself rather than a web page. */
export function sourceUrl(f: Fact): string | null {
  return /^https?:\/\//.test(f.source_url) ? f.source_url : null;
}
