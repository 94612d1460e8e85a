// Is an uploaded geometry a usable area boundary? Each check returns a reason a planner can act on,
// or null. Shape checks run on the raw coordinates (any CRS); topology and place checks on WGS84.
import { booleanValid } from "@turf/boolean-valid";
import { kinks } from "@turf/kinks";
import type { Bbox } from "./crs.ts";
import {
  bboxOf,
  type PolygonGeometry,
  type Position,
  polygonsOf,
  vertexCount,
} from "./reproject.ts";

/** Around Skåne with a margin: an area outside it has been projected or labelled wrongly. */
export const SKANE_BBOX: Bbox = [12.0, 55.0, 15.0, 56.7];

/** Self-intersection tests are quadratic in a ring's vertices, so one feature's size is capped. */
export const MAX_VERTICES_PER_FEATURE = 10_000;

const isPosition = (p: unknown): p is Position =>
  Array.isArray(p) && p.length >= 2 && p.every((x) => typeof x === "number" && Number.isFinite(x));

function ringsProblem(rings: unknown): string | null {
  if (!Array.isArray(rings) || rings.length === 0) return "a polygon has no rings";
  for (const ring of rings) {
    if (!Array.isArray(ring) || !ring.every(isPosition)) {
      return "coordinates must be [x, y] pairs of finite numbers";
    }
  }
  return null;
}

/** The geometry as a 2D Polygon/MultiPolygon, or why it is not one. */
export function asPolygonGeometry(
  raw: unknown,
): { ok: true; geometry: PolygonGeometry } | { ok: false; reason: string } {
  const g = raw as { type?: unknown; coordinates?: unknown } | null;
  if (!g || typeof g !== "object") return { ok: false, reason: "the feature has no geometry" };
  if (g.type !== "Polygon" && g.type !== "MultiPolygon") {
    return {
      ok: false,
      reason: `geometry must be a Polygon or MultiPolygon, not ${String(g.type)}`,
    };
  }
  const polygons = g.type === "Polygon" ? [g.coordinates] : g.coordinates;
  if (!Array.isArray(polygons) || polygons.length === 0) {
    return { ok: false, reason: "the geometry has no coordinates" };
  }
  for (const rings of polygons) {
    const problem = ringsProblem(rings);
    if (problem) return { ok: false, reason: problem };
  }
  const flat = (rings: Position[][]) => rings.map((r) => r.map((p) => [p[0] ?? 0, p[1] ?? 0]));
  const geometry: PolygonGeometry =
    g.type === "Polygon"
      ? { type: "Polygon", coordinates: flat(g.coordinates as Position[][]) }
      : { type: "MultiPolygon", coordinates: (g.coordinates as Position[][][]).map(flat) };
  return { ok: true, geometry };
}

const where = (p: Position | undefined) =>
  p ? ` near ${(p[0] ?? 0).toFixed(5)}, ${(p[1] ?? 0).toFixed(5)}` : "";

/** Rings closed, at least 4 positions, not crossing themselves or each other; WGS84 input. */
export function topologyProblem(g: PolygonGeometry): string | null {
  if (vertexCount(g) > MAX_VERTICES_PER_FEATURE) {
    return `more than ${MAX_VERTICES_PER_FEATURE} vertices; simplify the boundary`;
  }
  for (const rings of polygonsOf(g)) {
    for (const ring of rings) {
      if (ring.length < 4) return "a ring has fewer than 4 positions";
      const first = ring[0] ?? [];
      const last = ring[ring.length - 1] ?? [];
      if (first[0] !== last[0] || first[1] !== last[1]) {
        return `a ring is not closed (its first and last positions differ)${where(first)}`;
      }
    }
  }
  const crossing = kinks(g).features[0]?.geometry.coordinates;
  if (crossing) return `a ring crosses itself or another ring${where(crossing)}`;
  if (!booleanValid(g))
    return "the polygon is not valid (a spike, a hole outside its shell, or overlapping parts)";
  return null;
}

/** Every coordinate inside `region` (WGS84). */
export function placeProblem(g: PolygonGeometry, region: Bbox = SKANE_BBOX): string | null {
  const b = bboxOf([g]);
  if (!b) return "the geometry has no coordinates";
  if (b[0] >= region[0] && b[2] <= region[2] && b[1] >= region[1] && b[3] <= region[3]) return null;
  const swapped = b[1] >= region[0] && b[3] <= region[2] && b[0] >= region[1] && b[2] <= region[3];
  const hint = swapped ? "; the coordinates look like latitude, longitude: swap them" : "";
  return `lies outside Skåne (lon ${b[0].toFixed(4)}…${b[2].toFixed(4)}, lat ${b[1].toFixed(4)}…${b[3].toFixed(4)})${hint}`;
}
