// Builds the area layer (valdistrikt with households estimate and locality). Pure (no file I/O).
import { area as turfArea } from "@turf/area";
import { feature as turfFeature } from "@turf/helpers";
import type { MultiPolygon, Polygon } from "geojson";
import { isCleanPolygon, roundGeometry } from "../../server/geo/round.ts";
import { apportionParts, largestRemainder } from "./households.ts";
import { chooseLocality, type LocalityResult } from "./locality.ts";
import { landByTatort, overlayDesoAreas, type Poly } from "./overlay.ts";

export const HOUSEHOLDS_METHOD = "deso2025-dwellings-dasymetric-voters";

export interface AreaInput {
  id: string;
  name: string;
  voters: number;
  geometry: Polygon | MultiPolygon;
}
export interface DesoInput {
  id: string;
  dwellings: number;
  geometry: Polygon | MultiPolygon;
}
export interface TatortInput {
  name: string;
  geometry: Polygon | MultiPolygon;
}

export interface AreaProperties {
  id: string;
  name: string;
  locality: string;
  eligible_voters: number;
  households: number;
  households_method: string;
  area_km2: number;
}

export interface AreaFeature<P extends AreaProperties = AreaProperties> {
  type: "Feature";
  id: string;
  properties: P;
  geometry: Polygon | MultiPolygon;
}

export interface BuildAreaOptions {
  /** Locality labels for tätort names (e.g. Burlöv's part of the Malmö tätort is Arlöv). */
  localityNames?: Readonly<Record<string, string>>;
}

/** One row of the cross-check table in data/README.md. */
export interface AreaReport {
  id: string;
  name: string;
  areaKm2: number;
  voters: number;
  plain: number;
  households: number;
  locality: LocalityResult;
  /**
   * The area's land outside every DeSO, km² (DeSO overlaps may hide a little of it): on a coast
   * mostly sea, elsewhere slivers between two generalisations. It is given no homes.
   */
  beyondDesoKm2: number;
}

const poly = (geometry: Polygon | MultiPolygon): Poly => turfFeature(geometry);

/** "Hjärup  Södra" in the source has a double space; names are shown to people, so tidy them. */
export function tidyName(name: string): string {
  return name.replace(/\s+/g, " ").trim();
}

/**
 * The fewest decimals (6, 7 or 8) at which every area stays valid and kink-free. One precision
 * for all the areas given (a kommun's), because mixing precisions would open cm gaps between
 * neighbours; source coordinates finer than the result are rounded.
 */
export function choosePrecision(geoms: readonly (Polygon | MultiPolygon)[]): 6 | 7 | 8 {
  for (const g of geoms) {
    if (!isCleanPolygon(g)) throw new Error("Source area geometry is not valid");
  }
  const okAt = (decimals: number) =>
    geoms.every((g) => {
      const r = roundGeometry(g, decimals);
      return r !== null && (r.type === "Polygon" || r.type === "MultiPolygon") && isCleanPolygon(r);
    });
  if (okAt(6)) return 6;
  if (okAt(7)) return 7;
  if (okAt(8)) return 8;
  throw new Error("Area geometry is not valid even at 8 decimals");
}

export function buildAreas(
  areas: readonly AreaInput[],
  desos: readonly DesoInput[],
  tatorter: readonly TatortInput[],
  epsilon: number,
  options: BuildAreaOptions = {},
) {
  const sorted = [...areas].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const areaPolys = sorted.map((a) => poly(a.geometry));
  const tatPolys = tatorter.map((t) => poly(t.geometry));
  const overlaps = overlayDesoAreas(
    desos.map((d) => poly(d.geometry)),
    areaPolys,
    tatPolys,
  );
  const dwellings = desos.map((d) => d.dwellings);
  const total = dwellings.reduce((a, b) => a + b, 0);
  const voters = sorted.map((a) => a.voters);
  const plainParts = apportionParts(dwellings, overlaps, epsilon);
  const parts = apportionParts(dwellings, overlaps, epsilon, voters);
  const plain = largestRemainder(
    plainParts.map((p) => p.total),
    total,
  );
  const households = largestRemainder(
    parts.map((p) => p.total),
    total,
  );
  const precision = choosePrecision(sorted.map((a) => a.geometry));
  const tatortNames = tatorter.map((t) => options.localityNames?.[t.name] ?? t.name);

  const reports: AreaReport[] = [];
  const features: AreaFeature[] = sorted.map((a, v) => {
    const areaM2 = turfArea(areaPolys[v] as Poly);
    const inDesos = overlaps.reduce((s, row) => {
      const o = row[v];
      return o ? s + o.outside + o.tatort.reduce((x, y) => x + y, 0) : s;
    }, 0);
    const part = parts[v];
    if (!part) throw new Error(`No households computed for area ${a.id}`);
    const locality = chooseLocality({
      tatortNames,
      landByTatort: landByTatort(areaPolys[v] as Poly, tatPolys),
      areaM2,
      householdsByTatort: part.tatort,
      households: part.total,
    });
    const name = tidyName(a.name);
    const areaKm2 = Math.round(areaM2 / 10_000) / 100;
    const hh = households[v] ?? 0;
    reports.push({
      id: a.id,
      name,
      areaKm2,
      voters: a.voters,
      plain: plain[v] ?? 0,
      households: hh,
      locality,
      beyondDesoKm2: Math.max(0, areaM2 - inDesos) / 1e6,
    });
    return {
      type: "Feature",
      id: a.id,
      properties: {
        id: a.id,
        name,
        locality: locality.locality,
        eligible_voters: a.voters,
        households: hh,
        households_method: HOUSEHOLDS_METHOD,
        area_km2: areaKm2,
      },
      geometry: roundGeometry(a.geometry, precision) as Polygon | MultiPolygon,
    };
  });
  return { features, reports, precision, total };
}
