// A view's state in the query string (?matt=…&from=…&to=…&omrade=…), so a link opens the same
// view in anyone's browser. Pure: reading a parameter falls back to the view's default when it is
// missing or unreadable, and writing keeps every other parameter (and their order) as it was.
import { isIsoDate } from "../../server/period/dates.ts";
import type { Period } from "../../server/period/period.ts";

/** Parameter values to set; null, undefined or "" removes the parameter. */
export type Changes = Record<string, string | null | undefined>;

/**
 * The query string (without "?") after `changes`.
 * @example applyChanges("?matt=visits&from=2019-01-01", { matt: null, omrade: "7" })
 * // "from=2019-01-01&omrade=7"
 */
export function applyChanges(search: string, changes: Changes): string {
  const out = new URLSearchParams(search);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === undefined || value === "") out.delete(key);
    else out.set(key, value);
  }
  return out.toString();
}

/** The period in `from` and `to`, when both are real dates in order; otherwise null. */
export function periodIn(params: URLSearchParams): Period | null {
  const from = params.get("from");
  const to = params.get("to");
  if (!from || !to || !isIsoDate(from) || !isIsoDate(to) || from > to) return null;
  return { from, to };
}

export const periodChanges = (p: Period): Changes => ({ from: p.from, to: p.to });

/** One of `options`, or `fallback` for a missing or unknown value. */
export function choiceIn<T extends string>(
  raw: string | null,
  options: readonly T[],
  fallback: T,
): T {
  return options.includes(raw as T) ? (raw as T) : fallback;
}
