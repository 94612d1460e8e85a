// Pure: the disclosure rules every public figure goes through (docs/privacy.md, after the product's
// "Privacy rules"). Two kinds of count leave the server:
//
// - The municipality's and the police's own activities (sessions, walks, contact-person meetings,
//   app messages, weekly exchanges, areas with grannsamverkan) are not about people: they are
//   shown exactly, wherever they are shown.
// - Counts of people or households (märk-DNA kits, burglaries) are released once, at one grain:
//   per ended quarter for the whole kommun, as SmallCounts ("<5" under 5). Every other public
//   figure of the same quantity (a period's total, a stock at a date, a comparison) is derived from
//   those released values only, as a range where a "<5" is part of it. So changing a suppressed
//   count within 0–4 changes no public byte anywhere, and nothing can be summed or subtracted back.
//   Per area they appear only as coarse classes, never as counts.

export const SMALL_COUNT_LIMIT = 5;

/** Decimals of a point anything public may carry: 0.001° is about 110 m north–south, 60 m east–west. */
export const PUBLIC_POINT_DECIMALS = 3;

/** A longitude or latitude rounded to what the public may see. */
export function publicCoordinate(x: number): number {
  const f = 10 ** PUBLIC_POINT_DECIMALS;
  return Math.round(x * f) / f;
}

/**
 * An information session is announced, and so public from today on, once the planner has given it
 * a venue or a start time (migration 013); a session merely saved for later stays internal.
 */
export const isAnnounced = (s: { venue: string; start_time: string | null }) =>
  s.venue.trim() !== "" || s.start_time !== null;

export type SmallCount = { value: number; display: string } | { value: null; display: "<5" };

/** Counts under 5 (including 0) become "<5"; 5 and above are shown as they are. */
export function smallCount(n: number): SmallCount {
  if (!Number.isFinite(n) || n < SMALL_COUNT_LIMIT) return { value: null, display: "<5" };
  return { value: n, display: String(n) };
}

/** True for a value shaped like a SmallCount that keeps the rule (used by tests and guards). */
export function isSafeCount(x: unknown): boolean {
  if (typeof x !== "object" || x === null) return false;
  const { value, display } = x as { value?: unknown; display?: unknown };
  if (value === null) return display === "<5";
  return typeof value === "number" && value >= SMALL_COUNT_LIMIT && display === String(value);
}

/**
 * A figure derived from released SmallCounts: exact when none of them was "<5", else the range
 * every consistent set of hidden values allows (each "<5" is 0..4).
 */
export interface Released {
  min: number;
  max: number;
  /** True when at least one part was "<5": the figure is then the range min..max. */
  approximate: boolean;
}

/** The sum of released counts (plus an exact offset, e.g. a released stock). */
export function sumReleased(parts: readonly SmallCount[], offset = 0): Released {
  let min = offset;
  let max = offset;
  let approximate = false;
  for (const p of parts) {
    if (p.value === null) {
      approximate = true;
      max += SMALL_COUNT_LIMIT - 1;
    } else {
      min += p.value;
      max += p.value;
    }
  }
  return { min, max, approximate };
}

/** A released figure as one SmallCount-like range for display: "23", or "21–29" when approximate. */
export function releasedDisplay(r: Released): string {
  if (!r.approximate) return r.max < SMALL_COUNT_LIMIT ? "<5" : String(r.min);
  if (r.max < SMALL_COUNT_LIMIT) return "<5";
  return `${r.min}–${r.max}`;
}

export type Comparison = "lower" | "same" | "higher" | "uncertain";

/**
 * How `current` stands against `baseline` judged only on what was released: "uncertain" when the
 * ranges overlap so that either order is possible.
 */
export function compareReleased(current: Released, baseline: Released): Comparison {
  if (current.max < baseline.min) return "lower";
  if (current.min > baseline.max) return "higher";
  if (!current.approximate && !baseline.approximate && current.min === baseline.min) return "same";
  return "uncertain";
}

export type PublicWatch = "active" | "starting" | "invitation";
export type DnaClass = "<10 %" | "10–25 %" | "25–50 %" | "≥50 %";

/** The planners' watch status in public words: an area without a group is an invitation. */
export function publicWatch(status: "active" | "starting" | "none"): PublicWatch {
  return status === "none" ? "invitation" : status;
}

/** Coarse classes so that a small area's uptake cannot be turned back into households. */
export function dnaClass(share: number): DnaClass {
  if (share < 0.1) return "<10 %";
  if (share < 0.25) return "10–25 %";
  if (share < 0.5) return "25–50 %";
  return "≥50 %";
}
