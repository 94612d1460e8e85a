// The area a record belongs to: its `area_id` when given, else the area its point (lon, lat) or
// its route lies in. Reads a body that may not be valid yet, so a request with a bad date and an
// unknown area gets both errors in one 400.
import type { Db } from "../db/open.ts";
import { type FieldError, fieldError } from "../http/errors.ts";
import { type AreaShape, createPlaces, type Places } from "./places.ts";

/** The areas' shapes as stored now, as plain data (for a worker thread, too). */
export function createAreaShapes(db: Db): () => AreaShape[] {
  const stmt = db.prepare<[], { id: string; name: string; geometry: string }>(
    "SELECT id, name, geometry FROM areas ORDER BY id",
  );
  return () =>
    stmt.all().map((r) => ({ ...r, geometry: JSON.parse(r.geometry) as AreaShape["geometry"] }));
}

/** The areas as stored now (the boundaries can be replaced by an import, so never kept for long). */
export function createAreaLookup(db: Db): () => Places {
  const shapes = createAreaShapes(db);
  return () => createPlaces(shapes());
}

const isNumber = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);

function routeCoordinates(route: unknown): number[][] | undefined {
  if (typeof route !== "object" || route === null) return undefined;
  const coords = (route as { coordinates?: unknown }).coordinates;
  if (!Array.isArray(coords)) return undefined;
  return coords.filter((p): p is number[] => Array.isArray(p) && p.every(isNumber));
}

export function locate(body: unknown, places: Places): { areaId?: string; errors: FieldError[] } {
  if (typeof body !== "object" || body === null) return { errors: [] };
  const { area_id, lon, lat, route } = body as Record<string, unknown>;
  if (typeof area_id === "string" && area_id.trim() !== "") {
    const area = places.byId(area_id.trim());
    if (area) return { areaId: area.id, errors: [] };
    const message = `no area with id '${area_id}'`;
    return { errors: [fieldError("area_id", "unknown_area", message, { area_id })] };
  }
  if (isNumber(lon) && isNumber(lat)) {
    const area = places.at(lon, lat);
    if (area) return { areaId: area.id, errors: [] };
    const message = `the point (${lon}, ${lat}) lies in none of the areas`;
    const point = `${lon}, ${lat}`;
    return { errors: ["lon", "lat"].map((f) => fieldError(f, "not_in_area", message, { point })) };
  }
  const coords = routeCoordinates(route);
  if (coords && coords.length > 0) {
    const area = places.ofRoute(coords);
    if (area) return { areaId: area.id, errors: [] };
    const message = "the route passes through none of the areas";
    return { errors: [fieldError("route", "route_outside", message)] };
  }
  return { errors: [] }; // the schema says that a place is missing
}
