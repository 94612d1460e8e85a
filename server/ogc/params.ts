// The query parameters of OGC API – Features Part 1 (bbox, datetime, limit) plus offset, parsed
// into values or a message that says what is wrong with them. Pure.
import { addDays, isIsoDate } from "../period/dates.ts";

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** [minLon, minLat, maxLon, maxLat] in CRS84; more than one when the box crosses the antimeridian. */
export type Box = [number, number, number, number];

/** Milliseconds since the epoch, both ends inclusive; null is an open end. */
export interface TimeInterval {
  start: number | null;
  end: number | null;
}

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 10_000;

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * `minLon,minLat,maxLon,maxLat` (or six numbers with heights, which 2D data ignores). A box whose
 * west edge is east of its east edge crosses the antimeridian, as the standard says.
 */
export function parseBbox(text: string): Parsed<Box[]> {
  const parts = text.split(",").map((p) => p.trim());
  if (parts.length !== 4 && parts.length !== 6) {
    return {
      ok: false,
      message: `bbox must be 4 numbers (minLon,minLat,maxLon,maxLat), got ${parts.length}`,
    };
  }
  if (!parts.every((p) => NUMBER.test(p)))
    return { ok: false, message: "bbox must be numbers separated by commas" };
  const n = parts.map(Number);
  const [minX = 0, minY = 0, maxX = 0, maxY = 0] = n.length === 6 ? [n[0], n[1], n[3], n[4]] : n;
  if ([minX, maxX].some((x) => x < -180 || x > 180)) {
    return { ok: false, message: "bbox longitudes must be between -180 and 180" };
  }
  if ([minY, maxY].some((y) => y < -90 || y > 90)) {
    return { ok: false, message: "bbox latitudes must be between -90 and 90" };
  }
  if (minY > maxY) return { ok: false, message: "bbox minimum latitude is above its maximum" };
  if (n.length === 6 && (n[2] ?? 0) > (n[5] ?? 0)) {
    return { ok: false, message: "bbox minimum height is above its maximum" };
  }
  if (minX <= maxX) return { ok: true, value: [[minX, minY, maxX, maxY]] };
  return {
    ok: true,
    value: [
      [minX, minY, 180, maxY],
      [-180, minY, maxX, maxY],
    ],
  };
}

const DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|([+-])(\d{2}):(\d{2}))$/;

/**
 * One RFC 3339 date-time, or a full date standing for its whole day (UTC): its first millisecond
 * as a start, its last as an end. Undefined when the text is neither.
 */
export function parseInstant(text: string, as: "start" | "end"): number | undefined {
  if (isIsoDate(text)) {
    const day = Date.parse(`${text}T00:00:00Z`);
    return as === "start" ? day : Date.parse(`${addDays(text, 1)}T00:00:00Z`) - 1;
  }
  const m = DATE_TIME.exec(text);
  if (!m?.[1] || !isIsoDate(m[1])) return undefined;
  const [h, min, s] = [Number(m[2]), Number(m[3]), Number(m[4])];
  const [offH, offM] = [Number(m[8] ?? 0), Number(m[9] ?? 0)];
  if (h > 23 || min > 59 || s > 60 || offH > 23 || offM > 59) return undefined;
  const [y, mo, d] = m[1].split("-").map(Number);
  const fraction = m[5] ? Math.floor(Number(m[5]) * 1000) : 0;
  const offset = (m[7] === "-" ? -1 : 1) * (offH * 60 + offM) * 60_000;
  return Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 1, h, min, s) + fraction - offset;
}

/** An instant, or an interval `start/end` where either end may be open (`..` or empty). */
export function parseDatetime(text: string): Parsed<TimeInterval> {
  const example = "e.g. 2019-06-10T18:00:00Z, 2019-01-01/2019-06-30 or 2019-01-01T00:00:00Z/..";
  const parts = text.split("/");
  if (parts.length > 2)
    return { ok: false, message: `datetime has more than one '/' (${example})` };
  if (parts.length === 1) {
    const start = parseInstant(text, "start");
    const end = parseInstant(text, "end");
    if (start === undefined || end === undefined) {
      return {
        ok: false,
        message: `datetime must be an RFC 3339 date-time or interval (${example})`,
      };
    }
    return { ok: true, value: { start, end } };
  }
  const [a = "", b = ""] = parts;
  const open = (s: string) => s === "" || s === "..";
  if (open(a) && open(b)) return { ok: false, message: "datetime interval needs at least one end" };
  const start = open(a) ? null : parseInstant(a, "start");
  const end = open(b) ? null : parseInstant(b, "end");
  if (start === undefined)
    return { ok: false, message: `datetime start '${a}' is not an RFC 3339 date-time` };
  if (end === undefined)
    return { ok: false, message: `datetime end '${b}' is not an RFC 3339 date-time` };
  if (start !== null && end !== null && start > end) {
    return { ok: false, message: "datetime start is after its end" };
  }
  return { ok: true, value: { start, end } };
}

/** 1…MAX_LIMIT; a larger limit is served as MAX_LIMIT, not refused, as the standard asks. */
export function parseLimit(text: string): Parsed<number> {
  if (!/^\d+$/.test(text) || Number(text) < 1) {
    return { ok: false, message: `limit must be a whole number from 1 to ${MAX_LIMIT}` };
  }
  return { ok: true, value: Math.min(Number(text), MAX_LIMIT) };
}

export function parseOffset(text: string): Parsed<number> {
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(Number(text))) {
    return { ok: false, message: "offset must be a whole number, 0 or more" };
  }
  return { ok: true, value: Number(text) };
}
