// The export downloads for a period and an optional selection of areas (GET /api/exports/...).
import type { Period } from "../../server/period/period.ts";

export interface ExportUrls {
  areasCsv: string;
  areasXlsx: string;
  areasGeojson: string;
  visitsCsv: string;
  visitsXlsx: string;
}

export function exportUrls(period: Period, ids: readonly string[] = []): ExportUrls {
  const areas = new URLSearchParams({ from: period.from, to: period.to });
  if (ids.length > 0) areas.set("ids", ids.join(","));
  const visits = new URLSearchParams({ from: period.from, to: period.to });
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
