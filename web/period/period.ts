// Checking and clamping the period the user types, before anything is asked of the server.
import { isIsoDate } from "../../server/period/dates.ts";
import type { Period } from "../../server/period/period.ts";
import type { Preset } from "../../server/period/presets.ts";

export type PeriodField = "from" | "to";
export type PeriodProblem = { field: PeriodField; problem: "invalidDate" | "order" };

export type PeriodCheck =
  | { ok: true; period: Period; clamped: boolean }
  | { ok: false; problems: PeriodProblem[] };

const clamp = (date: string, range: Period) =>
  date < range.from ? range.from : date > range.to ? range.to : date;

/**
 * Validates a draft period and clamps it to the range that has data. ISO dates compare correctly
 * as strings, so no Date objects are needed.
 * @example checkPeriod({ from: "2015-01-01", to: "2019-06-30" }, { from: "2016-01-01", to: "2019-12-31" })
 * // { ok: true, period: { from: "2016-01-01", to: "2019-06-30" }, clamped: true }
 */
export function checkPeriod(draft: { from: string; to: string }, range: Period): PeriodCheck {
  const problems: PeriodProblem[] = [];
  for (const field of ["from", "to"] as const) {
    if (!isIsoDate(draft[field])) problems.push({ field, problem: "invalidDate" });
  }
  if (problems.length === 0 && draft.from > draft.to) {
    problems.push({ field: "from", problem: "order" });
  }
  if (problems.length > 0) return { ok: false, problems };
  const period = { from: clamp(draft.from, range), to: clamp(draft.to, range) };
  const clamped = period.from !== draft.from || period.to !== draft.to;
  return { ok: true, period, clamped };
}

/**
 * The dates a picker offers: the data's range widened to every preset, so "this year" can be
 * chosen before anything is recorded this year (the figures then say so) and is never clamped.
 * @example pickerRange({ from: "2018-03-01", to: "2019-12-31" }, [{ kind: "thisYear", period: { from: "2026-01-01", to: "2026-12-04" } }])
 * // { from: "2018-03-01", to: "2026-12-04" }
 */
export function pickerRange(data: Period, presets: readonly Preset[]): Period {
  let { from, to } = data;
  for (const { period } of presets) {
    if (period.from < from) from = period.from;
    if (period.to > to) to = period.to;
  }
  return { from, to };
}
