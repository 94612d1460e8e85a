// Checking and clamping the period the user types, before anything is asked of the server.
import { isIsoDate } from "../../server/period/dates.ts";
import type { Period } from "../../server/period/period.ts";

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
