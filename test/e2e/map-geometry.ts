// Where an area is on the screen, computed the way MapLibre does it: Web Mercator with 512-pixel
// tiles, from the camera the app writes into the URL (#karta=zoom/lat/lng). The app exposes no
// globals for tests; the URL hash is a user-facing feature (shareable views) that we read instead.
import { booleanPointInPolygon } from "@turf/boolean-point-in-polygon";

export interface Camera {
  zoom: number;
  lat: number;
  lng: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ScreenPoint {
  x: number;
  y: number;
}

/** Parses MapLibre's hash "#karta=11.22/55.6501/13.2292" (bearing and pitch are always 0 here). */
export function parseCamera(hash: string): Camera {
  const match = /karta=([-\d.]+)\/([-\d.]+)\/([-\d.]+)/.exec(hash);
  if (!match) throw new Error(`no map camera in URL hash '${hash}'`);
  const [, zoom, lat, lng] = match.map(Number) as [number, number, number, number];
  return { zoom, lat, lng };
}

const TILE = 512;

function world(lng: number, lat: number, zoom: number): ScreenPoint {
  const size = TILE * 2 ** zoom;
  const phi = (lat * Math.PI) / 180;
  return {
    x: ((lng + 180) / 360) * size,
    y: ((1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2) * size,
  };
}

/** Page coordinates of a lng/lat, for a map drawn in `box` with `camera`. */
export function project(lngLat: number[], camera: Camera, box: Box): ScreenPoint {
  const [lng = 0, lat = 0] = lngLat;
  const p = world(lng, lat, camera.zoom);
  const c = world(camera.lng, camera.lat, camera.zoom);
  return { x: box.x + box.width / 2 + (p.x - c.x), y: box.y + box.height / 2 + (p.y - c.y) };
}

type Area = GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>;

function projectGeometry(area: Area, camera: Camera, box: Box): Area {
  const ring = (r: number[][]) =>
    r.map((c) => {
      const p = project(c, camera, box);
      return [p.x, p.y];
    });
  const g = area.geometry;
  const geometry: Area["geometry"] =
    g.type === "Polygon"
      ? { type: "Polygon", coordinates: g.coordinates.map(ring) }
      : { type: "MultiPolygon", coordinates: g.coordinates.map((p) => p.map(ring)) };
  return { ...area, geometry };
}

/**
 * Screen points well inside an area (every point `margin` px around is inside too, so edges,
 * outlines and anti-aliasing are avoided) and inside the map box, deepest-first in a stable order.
 */
export function interiorPoints(area: Area, camera: Camera, box: Box, margin = 6): ScreenPoint[] {
  const screen = projectGeometry(area, camera, box);
  const xs: number[] = [];
  const ys: number[] = [];
  const walk = (r: number[][]) => {
    for (const [x = 0, y = 0] of r) {
      xs.push(x);
      ys.push(y);
    }
  };
  const g = screen.geometry;
  if (g.type === "Polygon") g.coordinates.forEach(walk);
  else for (const p of g.coordinates) p.forEach(walk);
  const left = Math.max(Math.min(...xs), box.x + margin);
  const right = Math.min(Math.max(...xs), box.x + box.width - margin);
  const top = Math.max(Math.min(...ys), box.y + margin);
  const bottom = Math.min(Math.max(...ys), box.y + box.height - margin);
  const inside = (x: number, y: number) => booleanPointInPolygon([x, y], screen);
  const found: { point: ScreenPoint; depth: number }[] = [];
  const step = Math.max(2, Math.min(right - left, bottom - top) / 40);
  for (let y = top; y <= bottom; y += step) {
    for (let x = left; x <= right; x += step) {
      if (!inside(x, y)) continue;
      let depth = 0;
      for (const r of [margin, margin * 2, margin * 4]) {
        const ring = [
          [r, 0],
          [-r, 0],
          [0, r],
          [0, -r],
          [r * 0.7, r * 0.7],
          [-r * 0.7, r * 0.7],
          [r * 0.7, -r * 0.7],
          [-r * 0.7, -r * 0.7],
        ];
        if (!ring.every(([dx = 0, dy = 0]) => inside(x + dx, y + dy))) break;
        depth = r;
      }
      if (depth > 0) found.push({ point: { x: Math.round(x), y: Math.round(y) }, depth });
    }
  }
  return found.sort((a, b) => b.depth - a.depth).map((f) => f.point);
}

const rings = (g: Area["geometry"]) => (g.type === "Polygon" ? [g.coordinates] : g.coordinates);

/** Signed area of a ring by the shoelace formula (screen y points down, so the sign flips). */
function ringArea(ring: number[][]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1 = 0, y1 = 0] = ring[i] as number[];
    const [x2 = 0, y2 = 0] = ring[i + 1] as number[];
    sum += x1 * y2 - x2 * y1;
  }
  return Math.abs(sum) / 2;
}

/** How many square pixels the area covers on the screen (holes subtracted). */
export function screenAreaPx(area: Area, camera: Camera, box: Box): number {
  return rings(projectGeometry(area, camera, box).geometry).reduce(
    (sum, [outer = [], ...holes]) =>
      sum + ringArea(outer) - holes.reduce((h, r) => h + ringArea(r), 0),
    0,
  );
}

/** The screen box around areas, in page pixels. */
export function screenBounds(areas: Area[], camera: Camera, box: Box): Box {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const area of areas) {
    for (const polygon of rings(projectGeometry(area, camera, box).geometry)) {
      for (const [x = 0, y = 0] of polygon.flat()) {
        xs.push(x);
        ys.push(y);
      }
    }
  }
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

/** Whether a page point lies inside the area as drawn. */
export function containsOnScreen(area: Area, camera: Camera, box: Box, point: ScreenPoint) {
  return booleanPointInPolygon([point.x, point.y], projectGeometry(area, camera, box));
}

/** The centre of every whole pixel inside the area on the screen and inside `box`. */
export function pixelsInside(area: Area, camera: Camera, box: Box): ScreenPoint[] {
  const screen = projectGeometry(area, camera, box);
  const b = screenBounds([area], camera, box);
  const out: ScreenPoint[] = [];
  const top = Math.max(Math.floor(b.y), Math.ceil(box.y));
  const bottom = Math.min(Math.ceil(b.y + b.height), Math.floor(box.y + box.height) - 1);
  const left = Math.max(Math.floor(b.x), Math.ceil(box.x));
  const right = Math.min(Math.ceil(b.x + b.width), Math.floor(box.x + box.width) - 1);
  for (let y = top; y <= bottom; y++) {
    for (let x = left; x <= right; x++) {
      if (booleanPointInPolygon([x + 0.5, y + 0.5], screen)) out.push({ x, y });
    }
  }
  return out;
}

/** "#41b6c4" → [65, 182, 196] */
export function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.replace("#", ""), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
