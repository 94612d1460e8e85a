// Pure: the recorded visits a recording form's map shows as saved — the sessions' points, or the
// walks' routes (a walk without a route by its point) — of the chosen area, or of all.
import type { VisitRecord } from "../../server/visits/schema.ts";
import type { Saved } from "../map/map-overlay.ts";

export function savedVisits(
  visits: readonly Pick<VisitRecord, "kind" | "area_id" | "lon" | "lat" | "route">[],
  walks: boolean,
  areaId: string,
): Saved {
  const chosen = visits.filter(
    (v) => (v.kind === "safety_walk") === walks && (!areaId || v.area_id === areaId),
  );
  const routes = chosen.flatMap((v) => (v.route ? [v.route.coordinates] : []));
  const points = chosen.flatMap((v) =>
    v.route || v.lon === null || v.lat === null ? [] : [[v.lon, v.lat]],
  );
  return { points, routes };
}
