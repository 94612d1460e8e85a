// Which features a query selects: spatially (the geometry meets the bbox) and in time (a visit's
// calendar days overlap the datetime instant or interval). Pure.
import { bboxPolygon } from "@turf/bbox-polygon";
import { booleanIntersects } from "@turf/boolean-intersects";
import type { Box, TimeInterval } from "./params.ts";

export type OgcGeometry =
  | { type: "Point"; coordinates: number[] }
  | { type: "Polygon"; coordinates: number[][][] }
  | { type: "MultiPolygon"; coordinates: number[][][][] };

const DAY_MS = 86_400_000;

/** True when the geometry touches or overlaps any of the boxes. */
export function meetsBoxes(geometry: OgcGeometry, boxes: Box[]): boolean {
  return boxes.some((box) => {
    if (geometry.type === "Point") {
      const [x = Number.NaN, y = Number.NaN] = geometry.coordinates;
      return x >= box[0] && x <= box[2] && y >= box[1] && y <= box[3];
    }
    return booleanIntersects(bboxPolygon(box), geometry);
  });
}

/**
 * Days (YYYY-MM-DD) stand for their whole day in UTC, as all dates in Grannkoll do
 * (server/period/dates.ts); the span from the first day's start to the last day's end matches
 * when it and the interval share any instant.
 */
export function spanMeets(span: { start: string; end: string }, interval: TimeInterval): boolean {
  const dayStart = Date.parse(`${span.start}T00:00:00Z`);
  const dayEnd = Date.parse(`${span.end}T00:00:00Z`) + DAY_MS - 1;
  return (
    (interval.start === null || interval.start <= dayEnd) &&
    (interval.end === null || interval.end >= dayStart)
  );
}
