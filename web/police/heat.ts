// Pure shaping for the police views: band labels, the heat table's shading steps, map colours and
// follow-through summaries. No React, no MapLibre: unit-tested beside this file.
import type { BandInfo, CoverageAreaRow, CoverageCell } from "../../server/coverage/types.ts";

const pad = (h: number) => String(h % 24).padStart(2, "0");

/** "18–24" for a band; the day type is worded by the caller (weekday/weekend). */
export const bandHours = (b: Pick<BandInfo, "from_hour" | "to_hour">) =>
  `${pad(b.from_hour)}–${b.to_hour === 24 ? "24" : pad(b.to_hour)}`;

/** Colour-blind-safe sequential blues (ColorBrewer Blues, 5 steps); step 0 = no minutes. */
export const HEAT_COLOURS = ["#f7fbff", "#c6dbef", "#6baed6", "#2171b5", "#08306b"] as const;
/** Text colour readable on each step. */
export const HEAT_TEXT = ["#1a1a1a", "#1a1a1a", "#1a1a1a", "#ffffff", "#ffffff"] as const;

/** Step 0 for no minutes, else 1–4 by quarter of the largest value (so every non-zero shows). */
export function heatStep(minutes: number, max: number): number {
  if (minutes <= 0 || max <= 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil((minutes / max) * 4)));
}

/**
 * The map's heat steps as legend lines: each colour and the most minutes it stands for (0 for
 * none; step k holds up to k quarters of the largest value, as heatStep divides them).
 * @example heatSteps(100) // [{ colour: "#f7fbff", upTo: 0 }, { colour: "#c6dbef", upTo: 25 }, …]
 */
export function heatSteps(max: number): { colour: string; upTo: number }[] {
  const steps = max > 0 ? HEAT_COLOURS : HEAT_COLOURS.slice(0, 1);
  return steps.map((colour, k) => ({ colour, upTo: Math.round((max * k) / 4) }));
}

export const maxMinutes = (rows: CoverageAreaRow[], bands: string[]) =>
  rows.reduce((m, r) => Math.max(m, ...bands.map((b) => r.cells[b]?.effective_minutes ?? 0)), 0);

export const EMPTY_CELL: CoverageCell = {
  effective_minutes: 0,
  effective_visits: 0,
  short_minutes: 0,
  short_visits: 0,
};

/** Rows sorted by name (Swedish order), the table's stable order. */
export const byName = (rows: CoverageAreaRow[]) =>
  [...rows].sort((a, b) => a.name.localeCompare(b.name, "sv"));

/** area id → fill colour for the selected band; areas without minutes get step 0. */
export function mapColours(rows: CoverageAreaRow[], band: string): Record<string, string> {
  const max = maxMinutes(rows, [band]);
  const out: Record<string, string> = {};
  for (const r of rows) {
    out[r.area_id] = HEAT_COLOURS[heatStep(r.cells[band]?.effective_minutes ?? 0, max)] as string;
  }
  return out;
}

/** Whole minutes for a cell (the API gives two decimals). */
export const wholeMinutes = (m: number) => Math.round(m);

/** "3 / 5 (60 %)" parts for a follow-through; rate null when nothing was flagged. */
export function percent(rate: number | null): string {
  return rate === null ? "–" : `${Math.round(rate * 100)} %`;
}

/** Whole years from the data's first to its last day, latest first. */
export function yearsOf(range: { from: string; to: string }): number[] {
  const first = Number(range.from.slice(0, 4));
  const last = Number(range.to.slice(0, 4));
  const out: number[] = [];
  for (let y = last; y >= first; y--) out.push(y);
  return out;
}
