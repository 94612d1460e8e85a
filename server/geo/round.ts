// Coordinate rounding and validity checks for shipped and served GeoJSON (the data build and the
// built-up layer). Pure (no file I/O).
import { booleanValid as turfBooleanValid } from "@turf/boolean-valid";
import { feature } from "@turf/helpers";
import { kinks as turfKinks } from "@turf/kinks";
import type { Geometry, MultiPolygon, Polygon, Position } from "geojson";

/** Rounds half away from zero via toFixed-free arithmetic, so output never depends on locale. */
export function roundTo(x: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = Math.round(Math.abs(x) * f) / f;
  return x < 0 ? -r : r;
}

function roundRing(ring: readonly Position[], decimals: number): Position[] {
  const out: Position[] = [];
  for (const p of ring) {
    const q = [roundTo(p[0] as number, decimals), roundTo(p[1] as number, decimals)];
    const last = out[out.length - 1];
    // Rounding can merge neighbouring vertices; repeated points would upset validators.
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  return out;
}

function roundPolygon(rings: readonly Position[][], decimals: number): Position[][] | null {
  const [outer, ...holes] = rings.map((r) => roundRing(r, decimals));
  // A polygon whose outer ring collapsed is dropped; holes that collapsed simply vanish.
  if (!outer || outer.length < 4) return null;
  return [outer, ...holes.filter((h) => h.length >= 4)];
}

/** Rounds a (Multi)Polygon or Point; drops rings that collapse. Returns null if nothing is left. */
export function roundGeometry(g: Geometry, decimals: number): Geometry | null {
  switch (g.type) {
    case "Point":
      return { type: "Point", coordinates: roundRing([g.coordinates], decimals)[0] as Position };
    case "Polygon": {
      const rings = roundPolygon(g.coordinates, decimals);
      return rings ? { type: "Polygon", coordinates: rings } : null;
    }
    case "MultiPolygon": {
      const polys = g.coordinates
        .map((p) => roundPolygon(p, decimals))
        .filter((p): p is Position[][] => p !== null);
      return polys.length === 0 ? null : { type: "MultiPolygon", coordinates: polys };
    }
    default:
      throw new Error(`Unsupported geometry type ${g.type}`);
  }
}

/** Valid per OGC (turf booleanValid) and free of self-intersections (turf kinks). */
export function isCleanPolygon(g: Polygon | MultiPolygon): boolean {
  const f = feature(g);
  return turfBooleanValid(f) && turfKinks(f).features.length === 0;
}
