// Which features a query selects: spatially (the geometry meets the bbox) and in time (a visit's
// calendar day overlaps the datetime instant or interval). Pure.
import { bboxPolygon, booleanIntersects } from "@turf/turf";
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
 * A date (YYYY-MM-DD) stands for its whole day in UTC, as all dates in Grannkoll do
 * (server/period/dates.ts); it matches when that day and the interval share any instant.
 */
export function dayMeets(date: string, interval: TimeInterval): boolean {
  const dayStart = Date.parse(`${date}T00:00:00Z`);
  const dayEnd = dayStart + DAY_MS - 1;
  return (
    (interval.start === null || interval.start <= dayEnd) &&
    (interval.end === null || interval.end >= dayStart)
  );
}
