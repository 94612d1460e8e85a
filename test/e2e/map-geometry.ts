// Where an area is on the screen, computed the way MapLibre does it: Web Mercator with 512-pixel
// tiles, from the camera the app writes into the URL (#karta=zoom/lat/lng). The app exposes no
// globals for tests; the URL hash is a user-facing feature (shareable views) that we read instead.
import { booleanPointInPolygon } from "@turf/turf";

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

/** "#41b6c4" → [65, 182, 196] */
export function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.replace("#", ""), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
