// Where people live in an area: its built-up part, the area's land inside the tätort polygons.
// Pure (no file I/O). The data build writes it for the shipped areas (data/areas-built-up.geojson),
// and the server computes it the same way for an area whose boundary was imported later, so both
// come from one function and the same inputs give the same bytes.
import { area as turfArea } from "@turf/area";
import { bbox as turfBbox } from "@turf/bbox";
import { featureCollection, feature as turfFeature, polygon as turfPolygon } from "@turf/helpers";
import { intersect } from "@turf/intersect";
import { union } from "@turf/union";
import type { BBox, Feature, MultiPolygon, Polygon, Position } from "geojson";
import { isCleanPolygon, roundGeometry } from "./round.ts";

/**
 * Pieces smaller than this (m²) are dropped: slivers where an area's edge and a tätort's edge,
 * drawn at different generalisations, almost coincide. 1 000 m² is smaller than one block of
 * houses, and a few pixels at the zoom the map opens at.
 */
export const MIN_PART_M2 = 1_000;

export interface BuiltUpOptions {
  /** Decimals of the output coordinates: those of the areas, so shared edges keep their vertices. */
  decimals: number;
  minPartM2?: number;
}

export interface BuiltUpFeature {
  type: "Feature";
  id: string;
  properties: { id: string };
  geometry: Polygon | MultiPolygon;
}

export interface BuiltUpArea {
  id: string;
  geometry: Polygon | MultiPolygon;
}

/** The tätort polygons with their bounding boxes, computed once for many areas. */
export interface TatortLand {
  polygons: { feature: Feature<Polygon | MultiPolygon>; bbox: BBox }[];
}

export function tatortLand(geometries: readonly (Polygon | MultiPolygon)[]): TatortLand {
  return {
    polygons: geometries.map((g) => {
      const feature = turfFeature(g);
      return { feature, bbox: turfBbox(feature) };
    }),
  };
}

const boxesMeet = (a: BBox, b: BBox) =>
  a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

const polygonsOf = (g: Polygon | MultiPolygon): Position[][][] =>
  g.type === "Polygon" ? [g.coordinates] : g.coordinates;

const fromPolygons = (polys: Position[][][]): Polygon | MultiPolygon =>
  polys.length === 1
    ? { type: "Polygon", coordinates: polys[0] as Position[][] }
    : { type: "MultiPolygon", coordinates: polys };

/**
 * Rounded to `decimals`, or to one or two more where rounding would make the polygon invalid
 * (vertices a few cm apart can cross when rounded); unrounded if even that fails.
 */
function roundClean(g: Polygon | MultiPolygon, decimals: number): Polygon | MultiPolygon | null {
  for (let d = decimals; d <= decimals + 2; d++) {
    const r = roundGeometry(g, d);
    if (r === null) return null;
    if ((r.type === "Polygon" || r.type === "MultiPolygon") && isCleanPolygon(r)) return r;
  }
  return g;
}

/**
 * The part of `area` inside the tätort land, without pieces under `minPartM2`; null when nothing
 * is left. Tätort polygons that touch are merged first, so the result is one valid geometry.
 * @example builtUpGeometry(tottarp, land, { decimals: 7 }) // the Staffanstorp and Nordanå parts
 */
export function builtUpGeometry(
  area: Polygon | MultiPolygon,
  land: TatortLand,
  options: BuiltUpOptions,
): Polygon | MultiPolygon | null {
  const { decimals, minPartM2 = MIN_PART_M2 } = options;
  const areaFeature = turfFeature(area);
  const box = turfBbox(areaFeature);
  const near = land.polygons.filter((t) => boxesMeet(box, t.bbox)).map((t) => t.feature);
  if (near.length === 0) return null;
  const merged = near.length === 1 ? near[0] : union(featureCollection(near));
  if (!merged) return null;
  const inside = intersect(featureCollection([areaFeature, merged]));
  if (!inside) return null;
  const kept = polygonsOf(inside.geometry).filter(
    (rings) => turfArea(turfPolygon(rings)) >= minPartM2,
  );
  if (kept.length === 0) return null;
  return roundClean(fromPolygons(kept), decimals);
}

/**
 * One feature per area that has built-up land (`id` = the area's id), sorted by id with a plain
 * code-unit comparison so the order never depends on a locale.
 */
export function builtUpParts(
  areas: readonly BuiltUpArea[],
  land: TatortLand,
  options: BuiltUpOptions,
): BuiltUpFeature[] {
  return [...areas]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .flatMap((a) => {
      const geometry = builtUpGeometry(a.geometry, land, options);
      return geometry ? [builtUpFeature(a.id, geometry)] : [];
    });
}

/** The feature as it is written and served: a fixed key order, so the bytes are stable. */
export function builtUpFeature(id: string, geometry: Polygon | MultiPolygon): BuiltUpFeature {
  return { type: "Feature", id, properties: { id }, geometry };
}
