// WGS 84 longitude/latitude in API bodies, with a message that says what went wrong when the
// numbers are not degrees — most often SWEREF 99 TM metres (what Swedish GIS exports) sent as if
// they were WGS 84, or latitude and longitude swapped. Pure; the zod schemas are shared by the
// visit and presence bodies.
import { z } from "zod";
import { coded } from "../http/field-codes.ts";

/** SWEREF 99 TM's extent over Sweden, in metres (as in crs.ts's looksLikeSweref). */
const EASTING: [number, number] = [150_000, 1_100_000];
const NORTHING: [number, number] = [6_000_000, 7_800_000];
const within = (x: number, [lo, hi]: [number, number]) => x >= lo && x <= hi;

const SWEREF_HINT = "give WGS 84 degrees (e.g. 13.2, 55.64), not SWEREF 99 TM metres";

/** Why `x` is not a WGS 84 longitude, or null. */
export function lonProblem(x: number): string | null {
  if (x >= -180 && x <= 180) return null;
  if (within(x, EASTING) || within(x, NORTHING)) {
    return `${x} is not a longitude (−180…180): it looks like a SWEREF 99 TM coordinate; ${SWEREF_HINT}`;
  }
  return `${x} is not a longitude: must be between −180 and 180 (WGS 84 degrees)`;
}

/** Why `y` is not a WGS 84 latitude, or null. */
export function latProblem(y: number): string | null {
  if (y >= -90 && y <= 90) return null;
  if (within(y, NORTHING) || within(y, EASTING)) {
    return `${y} is not a latitude (−90…90): it looks like a SWEREF 99 TM coordinate; ${SWEREF_HINT}`;
  }
  return `${y} is not a latitude: must be between −90 and 90 (WGS 84 degrees)`;
}

/** Why [x, y] is not a WGS 84 position, or null; SWEREF pairs and swapped pairs are named. */
export function positionProblem(x: number, y: number): string | null {
  const lon = lonProblem(x);
  const lat = latProblem(y);
  if (!lon && !lat) return null;
  if (within(x, EASTING) && within(y, NORTHING)) {
    return `[${x}, ${y}] looks like SWEREF 99 TM (easting, northing in metres); ${SWEREF_HINT}`;
  }
  if (!lon && lat && y >= -180 && y <= 180 && x >= -90 && x <= 90) {
    return `[${x}, ${y}]: latitude must be between −90 and 90; is the pair [lat, lon]? GeoJSON positions are [lon, lat]`;
  }
  return lon ?? lat;
}

const refined = (problem: (v: number) => string | null) =>
  z.number().check(
    z.superRefine((v, ctx) => {
      const message = problem(v);
      if (message)
        ctx.addIssue({ code: "custom", message, input: v, params: coded("not_coordinate") });
    }),
  );

/** A longitude in WGS 84 degrees. */
export const wgsLon = refined(lonProblem);
/** A latitude in WGS 84 degrees. */
export const wgsLat = refined(latProblem);

// The issue is on the member at fault (the longitude, index 0, unless only the latitude is), so
// the field named is e.g. `place.coordinates.0`.
const positionCheck = z.superRefine((p: number[], ctx) => {
  const [x = Number.NaN, y = Number.NaN] = p;
  const message = positionProblem(x, y);
  if (message) {
    const at = lonProblem(x) === null ? 1 : 0;
    ctx.addIssue({
      code: "custom",
      message,
      input: p[at],
      path: [at],
      params: coded("not_coordinate"),
    });
  }
});

/** A GeoJSON position [lon, lat] in WGS 84 degrees. */
export const wgsPosition = z.tuple([z.number(), z.number()]).check(positionCheck);

/** A GeoJSON position [lon, lat, …]: extra members (e.g. an altitude) are allowed and kept. */
export const wgsPositionRest = z
  .tuple([z.number(), z.number()])
  .rest(z.number())
  .check(positionCheck);

/** A drawn or logged route's number of points: at least two, at most `max`. */
export const routeLength = (max: number) =>
  z.superRefine((points: unknown[], ctx) => {
    if (points.length < 2) {
      const message = "a route needs at least two points";
      ctx.addIssue({ code: "custom", message, params: coded("route_too_short", { min: 2 }) });
    } else if (points.length > max) {
      const message = `a route may have at most ${max} points: simplify it`;
      ctx.addIssue({ code: "custom", message, params: coded("route_too_long", { max }) });
    }
  });
