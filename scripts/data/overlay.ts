// Polygon overlay of DeSO × area × tätort with turf. Pure (no file I/O); geodesic areas in m².
import { area as turfArea } from "@turf/area";
import { booleanIntersects } from "@turf/boolean-intersects";
import { featureCollection } from "@turf/helpers";
import { intersect as turfIntersect } from "@turf/intersect";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import type { Overlap } from "./households.ts";

export type Poly = Feature<Polygon | MultiPolygon>;

function intersect(a: Poly, b: Poly): Poly | null {
  return turfIntersect(featureCollection([a, b])) as Poly | null;
}

/** Area of the intersection of two polygons, 0 when they do not meet. */
export function overlapM2(a: Poly, b: Poly): number {
  if (!booleanIntersects(a, b)) return 0;
  const x = intersect(a, b);
  return x ? turfArea(x) : 0;
}

/**
 * overlaps[d][v]: land shared by DeSO d and area v, split over the tätort polygons.
 * The tätort polygons must not overlap each other (true for Lantmäteriet's layer), otherwise
 * land would be counted twice; the remainder outside them is clamped at 0 against rounding.
 */
export function overlayDesoAreas(
  desos: readonly Poly[],
  areas: readonly Poly[],
  tatorter: readonly Poly[],
): Overlap[][] {
  return desos.map((d) =>
    areas.map((v) => {
      const dv = booleanIntersects(d, v) ? intersect(d, v) : null;
      if (!dv) return { tatort: tatorter.map(() => 0), outside: 0 };
      const tatort = tatorter.map((t) => overlapM2(dv, t));
      const outside = Math.max(0, turfArea(dv) - tatort.reduce((a, b) => a + b, 0));
      return { tatort, outside };
    }),
  );
}

/** Land of one area inside each tätort, m². */
export function landByTatort(area: Poly, tatorter: readonly Poly[]): number[] {
  return tatorter.map((t) => overlapM2(area, t));
}

/** Total pairwise overlap of a set of polygons, m² (0 for a clean partition). */
export function pairwiseOverlapM2(polys: readonly Poly[]): number {
  let total = 0;
  polys.forEach((a, i) => {
    for (const b of polys.slice(i + 1)) total += overlapM2(a, b);
  });
  return total;
}
