// Did effective presence reach the areas each week's lägesbild flagged, in the bands it asked for,
// within seven days? And were exchanges held every week? Pure: the caller supplies each flagged
// area's effective seconds per band over the week's window (from the coverage totals).
import type { CompiledBands } from "../coverage/bands.ts";
import { isoWeekOf, weekMonday } from "../coverage/weeks.ts";
import { addDays, type IsoDate } from "../period/dates.ts";
import type {
  AreaFollowThrough,
  LagesbildEntry,
  LagesbildOverview,
  LagesbildWeek,
  TrendPoint,
} from "./types.ts";

/** Effective seconds by band index for one area over a window. */
export type EffectiveByBand = ReadonlyMap<number, number>;

export interface Window {
  from: IsoDate;
  to: IsoDate;
}

/** The seven local days starting on the exchange's date: the police's window. */
export function windowOf(date: IsoDate): Window {
  return { from: date, to: addDays(date, 6) };
}

/**
 * Monday to Sunday of the ISO week the date is in: the planners' window. It does not move when the
 * entry is re-dated within its week, so no choice of date splits the week into days.
 */
export function isoWeekWindow(date: IsoDate): Window {
  const monday = weekMonday(isoWeekOf(date)) as IsoDate;
  return { from: monday, to: addDays(monday, 6) };
}

const minutes = (s: number) => Math.round((s / 60) * 100) / 100;
const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 10_000) / 10_000 : null);

export function followThrough(
  entry: LagesbildEntry,
  effective: (areaId: string) => EffectiveByBand,
  bands: CompiledBands,
  today: IsoDate,
  window: Window = windowOf(entry.date),
): LagesbildWeek {
  const areas: AreaFollowThrough[] = entry.areas.map((a) => {
    const eff = effective(a.area_id);
    if (a.bands.length === 0) {
      const total = [...eff.values()].reduce((s, x) => s + x, 0);
      return { ...a, effective_minutes: minutes(total), band_detail: [], reached: total > 0 };
    }
    const band_detail = a.bands.map((key) => {
      const def = bands.byKey.get(key);
      const s = def ? (eff.get(def.index) ?? 0) : 0;
      return { band: key, effective_minutes: minutes(s), reached: s > 0, known: def !== undefined };
    });
    const total = band_detail.reduce((s, b) => s + b.effective_minutes, 0);
    return {
      ...a,
      effective_minutes: Math.round(total * 100) / 100,
      band_detail,
      reached: band_detail.every((b) => b.reached),
    };
  });
  const reached = areas.filter((a) => a.reached).length;
  return {
    ...entry,
    window: { ...window, open: window.to >= today },
    flagged: areas.length,
    reached,
    rate: ratio(reached, areas.length),
    areas,
  };
}

/** Least-squares slope of y over x; null with fewer than two distinct x. */
export function slope(points: readonly { x: number; y: number }[]): number | null {
  const n = points.length;
  if (n < 2) return null;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  if (sxx === 0) return null;
  return points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0) / sxx;
}

/** A change of less than 5 percentage points over a quarter (13 weeks) is flat. */
export function direction(perWeek: number | null): "up" | "down" | "flat" | null {
  if (perWeek === null) return null;
  if (Math.abs(perWeek * 13) < 0.05) return "flat";
  return perWeek > 0 ? "up" : "down";
}

/** Exchanges held against the weeks of the period, and follow-through over closed windows. */
export function summarize(
  weeks: readonly LagesbildWeek[],
  periodWeeks: readonly string[],
): Omit<LagesbildOverview, "period" | "bands" | "weeks" | "by_kommun"> {
  const held = new Set(weeks.map((w) => w.week));
  const missed = periodWeeks.filter((w) => !held.has(w));
  const closed = weeks.filter((w) => !w.window.open);
  const flagged = closed.reduce((s, w) => s + w.flagged, 0);
  const reached = closed.reduce((s, w) => s + w.reached, 0);

  const months = new Map<string, TrendPoint>();
  for (const w of closed) {
    const month = w.date.slice(0, 7);
    const p = months.get(month) ?? { month, weeks: 0, flagged: 0, reached: 0, rate: null };
    p.weeks++;
    p.flagged += w.flagged;
    p.reached += w.reached;
    p.rate = ratio(p.reached, p.flagged);
    months.set(month, p);
  }
  const index = new Map(periodWeeks.map((w, i) => [w, i]));
  const points = closed
    .filter((w) => w.rate !== null && index.has(w.week))
    .map((w) => ({ x: index.get(w.week) as number, y: w.rate as number }));
  const perWeek = slope(points);
  return {
    exchanges: {
      weeks_in_period: periodWeeks.length,
      held: periodWeeks.length - missed.length,
      missed,
      rate: ratio(periodWeeks.length - missed.length, periodWeeks.length),
    },
    follow_through: {
      flagged,
      reached,
      rate: ratio(reached, flagged),
      open_weeks: weeks.length - closed.length,
    },
    trend: {
      by_month: [...months.values()].sort((a, b) => a.month.localeCompare(b.month)),
      slope_per_week: perWeek === null ? null : Math.round(perWeek * 100_000) / 100_000,
      direction: direction(perWeek),
    },
  };
}
