// Reading the start and end of a presence. The API takes ISO 8601 with a UTC offset
// ('2019-02-15T21:30:00+01:00' or '…Z'); a CSV log may also give Stockholm local time without one
// ('2019-02-15 21:30'), as spreadsheets do. Stored as UTC to the second (fractions are dropped).
// Pure.

import { localToUtc } from "../coverage/stockholm.ts";
import { type FieldError, fieldError } from "../http/errors.ts";
import { type Reason, reason } from "../imports/reasons.ts";
import { quoted } from "../imports/values.ts";
import { isIsoDate } from "../period/dates.ts";

/** A failure carries the reason a CSV import gives (a code and params) and the API's message. */
export type TimeResult = { ok: true; ms: number } | { ok: false; message: string; reason: Reason };

const PATTERN =
  /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

const fail = (r: Reason, message = r.message): TimeResult => ({ ok: false, message, reason: r });

function parse(s: string, localAllowed: boolean): TimeResult {
  const m = PATTERN.exec(s.trim());
  const value = quoted(s);
  if (!m) {
    return fail(
      reason("not_date_time", { value }),
      localAllowed
        ? undefined
        : "must be an ISO 8601 date-time with an offset, e.g. 2019-02-15T21:30:00+01:00",
    );
  }
  const [, date = "", hh = "", mm = "", ss = "0", zone] = m;
  const [h, min, sec] = [Number(hh), Number(mm), Number(ss)];
  if (!isIsoDate(date)) return fail(reason("not_real_date", { value: date }));
  const year = Number(date.slice(0, 4));
  if (year < 2000 || year > 2099) return fail(reason("year_range", { min: 2000, max: 2099 }));
  if (h > 23 || min > 59 || sec > 59)
    return fail(reason("not_time_of_day", { value: `${hh}:${mm}` }));
  const wall = Date.parse(`${date}T00:00:00Z`) + ((h * 60 + min) * 60 + sec) * 1000;
  if (zone === undefined) {
    // Only the API asks for an offset; the CSV import reads local time.
    if (!localAllowed)
      return fail(
        reason("not_date_time", { value }),
        "must include a UTC offset (Z or e.g. +01:00)",
      );
    const r = localToUtc(date, h * 60 + min, sec);
    if (r.ok) return { ok: true, ms: r.utcMs };
    const at = { value: `${date} ${hh}:${mm}` };
    return fail(reason(r.reason === "nonexistent" ? "time_skipped" : "time_twice", at));
  }
  if (zone.toUpperCase() === "Z") return { ok: true, ms: wall };
  const sign = zone.startsWith("-") ? -1 : 1;
  const digits = zone.slice(1).replace(":", "");
  const offMin = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0);
  if (offMin > 14 * 60) return fail(reason("not_utc_offset", { value: zone }));
  return { ok: true, ms: wall - sign * offMin * 60_000 };
}

/** ISO 8601 with an offset, as the JSON API requires. */
export const parseInstant = (s: string) => parse(s, false);

/** ISO 8601 with an offset, or Stockholm local time without one (CSV import). */
export const parseLogTime = (s: string) => parse(s, true);

/** Longest accepted presence: longer ones are almost always a typo in a date. */
export const MAX_DURATION_MS = 24 * 3_600_000;

/** Checks a start/end pair; returns the field to blame and why, or null. */
export function checkSpan(startMs: number, endMs: number): FieldError | null {
  if (endMs <= startMs) {
    return fieldError("ends_at", "ends_after", "must be after starts_at", { other: "starts_at" });
  }
  if (endMs - startMs > MAX_DURATION_MS) {
    const message = "a presence may last at most 24 hours; split longer ones";
    return fieldError("ends_at", "presence_too_long", message, { hours: 24 });
  }
  return null;
}
