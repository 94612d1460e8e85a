// The real, sourced facts (data/facts.csv) as the public sees them: beside a kommun's goals and in
// the police area's summary. Never demo data.
import type { Fact } from "../facts/facts.ts";
import { sourceUrl } from "../facts/facts.ts";

export interface PublicFact {
  /** Which fact (data/facts.csv `indicator`), worded by the web app. */
  indicator: string;
  year: string;
  value: number;
  /** What the value counts, as the source gives it (e.g. "reported residential burglaries (1 Jan - 25 Oct)"). */
  unit: string;
  /**
   * True when the figure covers part of the year only: it stands on its own and is never set
   * against a full year's figure (facts of a part year and of full years are not one series).
   */
  part_year: boolean;
  /** The source page, or null when the source is the promise document itself. */
  source_url: string | null;
}

/** A real fact as the public sees it. */
export function publicFact(f: Fact): PublicFact {
  return {
    indicator: f.indicator,
    year: f.year,
    value: f.value,
    unit: f.unit,
    part_year: f.part_year,
    source_url: sourceUrl(f),
  };
}
