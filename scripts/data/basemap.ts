// Builds the context layers of the offline base map from the raw files. Pure (no file I/O).
import { area as turfArea } from "@turf/area";
import { booleanPointInPolygon as turfBooleanPointInPolygon } from "@turf/boolean-point-in-polygon";
import { centroid as turfCentroid } from "@turf/centroid";
import { polygon as turfPolygon } from "@turf/helpers";
import { pointOnFeature as turfPointOnFeature } from "@turf/point-on-feature";
import type { Geometry, MultiPolygon, Point, Polygon, Position } from "geojson";
import { roundGeometry } from "../../server/geo/round.ts";
import type { Typed } from "./raw.ts";

/** Base layers are context only: 5 decimals (about 1 m) is far finer than their generalisation. */
export const BASEMAP_DECIMALS = 5;

export interface BaseFeature {
  type: "Feature";
  properties: Record<string, string | number | null>;
  geometry: Geometry;
}

export function baseFeature(
  properties: Record<string, string | number | null>,
  geometry: Geometry,
  what: string,
): BaseFeature {
  const g = roundGeometry(geometry, BASEMAP_DECIMALS);
  if (!g) throw new Error(`${what}: geometry vanished when rounded`);
  return { type: "Feature", properties, geometry: g };
}

export interface LmTatort {
  NAMN1: string;
  BEF: number;
  KATEGORI: string;
  ADAT: string;
}

/**
 * Lantmäteriet's layer has a second "Hjärup" (edited 2021-05-25, in Svedala kommun near
 * 13.19 E 55.58 N) whose attributes were copied from Hjärup by mistake: it is Bara. It is renamed,
 * and its population is left empty because the copied BEF (Hjärup's) is not Bara's.
 * "Annan koncentrerad bebyggelse" has BEF 0, meaning "not counted", so population is null too.
 */
export function tatortLayer(src: readonly Typed<LmTatort>[]): BaseFeature[] {
  const isBara = (t: Typed<LmTatort>) => {
    if (t.properties.NAMN1 !== "Hjärup" || !t.properties.ADAT.startsWith("2021-05-25"))
      return false;
    const [lon, lat] = turfCentroid(t.feature).geometry.coordinates as [number, number];
    return Math.abs(lon - 13.19) < 0.05 && Math.abs(lat - 55.58) < 0.05;
  };
  const bara = src.filter(isBara);
  if (bara.length !== 1)
    throw new Error(`Expected exactly one false "Hjärup" (Bara), found ${bara.length}`);
  // Source order is kept: it is fixed, and a locale-aware sort could differ between machines.
  return src.map((t, i) => {
    const fake = isBara(t);
    const counted = t.properties.KATEGORI === "Tätort" && t.properties.BEF > 0 && !fake;
    const properties = {
      name: fake ? "Bara" : t.properties.NAMN1,
      population: counted ? t.properties.BEF : null,
    };
    return baseFeature(properties, t.geometry, `tätort ${i}`);
  });
}

/** A part of a tätort inside one kommun (lpo_tatorter_lm), for the map's place names. */
export interface TatortPart {
  name: string;
  /** Population of the whole tätort (Lantmäteriet's BEF, an older vintage), or null. */
  population: number | null;
  /** Share of the tätort's area inside this kommun. */
  share: number;
  geometry: Polygon | MultiPolygon;
}

/** A point well inside a polygon: the centroid of its largest part, or a point on it. */
export function labelPoint(geometry: Polygon | MultiPolygon): Point {
  const parts = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  let best = turfPolygon(parts[0] as Position[][]);
  for (const rings of parts.slice(1)) {
    const p = turfPolygon(rings);
    if (turfArea(p) > turfArea(best)) best = p;
  }
  const c = turfCentroid(best);
  return turfBooleanPointInPolygon(c, best) ? c.geometry : turfPointOnFeature(best).geometry;
}

/**
 * Place names for a kommun without SCB tätort points: one per tätort that lies mostly in the
 * kommun (the neighbour names the rest), and one per part the police-area file names locally
 * (`names`, e.g. Burlöv's part of the Malmö tätort is Arlöv, with no population of its own).
 */
export function tatortPointsFromParts(
  parts: readonly TatortPart[],
  names: Readonly<Record<string, string>> = {},
): BaseFeature[] {
  return parts.flatMap((t) => {
    const local = names[t.name];
    if (local === undefined && t.share < 0.5) return [];
    const properties = { name: local ?? t.name, population: local ? null : t.population };
    return [baseFeature(properties, labelPoint(t.geometry), t.name)];
  });
}
