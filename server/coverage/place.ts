// Where a presence was: a point, a route, or a whole area, and how that is stored in the presence
// row (lon/lat for a point, `route` for a line, neither for an area). Pure.
import { type AreaIndex, containingArea, matchLine, matchPoint } from "./geometry.ts";

export type Position = [number, number];

export type Place =
  | { type: "Point"; coordinates: Position }
  | { type: "LineString"; coordinates: Position[] }
  | { type: "Area"; area_id: string };

export interface PlaceColumns {
  area_id: string;
  lon: number | null;
  lat: number | null;
  route: string | null;
}

/**
 * Rows from before migration 004 (and the demo file) have lon/lat and no route: they are points.
 * A row with neither is an area place.
 */
export function placeOf(row: PlaceColumns): Place {
  if (row.route) return JSON.parse(row.route) as Place;
  if (row.lon != null && row.lat != null) return { type: "Point", coordinates: [row.lon, row.lat] };
  return { type: "Area", area_id: row.area_id };
}

/**
 * Indices of the areas a presence counts for. An area place counts for its own area only: it says
 * "we were in X", not "we were near X's neighbours", so the radius does not apply to it.
 */
export function countsFor(ix: AreaIndex, place: Place): number[] {
  if (place.type === "Area") {
    const i = ix.byId.get(place.area_id);
    return i === undefined ? [] : [i];
  }
  if (place.type === "Point") return matchPoint(ix, place.coordinates[0], place.coordinates[1]);
  return matchLine(ix, place.coordinates);
}

/**
 * The columns to store, or null when the place reaches no area. The row's area_id (required since
 * 001) is the area holding the point or the route's first point, else the first area reached;
 * lon/lat hold the point or the route's start, so readers that only know lon/lat still place it.
 */
export function placeColumns(ix: AreaIndex, place: Place): PlaceColumns | null {
  const reached = countsFor(ix, place);
  if (place.type === "Area")
    return reached.length ? { area_id: place.area_id, lon: null, lat: null, route: null } : null;
  if (reached.length === 0) return null;
  const [lon, lat] =
    place.type === "Point" ? place.coordinates : (place.coordinates[0] as Position);
  const home = containingArea(ix, lon, lat);
  const area_id = ix.ids[home >= 0 ? home : (reached[0] as number)] as string;
  const route = place.type === "LineString" ? JSON.stringify(place) : null;
  return { area_id, lon, lat, route };
}
