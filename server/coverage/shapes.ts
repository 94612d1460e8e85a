// Polygons flattened into typed arrays, and the exact planar tests on them: point in polygon
// (even-odd, so holes are outside), segment crossing an edge, and how a grid cell lies relative to
// a polygon. Coordinates are lon/lat degrees: at the size of an area's buffer (a few km) a straight
// edge in degrees and in metres differ by far less than a metre. Pure.
import type { MultiPolygon, Polygon } from "geojson";

export type AreaPolygon = Polygon | MultiPolygon;

/**
 * A shape flattened for speed: every vertex of every ring in one array (x, y, x, y, …), ring
 * starts into it, and polygon starts into the rings (each with an end sentinel).
 */
export interface Shape {
  xy: Float64Array;
  rings: Int32Array;
  polys: Int32Array;
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export function shapeOf(g: AreaPolygon): Shape {
  const polygons = g.type === "Polygon" ? [g.coordinates] : g.coordinates;
  const xy: number[] = [];
  const rings: number[] = [];
  const polys: number[] = [];
  for (const polygon of polygons) {
    polys.push(rings.length);
    for (const ring of polygon) {
      rings.push(xy.length);
      for (const p of ring) xy.push(p[0] as number, p[1] as number);
    }
  }
  polys.push(rings.length);
  rings.push(xy.length);
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < xy.length; i += 2) {
    minX = Math.min(minX, xy[i] as number);
    maxX = Math.max(maxX, xy[i] as number);
    minY = Math.min(minY, xy[i + 1] as number);
    maxY = Math.max(maxY, xy[i + 1] as number);
  }
  return {
    xy: Float64Array.from(xy),
    rings: Int32Array.from(rings),
    polys: Int32Array.from(polys),
    minX,
    minY,
    maxX,
    maxY,
  };
}

/** Even-odd rule over all rings of each polygon, so holes are outside. */
export function inShape(s: Shape, x: number, y: number): boolean {
  if (x < s.minX || x > s.maxX || y < s.minY || y > s.maxY) return false;
  const { xy, rings, polys } = s;
  for (let p = 0; p + 1 < polys.length; p++) {
    let inside = false;
    for (let r = polys[p] as number; r < (polys[p + 1] as number); r++) {
      const from = rings[r] as number;
      const to = rings[r + 1] as number;
      for (let i = from, j = to - 2; i < to; j = i, i += 2) {
        const yi = xy[i + 1] as number;
        const yj = xy[j + 1] as number;
        if (yi > y !== yj > y) {
          const xi = xy[i] as number;
          if (x < (((xy[j] as number) - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
        }
      }
    }
    if (inside) return true;
  }
  return false;
}

function orient(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  const v = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  return v > 0 ? 1 : v < 0 ? -1 : 0;
}

/** q lies within the bounding box of p–r (used only when the three are collinear). */
function within(px: number, py: number, rx: number, ry: number, qx: number, qy: number): boolean {
  return (
    Math.min(px, rx) <= qx &&
    qx <= Math.max(px, rx) &&
    Math.min(py, ry) <= qy &&
    qy <= Math.max(py, ry)
  );
}

/** Segments a–b and c–d cross or touch. */
function crosses(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  cx: number,
  cy: number,
  dx: number,
  dy: number,
): boolean {
  const o1 = orient(ax, ay, bx, by, cx, cy);
  const o2 = orient(ax, ay, bx, by, dx, dy);
  const o3 = orient(cx, cy, dx, dy, ax, ay);
  const o4 = orient(cx, cy, dx, dy, bx, by);
  if (o1 !== o2 && o3 !== o4) return true;
  return (
    (o1 === 0 && within(ax, ay, bx, by, cx, cy)) ||
    (o2 === 0 && within(ax, ay, bx, by, dx, dy)) ||
    (o3 === 0 && within(cx, cy, dx, dy, ax, ay)) ||
    (o4 === 0 && within(cx, cy, dx, dy, bx, by))
  );
}

/** The segment crosses an edge of the shape (its ends being inside is checked separately). */
export function crossesShape(s: Shape, ax: number, ay: number, bx: number, by: number): boolean {
  if (Math.max(ax, bx) < s.minX || Math.min(ax, bx) > s.maxX) return false;
  if (Math.max(ay, by) < s.minY || Math.min(ay, by) > s.maxY) return false;
  const { xy, rings } = s;
  for (let r = 0; r + 1 < rings.length; r++) {
    const from = rings[r] as number;
    const to = rings[r + 1] as number;
    for (let i = from, j = to - 2; i < to; j = i, i += 2) {
      if (
        crosses(
          ax,
          ay,
          bx,
          by,
          xy[i] as number,
          xy[i + 1] as number,
          xy[j] as number,
          xy[j + 1] as number,
        )
      )
        return true;
    }
  }
  return false;
}

/** Does the segment touch the rectangle (an end inside it, or crossing one of its sides)? */
function segmentMeetsRect(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
) {
  if (
    Math.max(ax, bx) < x0 ||
    Math.min(ax, bx) > x1 ||
    Math.max(ay, by) < y0 ||
    Math.min(ay, by) > y1
  )
    return false;
  if (
    (ax >= x0 && ax <= x1 && ay >= y0 && ay <= y1) ||
    (bx >= x0 && bx <= x1 && by >= y0 && by <= y1)
  )
    return true;
  return (
    crosses(ax, ay, bx, by, x0, y0, x1, y0) ||
    crosses(ax, ay, bx, by, x1, y0, x1, y1) ||
    crosses(ax, ay, bx, by, x1, y1, x0, y1) ||
    crosses(ax, ay, bx, by, x0, y1, x0, y0)
  );
}

/**
 * How a rectangle lies relative to a shape: 'in' (wholly inside), 'out', or 'edge' (an edge of the
 * shape passes through it). With no edge inside the rectangle, its centre decides in or out.
 */
export function rectRelation(
  s: Shape,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
): "in" | "out" | "edge" {
  if (x1 < s.minX || x0 > s.maxX || y1 < s.minY || y0 > s.maxY) return "out";
  const { xy, rings } = s;
  for (let r = 0; r + 1 < rings.length; r++) {
    const to = rings[r + 1] as number;
    for (let i = rings[r] as number, j = to - 2; i < to; j = i, i += 2) {
      if (
        segmentMeetsRect(
          xy[i] as number,
          xy[i + 1] as number,
          xy[j] as number,
          xy[j + 1] as number,
          x0,
          y0,
          x1,
          y1,
        )
      ) {
        return "edge";
      }
    }
  }
  return inShape(s, (x0 + x1) / 2, (y0 + y1) / 2) ? "in" : "out";
}
