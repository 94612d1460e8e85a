// Turning stored totals (seconds per area, day and band) into the tables the API serves. Sums stay
// in whole seconds until the last step, so no rounding accumulates. Pure.
import { addDays, daysBetween, type IsoDate, monthEnd } from "../period/dates.ts";
import type { BandDef } from "./bands.ts";
import { addTotals, asMinutes, type Totals, ZERO } from "./minutes.ts";
import type { AreaBandRow, DayBandRow } from "./repo.ts";
import type { CoverageAreaRow, CoverageGap, HeatRow } from "./types.ts";
import { isoWeekOf, weekMonday, weeksInPeriod } from "./weeks.ts";

type Acc = { cells: Map<number, Totals>; total: Totals };

const newAcc = (): Acc => ({ cells: new Map(), total: ZERO });

function add(acc: Acc, band: number, t: Totals) {
  acc.cells.set(band, addTotals(acc.cells.get(band) ?? ZERO, t));
  acc.total = addTotals(acc.total, t);
}

function cellsOf(acc: Acc, bands: readonly BandDef[]) {
  return Object.fromEntries(bands.map((b) => [b.key, asMinutes(acc.cells.get(b.index) ?? ZERO)]));
}

/** One row per area (all areas, in the given order), cells for the selected bands only. */
export function areaTable(
  areas: readonly { id: string; name: string }[],
  rows: readonly AreaBandRow[],
  bands: readonly BandDef[],
): CoverageAreaRow[] {
  const wanted = new Set(bands.map((b) => b.index));
  const byArea = new Map<string, Acc>();
  for (const r of rows) {
    if (!wanted.has(r.band)) continue;
    const acc = byArea.get(r.area_id) ?? newAcc();
    byArea.set(r.area_id, acc);
    add(acc, r.band, r);
  }
  return areas.map((a) => {
    const acc = byArea.get(a.id) ?? newAcc();
    return { area_id: a.id, name: a.name, cells: cellsOf(acc, bands), total: asMinutes(acc.total) };
  });
}

/** The first and last local day a year's heat table reads: its ISO weeks and its calendar days. */
export function heatSpan(year: number): { from: IsoDate; to: IsoDate } {
  const weeks = weeksInPeriod(`${year}-01-01`, `${year}-12-31`);
  const firstMonday = weekMonday(weeks[0] as string) as IsoDate;
  const lastSunday = addDays(weekMonday(weeks.at(-1) as string) as IsoDate, 6);
  return {
    from: firstMonday < `${year}-01-01` ? firstMonday : `${year}-01-01`,
    to: lastSunday > `${year}-12-31` ? lastSunday : `${year}-12-31`,
  };
}

/** Weeks, months and the year total for one area's day rows (read over heatSpan(year)). */
export function heatTable(rows: readonly DayBandRow[], year: number, bands: readonly BandDef[]) {
  const weeks = weeksInPeriod(`${year}-01-01`, `${year}-12-31`);
  const weekAcc = new Map(weeks.map((w) => [w, newAcc()]));
  const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, "0")}`);
  const monthAcc = new Map(months.map((m) => [m, newAcc()]));
  const yearAcc = newAcc();
  for (const r of rows) {
    const w = weekAcc.get(isoWeekOf(r.day));
    if (w) add(w, r.band, r);
    const m = monthAcc.get(r.day.slice(0, 7));
    if (m) {
      add(m, r.band, r);
      add(yearAcc, r.band, r);
    }
  }
  const row = (key: string, from: IsoDate, to: IsoDate, acc: Acc): HeatRow => ({
    key,
    from,
    to,
    cells: cellsOf(acc, bands),
    total: asMinutes(acc.total),
  });
  return {
    weeks: weeks.map((w) => {
      const monday = weekMonday(w) as IsoDate;
      return row(w, monday, addDays(monday, 6), weekAcc.get(w) ?? newAcc());
    }),
    months: months.map((m) => row(m, `${m}-01`, monthEnd(m), monthAcc.get(m) ?? newAcc())),
    year_total: row(String(year), `${year}-01-01`, `${year}-12-31`, yearAcc),
  };
}

/** Areas whose last effective day is before `from` (or never), longest gap first. */
export function gapsOf(
  last: readonly { id: string; name: string; last: string | null }[],
  from: IsoDate,
  to: IsoDate,
): CoverageGap[] {
  return last
    .filter((a) => a.last === null || a.last < from)
    .map((a) => ({
      area_id: a.id,
      name: a.name,
      last_effective: a.last,
      days_since: a.last === null ? null : daysBetween(a.last, to),
    }))
    .sort(
      (a, b) =>
        (b.days_since ?? Infinity) - (a.days_since ?? Infinity) ||
        a.area_id.localeCompare(b.area_id),
    );
}
