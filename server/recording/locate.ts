// The area a record belongs to: its `area_id` when given, else the area its point (lon, lat) or
// its route lies in. Reads a body that may not be valid yet, so a request with a bad date and an
// unknown area gets both errors in one 400. With the caller's kommuner, an area of another kommun
// is a field error naming the area and its kommun: a record is made only where the caller works.
import type { Db } from "../db/open.ts";
import { type FieldError, fieldError } from "../http/errors.ts";
import { type AreaShape, createPlaces, type Places } from "./places.ts";

export type { AreaShape };

/** The areas' shapes as stored now, as plain data (for a worker thread, too). */
export function createAreaShapes(db: Db): () => AreaShape[] {
  const stmt = db.prepare<[], { id: string; name: string; geometry: string; kommun: string }>(
    "SELECT id, name, geometry, kommun FROM areas ORDER BY id",
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

/** The field error for an area of a kommun the caller does not cover, else null. */
export function otherKommun(
  area: AreaShape,
  kommuner: readonly string[] | undefined,
  field: string,
): FieldError | null {
  if (!kommuner || area.kommun === undefined || kommuner.includes(area.kommun)) return null;
  const message = `area '${area.id}' (${area.name}) lies in kommun ${area.kommun}, which you do not work for`;
  return fieldError(field, "other_kommun_area", message, { area_id: area.id, kommun: area.kommun });
}

/**
 * The area of a body's place. `kommuner`: the caller's; an area outside them is an error (left
 * out: any area, e.g. for a check that is not about the caller).
 */
export function locate(
  body: unknown,
  places: Places,
  kommuner?: readonly string[],
): { areaId?: string; errors: FieldError[] } {
  const found = locateAny(body, places);
  if (!found.area) return { errors: found.errors };
  const refused = otherKommun(found.area, kommuner, found.field);
  if (refused) {
    const fields = found.field === "lon" ? ["lon", "lat"] : [found.field];
    return { errors: fields.map((field) => ({ ...refused, field })) };
  }
  return { areaId: found.area.id, errors: [] };
}

function locateAny(
  body: unknown,
  places: Places,
): { area?: AreaShape; field: string; errors: FieldError[] } {
  const none = (errors: FieldError[]) => ({ field: "", errors });
  if (typeof body !== "object" || body === null) return none([]);
  const { area_id, lon, lat, route } = body as Record<string, unknown>;
  if (typeof area_id === "string" && area_id.trim() !== "") {
    const area = places.byId(area_id.trim());
    if (area) return { area, field: "area_id", errors: [] };
    const message = `no area with id '${area_id}'`;
    return none([fieldError("area_id", "unknown_area", message, { area_id })]);
  }
  if (isNumber(lon) && isNumber(lat)) {
    const area = places.at(lon, lat);
    if (area) return { area, field: "lon", errors: [] };
    const message = `the point (${lon}, ${lat}) lies in none of the areas`;
    const point = `${lon}, ${lat}`;
    return none(["lon", "lat"].map((f) => fieldError(f, "not_in_area", message, { point })));
  }
  const coords = routeCoordinates(route);
  if (coords && coords.length > 0) {
    const area = places.ofRoute(coords);
    if (area) return { area, field: "route", errors: [] };
    const message = "the route passes through none of the areas";
    return none([fieldError("route", "route_outside", message)]);
  }
  return none([]); // the schema says that a place is missing
}
