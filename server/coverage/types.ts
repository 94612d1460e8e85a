// What /api/internal/coverage answers; the web client imports these rather than restating them.
//
// How the figures are counted (server/coverage/minutes.ts has the rules in code):
// - A point or route counts for every area within `radius_m` of it (default 300 m); an area place
//   only for its own area. A route reaching two areas counts IN FULL for each (not split).
// - Minutes are split exactly over Stockholm local days and bands, across midnight, the
//   weekday/weekend boundary and daylight-saving changes.
// - A presence of at least `effective_minutes` (default 10) is an effective visit, a shorter one a
//   short visit; a visit counts once, in the day and band where it starts.
import type { Period } from "../period/period.ts";
import type { BandDef } from "./bands.ts";
import type { RecomputeResult } from "./engine.ts";
import type { CoverageSettings } from "./settings.ts";

export type BandInfo = Omit<BandDef, "index">;

export interface CoverageCell {
  effective_minutes: number;
  effective_visits: number;
  short_minutes: number;
  short_visits: number;
}

export interface CoverageSettingsBody extends CoverageSettings {
  /** The bands these settings make, in the order of every band list. */
  bands: BandInfo[];
}

export interface CoverageAreaRow {
  area_id: string;
  name: string;
  /** Keyed by band key; every band in `bands` is present (zeros included). */
  cells: Record<string, CoverageCell>;
  /** Sum over the listed bands. */
  total: CoverageCell;
}

/** GET /api/internal/coverage: the heat table area × band for a period. */
export interface CoverageTable {
  period: Period;
  settings: CoverageSettingsBody;
  /** The band keys in the table: all of them, or the one asked for with ?band=. */
  bands: string[];
  areas: CoverageAreaRow[];
}

export interface CoverageGap {
  area_id: string;
  name: string;
  /** Last local day with effective presence on or before `to`, or null if never. */
  last_effective: string | null;
  days_since: number | null;
}

/** GET /api/internal/coverage/gaps: areas with no effective presence in the last `days` days. */
export interface CoverageGaps {
  from: string;
  to: string;
  days: number;
  /** Longest gap first; never-visited areas first of all. */
  areas: CoverageGap[];
}

export interface HeatRow {
  /** '2019-W07' for a week row, '2019-02' for a month row. */
  key: string;
  from: string;
  to: string;
  cells: Record<string, CoverageCell>;
  total: CoverageCell;
}

/** GET /api/internal/coverage/:areaId?year=: one area's heat table for a year. */
export interface AreaHeatTable {
  area_id: string;
  name: string;
  year: number;
  bands: BandInfo[];
  /** The year's ISO weeks (W01 may start in December of the year before). */
  weeks: HeatRow[];
  /** January to December. */
  months: HeatRow[];
  /** The calendar year per band. */
  year_total: HeatRow;
}

export interface SettingsChange {
  settings: CoverageSettingsBody;
  recompute: RecomputeResult;
}
