// Which area a place lies in: a point by point-in-polygon against the stored area geometries, a
// route by the area that holds most of its vertices. Pure: the areas are passed in.
import { booleanPointInPolygon } from "@turf/boolean-point-in-polygon";
import type { AreaGeometry } from "../areas/types.ts";

export interface AreaShape {
  id: string;
  name: string;
  geometry: AreaGeometry;
  /** The kommun the area lies in (absent in hand-made shapes: no kommun check then). */
  kommun?: string;
}

export type Box = [number, number, number, number];

export interface Places {
  byId(id: string): AreaShape | undefined;
  /** Case-insensitive, surrounding spaces ignored: names as people type them in spreadsheets. */
  byName(name: string): AreaShape | undefined;
  at(lon: number, lat: number): AreaShape | undefined;
  /** The area holding most of the route's vertices (ties: the first vertex's area wins). */
  ofRoute(coordinates: readonly (readonly number[])[]): AreaShape | undefined;
  /** The box around every area: [west, south, east, north]; undefined when there are none. */
  extent: Box | undefined;
}

function boxOf(g: AreaGeometry): Box {
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  const rings = g.type === "Polygon" ? g.coordinates : g.coordinates.flat();
  for (const ring of rings) {
    for (const [x = 0, y = 0] of ring) {
      box[0] = Math.min(box[0], x);
      box[1] = Math.min(box[1], y);
      box[2] = Math.max(box[2], x);
      box[3] = Math.max(box[3], y);
    }
  }
  return box;
}

/**
 * `prefer`: kommuner whose area a name means when areas of several kommuner share it (the
 * caller's own).
 */
export function createPlaces(areas: AreaShape[], prefer: readonly string[] = []): Places {
  const boxes = areas.map((a) => ({ area: a, box: boxOf(a.geometry) }));
  const ids = new Map(areas.map((a) => [a.id, a]));
  const preferred = (a: AreaShape) => a.kommun !== undefined && prefer.includes(a.kommun);
  // Later entries win: the preferred kommuner's areas go last.
  const byPreference = [...areas.filter((a) => !preferred(a)), ...areas.filter(preferred)];
  const names = new Map(byPreference.map((a) => [a.name.trim().toLocaleLowerCase("sv"), a]));
  // Areas share borders: a point exactly on one belongs to the first area in id order.
  const at = (lon: number, lat: number) =>
    boxes.find(
      ({ area, box }) =>
        lon >= box[0] &&
        lon <= box[2] &&
        lat >= box[1] &&
        lat <= box[3] &&
        booleanPointInPolygon([lon, lat], area.geometry),
    )?.area;
  const extent = boxes.reduce<Box | undefined>(
    (all, { box }) =>
      all
        ? [
            Math.min(all[0], box[0]),
            Math.min(all[1], box[1]),
            Math.max(all[2], box[2]),
            Math.max(all[3], box[3]),
          ]
        : box,
    undefined,
  );
  return {
    extent,
    byId: (id) => ids.get(id),
    byName: (name) => names.get(name.trim().toLocaleLowerCase("sv")),
    at,
    ofRoute(coordinates) {
      const votes = new Map<AreaShape, number>();
      for (const [x, y] of coordinates) {
        if (x === undefined || y === undefined) continue;
        const area = at(x, y);
        if (area) votes.set(area, (votes.get(area) ?? 0) + 1);
      }
      let best: AreaShape | undefined;
      for (const [area, n] of votes) if (!best || n > (votes.get(best) ?? 0)) best = area;
      return best;
    },
  };
}
