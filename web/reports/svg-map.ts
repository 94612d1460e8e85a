// Pure: the report's GeoJSON (areas, session points, walk routes) as SVG path data, so the map is
// a vector image that prints as it looks on screen. Equirectangular with the longitude scaled by
// cos(latitude): exact enough for one municipality.
type Position = number[];
type Geometry =
  | { type: "Polygon"; coordinates: Position[][] }
  | { type: "MultiPolygon"; coordinates: Position[][][] }
  | { type: "LineString"; coordinates: Position[] }
  | { type: "Point"; coordinates: Position };

export interface Projection {
  width: number;
  height: number;
  point: (p: Position) => [number, number];
}

function positions(g: Geometry): Position[] {
  switch (g.type) {
    case "Point":
      return [g.coordinates];
    case "LineString":
      return g.coordinates;
    case "Polygon":
      return g.coordinates.flat();
    case "MultiPolygon":
      return g.coordinates.flat(2);
  }
}

/** Fits every geometry into `width` pixels (plus `pad` on each side); the height follows. */
export function fitProjection(geometries: Geometry[], width: number, pad = 10): Projection {
  const all = geometries.flatMap(positions);
  const lons = all.map((p) => p[0] as number);
  const lats = all.map((p) => p[1] as number);
  const [w, e] = [Math.min(...lons), Math.max(...lons)];
  const [s, n] = [Math.min(...lats), Math.max(...lats)];
  const kx = Math.cos((((s + n) / 2) * Math.PI) / 180);
  const scale = (width - 2 * pad) / Math.max((e - w) * kx, 1e-9);
  const height = Math.round((n - s) * scale + 2 * pad);
  const round = (v: number) => Math.round(v * 10) / 10;
  return {
    width,
    height,
    point: ([lon, lat]) => [
      round(pad + ((lon as number) - w) * kx * scale),
      round(pad + (n - (lat as number)) * scale),
    ],
  };
}

const ring = (proj: Projection, r: Position[], close: boolean) =>
  r.map((p, i) => `${i === 0 ? "M" : "L"}${proj.point(p).join(" ")}`).join("") + (close ? "Z" : "");

/** SVG path data for a polygon, multipolygon or line. */
export function pathData(proj: Projection, g: Geometry): string {
  switch (g.type) {
    case "Polygon":
      return g.coordinates.map((r) => ring(proj, r, true)).join("");
    case "MultiPolygon":
      return g.coordinates.flatMap((poly) => poly.map((r) => ring(proj, r, true))).join("");
    case "LineString":
      return ring(proj, g.coordinates, false);
    case "Point":
      return "";
  }
}
