// Moving polygon coordinates between the supported CRSs with proj4. Stored geometry is always
// WGS84 lon/lat, two dimensions, rounded to 7 decimals (about 1 cm), like data/areas.geojson.
import proj4 from "proj4";
import { type Bbox, type CrsCode, PROJ4_DEFS } from "./crs.ts";

for (const [code, def] of Object.entries(PROJ4_DEFS)) proj4.defs(code, def);

export type Position = number[];
export type PolygonGeometry =
  | { type: "Polygon"; coordinates: Position[][] }
  | { type: "MultiPolygon"; coordinates: Position[][][] };

/** The polygons of a geometry, so callers need not tell Polygon and MultiPolygon apart. */
export function polygonsOf(g: PolygonGeometry): Position[][][] {
  return g.type === "Polygon" ? [g.coordinates] : g.coordinates;
}

export function mapPositions(g: PolygonGeometry, fn: (p: Position) => Position): PolygonGeometry {
  const polygon = (rings: Position[][]) => rings.map((ring) => ring.map(fn));
  return g.type === "Polygon"
    ? { type: "Polygon", coordinates: polygon(g.coordinates) }
    : { type: "MultiPolygon", coordinates: g.coordinates.map(polygon) };
}

export function vertexCount(g: PolygonGeometry): number {
  return polygonsOf(g).reduce((n, rings) => n + rings.reduce((m, r) => m + r.length, 0), 0);
}

/** The bounding box of many geometries' coordinates, or undefined when there are none. */
export function bboxOf(geometries: PolygonGeometry[]): Bbox | undefined {
  let b: Bbox | undefined;
  for (const g of geometries) {
    for (const rings of polygonsOf(g)) {
      for (const ring of rings) {
        for (const [x = Number.NaN, y = Number.NaN] of ring) {
          if (!b) b = [x, y, x, y];
          else b = [Math.min(b[0], x), Math.min(b[1], y), Math.max(b[2], x), Math.max(b[3], y)];
        }
      }
    }
  }
  return b;
}

const round = (x: number, decimals: number) => {
  const f = 10 ** decimals;
  return Math.round(x * f) / f;
};

/** Converts to WGS84 lon/lat (dropping any height), rounded to 7 decimals. */
export function toWgs84(g: PolygonGeometry, from: CrsCode): PolygonGeometry {
  const converter = from === "EPSG:4326" ? undefined : proj4(from, "EPSG:4326");
  const convert = (p: number[]) => (converter ? converter.forward(p) : p);
  return mapPositions(g, (p) => {
    const [lon = Number.NaN, lat = Number.NaN] = convert([p[0] ?? Number.NaN, p[1] ?? Number.NaN]);
    return [round(lon, 7), round(lat, 7)];
  });
}

/** Converts WGS84 lon/lat to a projected CRS, in metres rounded to millimetres (for fixtures and tests). */
export function fromWgs84(g: PolygonGeometry, to: Exclude<CrsCode, "EPSG:4326">): PolygonGeometry {
  const converter = proj4("EPSG:4326", to);
  const convert = (p: number[]) => converter.forward(p);
  return mapPositions(g, (p) => {
    const [x = Number.NaN, y = Number.NaN] = convert([p[0] ?? Number.NaN, p[1] ?? Number.NaN]);
    return [round(x, 3), round(y, 3)];
  });
}

/** Ground distance in metres between two nearby lon/lat positions (equirectangular; fine below a few km). */
export function metresBetween(a: Position, b: Position): number {
  const R = 6_371_008.8;
  const rad = Math.PI / 180;
  const dx = ((b[0] ?? 0) - (a[0] ?? 0)) * rad * Math.cos((((a[1] ?? 0) + (b[1] ?? 0)) / 2) * rad);
  const dy = ((b[1] ?? 0) - (a[1] ?? 0)) * rad;
  return R * Math.hypot(dx, dy);
}

/** True when both geometries have the same rings, vertex by vertex, within `toleranceM` metres. */
export function sameShape(a: PolygonGeometry, b: PolygonGeometry, toleranceM: number): boolean {
  const pa = polygonsOf(a);
  const pb = polygonsOf(b);
  if (pa.length !== pb.length) return false;
  return pa.every((rings, i) => {
    const other = pb[i];
    if (!other || other.length !== rings.length) return false;
    return rings.every((ring, j) => {
      const ringB = other[j];
      if (!ringB || ringB.length !== ring.length) return false;
      return ring.every((p, k) => metresBetween(p, ringB[k] ?? []) <= toleranceM);
    });
  });
}
