// The police area's public summary (`?kommun=all`): each kommun's figures side by side, and the
// police area's totals. Activities are exact, so their totals are exact sums. Counts of people
// (märk-DNA kits, burglaries) are released per kommun and ended quarter only, as SmallCounts; the
// police area's total of a quarter is the sum of its kommuner's released values (a range where one
// was "<5"), never the true total. Otherwise a kommun's "<5" would be the police-area total minus
// the other kommuner's exact counts. A kommun's kits are released only from the start of its own
// series (its first promise period): its released stock counts every kit before that, so a
// quarter before it would be that stock minus the kommun's later quarters.
import type { IsoDate } from "../period/dates.ts";
import { quarterEnd, quarterStart } from "../period/quarters.ts";
import type { PublicFact } from "./facts.ts";
import type { PublicPeriod } from "./progress.ts";
import {
  type Released,
  releasedDisplay,
  type SmallCount,
  smallCount,
  sumReleased,
} from "./rules.ts";
import type { PublicSource } from "./source.ts";
import type { DemoKind } from "./source-demo.ts";

export interface KommunRef {
  code: string;
  name: string;
}

/** A total derived from released per-kommun counts: exact, or the range they allow. */
export interface ReleasedTotal extends Released {
  /** "23", "21–29", or "<5". */
  display: string;
}

export interface PoliceAreaKommunQuarter {
  kommun: string;
  info_sessions: number;
  contact_meetings: number;
  safety_walks: number;
  messages: number;
  watch_areas: number;
  /**
   * The kommun's released counts of the quarter, the same as on its own pages; null for a quarter
   * before its own series (its promises had not begun: its stock counts those kits).
   */
  kits: SmallCount | null;
  burglaries: SmallCount | null;
}

export interface PoliceAreaQuarter {
  quarter: string;
  from: IsoDate;
  to: IsoDate;
  /** Exact sums over the kommuner. */
  info_sessions: number;
  contact_meetings: number;
  safety_walks: number;
  messages: number;
  /** The police area's weekly exchanges (one lägesbild for all kommuner). */
  lagesbild_weeks: number;
  watch_areas: number;
  /** Sums of the kommuner's released counts; null unless every kommun's kits are released. */
  kits_total: ReleasedTotal | null;
  /** Null unless every kommun has burglary figures for the quarter. */
  burglaries_total: ReleasedTotal | null;
  kommuner: PoliceAreaKommunQuarter[];
  demo: DemoKind[];
}

export interface PoliceAreaKommun extends KommunRef {
  /** The kommun's current promise period, or null when none has been recorded (none invented). */
  period: PublicPeriod | null;
  /** How its promises stand at the cut-off; null with no period. */
  promises: {
    activities: number;
    achieved: number;
    goals: number;
    goals_met: number;
  } | null;
  /** Where its own promises page is. */
  url: string;
}

export interface PoliceAreaSummary {
  police_area: string;
  as_of: IsoDate;
  kommuner: PoliceAreaKommun[];
  /** Ended quarters of any kommun's promise periods, oldest first. */
  quarters: PoliceAreaQuarter[];
  /** Real figures about the police area as a whole (the survey index), with their sources. */
  facts: PublicFact[];
  demo: boolean;
}

export function releasedTotal(parts: readonly SmallCount[]): ReleasedTotal {
  const r = sumReleased(parts);
  return { ...r, display: releasedDisplay(r) };
}

/** One quarter for the police area, from each kommun's source and the police area's. */
export function policeAreaQuarter(
  quarter: string,
  kommuner: readonly { code: string; source: PublicSource; kitsFrom: IsoDate | null }[],
  all: PublicSource,
): PoliceAreaQuarter {
  const range = { from: quarterStart(quarter), to: quarterEnd(quarter) };
  const rows = kommuner.map(({ code, source, kitsFrom }): PoliceAreaKommunQuarter => {
    const b = source.burglaryQuarter(quarter);
    const inSeries = kitsFrom !== null && range.from >= kitsFrom;
    return {
      kommun: code,
      ...source.activityIn(range),
      watch_areas: source.watchAreas(range.to),
      kits: inSeries ? smallCount(source.kitsIn(range)) : null,
      burglaries: b === null ? null : smallCount(b),
    };
  });
  const sum = (
    key: "info_sessions" | "contact_meetings" | "safety_walks" | "messages" | "watch_areas",
  ) => rows.reduce((n, r) => n + r[key], 0);
  const burglaries = rows.map((r) => r.burglaries);
  const kits = rows.map((r) => r.kits);
  return {
    quarter,
    ...range,
    info_sessions: sum("info_sessions"),
    contact_meetings: sum("contact_meetings"),
    safety_walks: sum("safety_walks"),
    messages: sum("messages"),
    lagesbild_weeks: all.lagesbildIn(range),
    watch_areas: sum("watch_areas"),
    kits_total: kits.includes(null) ? null : releasedTotal(kits as SmallCount[]),
    burglaries_total: burglaries.includes(null) ? null : releasedTotal(burglaries as SmallCount[]),
    kommuner: rows,
    demo: all.demoKinds(range),
  };
}
