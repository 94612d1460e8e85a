// The export downloads for a period and an optional selection of areas (GET /api/exports/...).
import type { Period } from "../../server/period/period.ts";
import { ALL } from "../kommun/kommun.ts";

export interface ExportUrls {
  areasCsv: string;
  areasXlsx: string;
  areasGeojson: string;
  visitsCsv: string;
  visitsXlsx: string;
}

/** `?kommun=NNNN` for a view of one kommun ("" for none or the whole police area). */
export function kommunSearch(kommun?: string): string {
  return kommun && kommun !== ALL ? `?kommun=${encodeURIComponent(kommun)}` : "";
}

/** The downloads of the period (and selection), of the view's kommun when it shows one. */
export function exportUrls(
  period: Period,
  ids: readonly string[] = [],
  kommun?: string,
): ExportUrls {
  const areas = new URLSearchParams({ from: period.from, to: period.to });
  if (ids.length > 0) areas.set("ids", ids.join(","));
  const visits = new URLSearchParams({ from: period.from, to: period.to });
  if (kommun && kommun !== ALL) {
    areas.set("kommun", kommun);
    visits.set("kommun", kommun);
  }
  // The visits export filters by one area at most.
  if (ids.length === 1 && ids[0]) visits.set("area_id", ids[0]);
  return {
    areasCsv: `/api/exports/areas.csv?${areas}`,
    areasXlsx: `/api/exports/areas.xlsx?${areas}`,
    areasGeojson: `/api/exports/areas.geojson?${areas}`,
    visitsCsv: `/api/exports/visits.csv?${visits}`,
    visitsXlsx: `/api/exports/visits.xlsx?${visits}`,
  };
}
