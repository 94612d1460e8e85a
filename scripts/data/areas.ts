// Builds the area layer (valdistrikt with households estimate and locality). Pure (no file I/O).
import { area as turfArea } from "@turf/area";
import { feature } from "@turf/helpers";
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

export interface AreaFeature {
  type: "Feature";
  id: string;
  properties: {
    id: string;
    name: string;
    locality: string;
    eligible_voters: number;
    households: number;
    households_method: string;
    area_km2: number;
  };
  geometry: Polygon | MultiPolygon;
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
}

const poly = (geometry: Polygon | MultiPolygon): Poly => feature(geometry);

/** "Hjärup  Södra" in the source has a double space; names are shown to people, so tidy them. */
export function tidyName(name: string): string {
  return name.replace(/\s+/g, " ").trim();
}

/**
 * Coordinates are rounded to 6 decimals only when every area stays valid and kink-free;
 * otherwise all areas keep 7, because mixing precisions would open cm gaps between neighbours.
 */
export function choosePrecision(geoms: readonly (Polygon | MultiPolygon)[]): 6 | 7 {
  for (const g of geoms) {
    if (!isCleanPolygon(g)) throw new Error("Source area geometry is not valid");
  }
  const ok6 = geoms.every((g) => {
    const r = roundGeometry(g, 6);
    return r !== null && (r.type === "Polygon" || r.type === "MultiPolygon") && isCleanPolygon(r);
  });
  return ok6 ? 6 : 7;
}

export function buildAreas(
  areas: readonly AreaInput[],
  desos: readonly DesoInput[],
  tatorter: readonly TatortInput[],
  epsilon: number,
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
  const tatortNames = tatorter.map((t) => t.name);

  const reports: AreaReport[] = [];
  const features: AreaFeature[] = sorted.map((a, v) => {
    const areaM2 = turfArea(areaPolys[v] as Poly);
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
