// Pure arithmetic that turns an area's stored counts into the figures on the map.
import { daysBetween } from "../period/dates.ts";
import type { Period } from "../period/period.ts";
import type { AreaProperties, WatchStatus } from "./types.ts";

export interface AreaRow {
  id: string;
  name: string;
  locality: string;
  households: number;
  households_method: string;
  eligible_voters: number | null;
  area_km2: number;
  /** The kommun's code, e.g. "1262", and its name. */
  kommun: string;
  kommun_name: string;
}

/** Counts for one area, as of the end of the period (stocks) or within it (flows). */
export interface AreaCounts {
  activeGroups: number;
  startingGroups: number;
  activeHouseholds: number;
  dnaKits: number;
  visitsInPeriod: number;
  lastVisit: string | null;
  burglaries: number;
  demo: boolean;
}

export const NO_COUNTS: AreaCounts = {
  activeGroups: 0,
  startingGroups: 0,
  activeHouseholds: 0,
  dnaKits: 0,
  visitsInPeriod: 0,
  lastVisit: null,
  burglaries: 0,
  demo: false,
};

export function watchStatus(
  counts: Pick<AreaCounts, "activeGroups" | "startingGroups">,
): WatchStatus {
  if (counts.activeGroups > 0) return "active";
  if (counts.startingGroups > 0) return "starting";
  return "none";
}

/**
 * A share of the area's households, 0..1. Recorded counts can exceed an estimated household
 * total, so the share is capped at 1; an area with no households has share 0.
 * @example share(50, 200) // 0.25
 */
export function share(part: number, households: number): number {
  if (households <= 0) return 0;
  return Math.min(1, part / households);
}

/** Rounds a share to 4 decimals so the JSON stays small and stable. */
function round4(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}

export function areaProperties(area: AreaRow, counts: AreaCounts, period: Period): AreaProperties {
  const watchHouseholds = Math.min(counts.activeHouseholds, area.households);
  const dnaHouseholds = Math.min(counts.dnaKits, area.households);
  return {
    ...area,
    watch_status: watchStatus(counts),
    watch_groups: counts.activeGroups + counts.startingGroups,
    watch_households: watchHouseholds,
    watch_coverage: round4(share(watchHouseholds, area.households)),
    dna_households: dnaHouseholds,
    dna_uptake: round4(share(dnaHouseholds, area.households)),
    visits: counts.visitsInPeriod,
    last_visit: counts.lastVisit,
    days_since_last_visit: counts.lastVisit ? daysBetween(counts.lastVisit, period.to) : null,
    burglaries: counts.burglaries,
    demo: counts.demo,
  };
}
