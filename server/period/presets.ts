// The periods a person picks with one click, each anchored to today: the last twelve months (the
// default), the last complete quarter, this year so far, and a promise period. Pure: the web's
// period picker offers them, the server's default is the first.
import { addDays, type IsoDate } from "./dates.ts";
import { defaultPeriod, type Period } from "./period.ts";
import { quarterEnd, quarterOf, quarterStart } from "./quarters.ts";

export const PRESET_KINDS = ["last12Months", "lastQuarter", "thisYear", "promisePeriod"] as const;
export type PresetKind = (typeof PRESET_KINDS)[number];

export interface Preset {
  kind: PresetKind;
  period: Period;
  /** For a promise period: its name ("Medborgarlöften 2018–2019"). */
  name?: string;
}

/**
 * The last quarter that has ended by `today` (today itself still belongs to the running one).
 * @example lastCompleteQuarter("2026-12-04") // { from: "2026-07-01", to: "2026-09-30" }
 */
export function lastCompleteQuarter(today: IsoDate): Period {
  const previous = quarterOf(addDays(quarterStart(quarterOf(today)), -1));
  return { from: quarterStart(previous), to: quarterEnd(previous) };
}

/**
 * From the first of January to today: this year so far, never into the future.
 * @example thisYear("2026-12-04") // { from: "2026-01-01", to: "2026-12-04" }
 */
export function thisYear(today: IsoDate): Period {
  return { from: `${today.slice(0, 4)}-01-01`, to: today };
}

/**
 * A promise period up to today: the whole period once it has ended, so far while it runs, and
 * null before it has begun (there is nothing to look at yet).
 * @example promisePeriodSoFar({ starts_on: "2026-01-01", ends_on: "2027-12-31" }, "2026-12-04")
 * // { from: "2026-01-01", to: "2026-12-04" }
 */
export function promisePeriodSoFar(
  promise: { starts_on: IsoDate; ends_on: IsoDate },
  today: IsoDate,
): Period | null {
  if (promise.starts_on > today) return null;
  return { from: promise.starts_on, to: promise.ends_on < today ? promise.ends_on : today };
}

/**
 * Every preset for `today`, the default first; a promise period per period that has begun, the
 * newest first.
 */
export function periodPresets(
  today: IsoDate,
  promisePeriods: readonly { name: string; starts_on: IsoDate; ends_on: IsoDate }[] = [],
): Preset[] {
  const promises = [...promisePeriods]
    .sort((a, b) => b.starts_on.localeCompare(a.starts_on))
    .flatMap((p) => {
      const period = promisePeriodSoFar(p, today);
      return period ? [{ kind: "promisePeriod" as const, period, name: p.name }] : [];
    });
  return [
    { kind: "last12Months", period: defaultPeriod(today) },
    { kind: "lastQuarter", period: lastCompleteQuarter(today) },
    { kind: "thisYear", period: thisYear(today) },
    ...promises,
  ];
}

export const samePeriod = (a: Period, b: Period) => a.from === b.from && a.to === b.to;
