// What one presence adds to the coverage totals of each area it counts for. Pure.
//
// Rules (also in the API docs of server/coverage/types.ts):
// - Seconds are split exactly across local days and bands (bands.ts).
// - A presence of at least the effective threshold (default 10 min) is an *effective visit*; a
//   shorter one is a *short visit* (a drive-by). The class depends on the whole duration, never on
//   a band's share: a 40-minute patrol from 17:50 to 18:30 is effective in both bands it touches.
// - The visit itself is counted once, in the day and band where it starts, so visits add up across
//   bands and days without double counting; its seconds are counted wherever they fall.
// - A presence counts in full for every area it reaches (a route through two areas gives each
//   area all its minutes): the question is "were we visible there", not "how is time shared".
import { type CompiledBands, splitIntoBands } from "./bands.ts";

export interface Totals {
  eff_s: number;
  eff_n: number;
  short_s: number;
  short_n: number;
}

export interface DayBandTotals extends Totals {
  day: number;
  band: number;
}

export type TotalsEmit = (
  day: number,
  band: number,
  effS: number,
  effN: number,
  shortS: number,
  shortN: number,
) => void;

export function isEffective(startMs: number, endMs: number, effectiveSeconds: number): boolean {
  return (endMs - startMs) / 1000 >= effectiveSeconds;
}

/** The per-(day, band) totals of one presence in one area it counts for, without allocating. */
export function forEachTotal(
  c: CompiledBands,
  startMs: number,
  endMs: number,
  effectiveSeconds: number,
  emit: TotalsEmit,
): void {
  const effective = isEffective(startMs, endMs, effectiveSeconds);
  let first = true;
  splitIntoBands(c, startMs, endMs, (day, band, seconds) => {
    const n = first ? 1 : 0;
    first = false;
    if (effective) emit(day, band, seconds, n, 0, 0);
    else emit(day, band, 0, 0, seconds, n);
  });
}

export function presenceTotals(
  c: CompiledBands,
  startMs: number,
  endMs: number,
  effectiveSeconds: number,
): DayBandTotals[] {
  const out: DayBandTotals[] = [];
  forEachTotal(c, startMs, endMs, effectiveSeconds, (day, band, eff_s, eff_n, short_s, short_n) =>
    out.push({ day, band, eff_s, eff_n, short_s, short_n }),
  );
  return out;
}

export const ZERO: Totals = { eff_s: 0, eff_n: 0, short_s: 0, short_n: 0 };

export function addTotals(a: Totals, b: Totals, sign: 1 | -1 = 1): Totals {
  return {
    eff_s: a.eff_s + sign * b.eff_s,
    eff_n: a.eff_n + sign * b.eff_n,
    short_s: a.short_s + sign * b.short_s,
    short_n: a.short_n + sign * b.short_n,
  };
}

const minutes = (seconds: number) => Math.round((seconds / 60) * 100) / 100;

/** Stored seconds as the minutes the API shows (two decimals; whole minutes in practice). */
export function asMinutes(t: Totals) {
  return {
    effective_minutes: minutes(t.eff_s),
    effective_visits: t.eff_n,
    short_minutes: minutes(t.short_s),
    short_visits: t.short_n,
  };
}
