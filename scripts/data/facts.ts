// data/facts.csv: the quoted survey and burglary facts of the configured kommuner and their police
// area, from one or more raw facts files with the same seven columns. Pure (no file I/O).
import { csvText } from "./text.ts";

/** The raw files' columns, kept as they are (and in this order) in data/facts.csv. */
export const FACT_COLUMNS = [
  "indicator",
  "area",
  "year",
  "value",
  "unit",
  "note",
  "source_url",
] as const;
/** Added by the build: whose fact a row is, and whether a count covers only part of the year. */
export const ADDED_COLUMNS = ["kommun", "part_year"] as const;

export type FactRecord = Record<(typeof FACT_COLUMNS)[number], string>;

export interface FactKommun {
  code: string;
  /** "Burlöv": a row is the kommun's when its `area` names it ("Burlövs kommun", "Åkarp (delområde, Burlövs kommun)"). */
  name: string;
}

/**
 * The kommun a fact belongs to: "" for the police area (an `area` that begins with its name),
 * otherwise the one kommun whose name the `area` contains. Anything else is an error, so a new
 * facts file with an unknown area cannot slip in unassigned.
 */
export function factKommun(
  area: string,
  policeArea: string,
  kommuner: readonly FactKommun[],
): string {
  if (area.startsWith(policeArea)) return "";
  const hits = kommuner.filter((k) => area.includes(k.name));
  if (hits.length !== 1) {
    throw new Error(
      `facts: area "${area}" names ${hits.length === 0 ? "no" : "more than one"} kommun of the police area`,
    );
  }
  return (hits[0] as FactKommun).code;
}

/**
 * A burglary count that covers only part of a year: its unit says which part in brackets
 * ("(1 Jan - 25 Oct)", "(Jan - Sep)", "(to mid-November)"). Such counts are never compared with
 * full years.
 */
export function isPartYear(f: Pick<FactRecord, "indicator" | "unit">): boolean {
  const months = /\([^)]*\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[^)]*\)/;
  return /^(bostads|lagenhets)inbrott/.test(f.indicator) && months.test(f.unit);
}

export interface FactsOptions {
  policeArea: string;
  /** Every kommun of the police area (to place each row), not only those built. */
  kommuner: readonly FactKommun[];
  /** The kommuner of this build: their rows and the police area's are kept. */
  selected: readonly string[];
}

/** The rows of all files in order (file by file), with the two added columns. */
export function mergeFacts(
  files: readonly (readonly FactRecord[])[],
  options: FactsOptions,
): Record<string, string>[] {
  const keep = new Set(options.selected);
  return files.flat().flatMap((f) => {
    const kommun = factKommun(f.area, options.policeArea, options.kommuner);
    if (kommun !== "" && !keep.has(kommun)) return [];
    return [{ ...f, kommun, part_year: isPartYear(f) ? "true" : "false" }];
  });
}

export function factsText(rows: readonly Record<string, string>[]): string {
  return csvText([...FACT_COLUMNS, ...ADDED_COLUMNS], rows);
}
