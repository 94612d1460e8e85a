// Where people live in each area: its built-up part (GET /api/basemap/built_up, geometry only)
// joined here to the area's figures, so the map can draw it in the area's full colour over the
// faint whole area. Pure; the server never copies area figures onto the parts.
import { area as areaM2 } from "@turf/area";
import { bbox } from "@turf/bbox";
import { polygon } from "@turf/helpers";
import type { AreaCollection, AreaFeature } from "../../server/areas/types.ts";

export type BuiltUpCollection = GeoJSON.FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon>;

const isPolygonal = (
  f: GeoJSON.Feature,
): f is GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon> =>
  f.geometry?.type === "Polygon" || f.geometry?.type === "MultiPolygon";

/** The part's area id: the Feature id, else its `id` property. */
const partId = (f: GeoJSON.Feature) => String(f.id ?? f.properties?.id);

/**
 * One feature per area that has a built-up part: the part's geometry with the area's id and
 * properties (its figures, for the colour and the hatch), in the areas' order. Parts of areas not
 * in the collection are left out, and an area without a part has no feature.
 * @example joinBuiltUp(areas, parts).features[0].properties.watch_coverage // the area's figure
 */
export function joinBuiltUp(
  areas: AreaCollection | undefined,
  parts: GeoJSON.FeatureCollection | undefined,
): BuiltUpCollection {
  const byId = new Map(
    (parts?.features ?? []).filter(isPolygonal).map((f) => [partId(f), f.geometry]),
  );
  const features = (areas?.features ?? []).flatMap((area) => {
    const geometry = byId.get(String(area.id));
    if (!geometry) return [];
    return [{ type: "Feature" as const, id: area.id, properties: area.properties, geometry }];
  });
  return { type: "FeatureCollection", features };
}

/** The bounds the map opens at: the built-up parts where there are any, else the whole areas. */
export function initialBounds(
  areas: AreaCollection,
  builtUp: BuiltUpCollection,
): [number, number, number, number] | null {
  const fc = builtUp.features.length > 0 ? builtUp : areas;
  if (fc.features.length === 0) return null;
  const [w, s, e, n] = bbox(fc as GeoJSON.FeatureCollection);
  return [w, s, e, n];
}

/**
 * A point well inside a polygon: the middle of the widest stretch of its inside along the
 * parallel halfway between its south and north (that parallel always crosses the inside).
 */
export function interiorPoint(rings: GeoJSON.Position[][]): [number, number] {
  const ys = rings.flat().map((p) => p[1] as number);
  const y = (Math.min(...ys) + Math.max(...ys)) / 2;
  const xs: number[] = [];
  for (const ring of rings) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const [x1 = 0, y1 = 0] = ring[i] as number[];
      const [x2 = 0, y2 = 0] = ring[i + 1] as number[];
      if (y1 > y !== y2 > y) xs.push(x1 + ((y - y1) * (x2 - x1)) / (y2 - y1));
    }
  }
  xs.sort((a, b) => a - b);
  let best: [number, number] = [xs[0] ?? 0, xs[1] ?? 0];
  for (let i = 2; i + 1 < xs.length; i += 2) {
    const [a = 0, b = 0] = [xs[i], xs[i + 1]];
    if (b - a > best[1] - best[0]) best = [a, b];
  }
  return [(best[0] + best[1]) / 2, y];
}

/**
 * Where to put a label or badge on an area: inside its built-up part where it has one (in the
 * largest piece), else inside the area's largest piece.
 */
export function labelPoint(area: AreaFeature, builtUp: BuiltUpCollection): [number, number] {
  const part = builtUp.features.find((f) => String(f.id) === String(area.id));
  const g = (part ?? area).geometry as GeoJSON.Polygon | GeoJSON.MultiPolygon;
  const pieces = g.type === "Polygon" ? [g.coordinates] : g.coordinates;
  const sized = pieces.map((rings) => ({ rings, m2: areaM2(polygon(rings)) }));
  const largest = sized.reduce((a, b) => (b.m2 > a.m2 ? b : a));
  return interiorPoint(largest.rings);
}
