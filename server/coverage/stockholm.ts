// Europe/Stockholm wall-clock time from UTC instants and back, by the EU summer-time rule (in force
// since 1996): CEST (UTC+2) from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last
// Sunday of October, CET (UTC+1) otherwise. Plain arithmetic, no Intl: it runs a million times in a
// coverage recomputation, and the tests check it against Intl's tz database.
import type { IsoDate } from "../period/dates.ts";

export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

const transitions = new Map<number, readonly [number, number]>();

/** UTC ms of 01:00 UTC on the last Sunday of a month (month 1–12). */
function lastSundayAt0100Utc(year: number, month: number): number {
  const lastDay = Date.UTC(year, month, 0); // day 0 of the next month
  const weekday = new Date(lastDay).getUTCDay(); // 0 = Sunday
  return lastDay - weekday * DAY_MS + HOUR_MS;
}

/** [start of summer time, end of summer time] in UTC ms, remembered per year. */
export function summerTime(year: number): readonly [number, number] {
  let t = transitions.get(year);
  if (!t) {
    t = [lastSundayAt0100Utc(year, 3), lastSundayAt0100Utc(year, 10)];
    transitions.set(year, t);
  }
  return t;
}

/** Offset of Stockholm time from UTC at a UTC instant, in ms (1 or 2 hours). */
export function offsetAt(utcMs: number): number {
  const [start, end] = summerTime(new Date(utcMs).getUTCFullYear());
  return utcMs >= start && utcMs < end ? 2 * HOUR_MS : HOUR_MS;
}

/** The first UTC instant after `utcMs` at which the offset changes. */
export function nextOffsetChange(utcMs: number): number {
  const year = new Date(utcMs).getUTCFullYear();
  const [start, end] = summerTime(year);
  if (utcMs < start) return start;
  if (utcMs < end) return end;
  return summerTime(year + 1)[0];
}

/** Whole days since 1970-01-01 of the Stockholm calendar date at a UTC instant. */
export function localDay(utcMs: number): number {
  return Math.floor((utcMs + offsetAt(utcMs)) / DAY_MS);
}

export function dayToIso(day: number): IsoDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function isoToDay(date: IsoDate): number {
  return Date.parse(`${date}T00:00:00Z`) / DAY_MS;
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1; // 1970-01-01 was a Thursday
}

export type LocalToUtc =
  | { ok: true; utcMs: number }
  | { ok: false; reason: "nonexistent" | "ambiguous" };

/**
 * The UTC instant of a Stockholm wall-clock time. Times skipped when the clocks go forward
 * (02:00–02:59 on the last Sunday of March) do not exist; times repeated when they go back
 * (02:00–02:59 on the last Sunday of October) are ambiguous. Both are refused, not guessed.
 */
export function localToUtc(date: IsoDate, minuteOfDay: number, second = 0): LocalToUtc {
  const wall = isoToDay(date) * DAY_MS + minuteOfDay * 60_000 + second * 1000;
  const matches = [HOUR_MS, 2 * HOUR_MS]
    .map((off) => wall - off)
    .filter((utc) => offsetAt(utc) + utc === wall);
  if (matches.length === 1) return { ok: true, utcMs: matches[0] as number };
  return { ok: false, reason: matches.length === 0 ? "nonexistent" : "ambiguous" };
}

/** UTC instant of 00:00 Stockholm time on a date (midnight always exists and is unique). */
export function dayStartUtc(date: IsoDate): number {
  const r = localToUtc(date, 0);
  if (!r.ok) throw new Error(`midnight of ${date} is ${r.reason}`);
  return r.utcMs;
}

/** 'YYYY-MM-DDTHH:MM:SSZ', the one stored spelling of an instant (whole seconds). */
export function formatUtc(utcMs: number): string {
  return `${new Date(utcMs).toISOString().slice(0, 19)}Z`;
}

const digit = (s: string, i: number) => s.charCodeAt(i) - 48;
const two = (s: string, i: number) => digit(s, i) * 10 + digit(s, i + 1);

/**
 * UTC ms of a stored instant ('YYYY-MM-DDTHH:MM:SSZ'), about ten times faster than Date.parse,
 * which matters when a recomputation reads two million of them; anything else goes to Date.parse.
 */
export function parseUtc(s: string): number {
  if (s.length !== 20 || s.charCodeAt(19) !== 90 /* Z */) return Date.parse(s);
  let y = two(s, 0) * 100 + two(s, 2);
  const m = two(s, 5);
  const d = two(s, 8);
  // Days from the civil date (H. Hinnant's algorithm, proleptic Gregorian).
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const days =
    era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
  return days * DAY_MS + ((two(s, 11) * 60 + two(s, 14)) * 60 + two(s, 17)) * 1000;
}
