// A promise period's progress as the public may see it, as of a day (the public cut-off, or a
// report's quarter end). Activities are the municipality's and the police's own and are exact.
// Märk-DNA kits and burglaries are released per ended quarter as SmallCounts; the goals' baselines
// and current values are derived from those released quarters only (rules.ts), and say exactly
// which quarters or which day they stand for. Real sourced facts stand beside the goals.
import type { Fact } from "../facts/facts.ts";
import { sourceUrl } from "../facts/facts.ts";
import { addDays, type IsoDate, monthEnd } from "../period/dates.ts";
import { quarterEnd, quarterStart, quartersBetween, yearBefore } from "../period/quarters.ts";
import type { ProgressStatus, ProgressUnit } from "../promises/progress.ts";
import type { EvidenceKind, Indicator } from "../promises/schema.ts";
import type { PeriodProgress } from "../promises/service.ts";
import {
  compareReleased,
  type Released,
  type SmallCount,
  smallCount,
  sumReleased,
} from "./rules.ts";
import { DEMO_KINDS as DEMO_ORDER, type DemoKind, type PublicSource } from "./source.ts";

export interface PublicPeriod {
  id: number;
  name: string;
  starts_on: IsoDate;
  ends_on: IsoDate;
  signed_by: string;
  source_url: string | null;
}

export type PublicActivityStatus = ProgressStatus | "no_record";

export interface PublicActivityPromise {
  id: number;
  title_sv: string;
  title_en: string;
  measure: string;
  evidence: EvidenceKind;
  /** The promised number, or for recurring promises the months or weeks in the span. */
  target: number;
  unit: ProgressUnit;
  deadline: IsoDate;
  /** Exact: activities (or months, weeks) recorded up to `as_of`. */
  done: number;
  /** "no_record" when nothing at all was recorded: said in words, never as a failure. */
  status: PublicActivityStatus;
  /** True while the promise's span runs past `as_of`: the status may still change. */
  provisional: boolean;
  /** Ended months ('YYYY-MM') or ISO weeks ('YYYY-Www') without the promised activity. */
  gaps: string[];
  demo: boolean;
}

/** A figure derived from released values: exact, or the range the released values allow. */
export interface PublicFigure extends Released {
  kind: "count" | "index";
  /** The exact value when it is known (not approximate), else null. */
  value: number | null;
  /** Whole quarters counted, first and last ('YYYY-QN'), for flows such as burglaries. */
  quarters?: { first: string; last: string };
  /** The day a stock (households with märk-DNA, areas with grannsamverkan) is counted on. */
  as_of?: IsoDate;
  label: string;
  source_url: string | null;
  demo: boolean;
}

export interface PublicFact {
  /** Which fact (data/facts.csv `indicator`), worded by the web app. */
  indicator: string;
  year: string;
  value: number;
  /** What the value counts, as the source gives it (e.g. "reported residential burglaries (1 Jan - 25 Oct)"). */
  unit: string;
  /**
   * True when the figure covers part of the year only: it stands on its own and is never set
   * against a full year's figure (facts of a part year and of full years are not one series).
   */
  part_year: boolean;
  /** The source page, or null when the source is the promise document itself. */
  source_url: string | null;
}

export type PublicGoalStatus = "met" | "not_met" | "uncertain" | "no_data" | "manual";

export interface PublicGoal {
  id: number;
  title_sv: string;
  title_en: string;
  measure: string;
  indicator: Indicator;
  status: PublicGoalStatus;
  provisional: boolean;
  baseline: PublicFigure | null;
  current: PublicFigure | null;
  /** Real figures with their sources that put the goal in context (never demo). */
  references: PublicFact[];
  /** Published follow-up entries: date, label, value and source; never the internal note. */
  entries: { date: IsoDate; label: string; value: number | null; source_url: string | null }[];
  demo: boolean;
}

export interface PublicTrend {
  quarter: string;
  from: IsoDate;
  to: IsoDate;
  info_sessions: number;
  contact_meetings: number;
  safety_walks: number;
  messages: number;
  lagesbild_weeks: number;
  /** Areas with an active group on the quarter's last day. */
  watch_areas: number;
  /** Kommun totals of people and households: released per quarter, "<5" under 5. */
  kits: SmallCount;
  burglaries: SmallCount | null;
  burglaries_year_before: SmallCount | null;
  /** The kinds of record in the quarter that are invented demo data. */
  demo: DemoKind[];
}

export interface PublicProgress {
  /** The kommun whose promises these are (each kommun has its own), and its name. */
  kommun: string;
  kommun_name: string;
  period: PublicPeriod;
  /** Every period of the kommun the public may read (begun by the cut-off), oldest first. */
  periods: Pick<PublicPeriod, "id" | "name" | "starts_on" | "ends_on">[];
  /** Everything is counted up to and including this day. */
  as_of: IsoDate;
  activities: PublicActivityPromise[];
  goals: PublicGoal[];
  /** Ended quarters of the period (those that overlap it), oldest first. */
  trends: PublicTrend[];
  demo: boolean;
}

/** Which real facts stand beside which goal. */
const GOAL_FACTS: Partial<Record<Indicator, string[]>> = {
  perceived_safety: [
    "andel_oroliga_bostadsinbrott",
    "oro_bostadsinbrott_index",
    "trygghetsmatning_totalindex",
  ],
  more_dna_households: ["markdna_hushall", "markdna_hushall_mal", "hushall_totalt"],
  burglaries_not_increase: [
    "bostadsinbrott_forandring_markdna",
    "bostadsinbrott_anmalda",
    "bostadsinbrott_fullbordade_jan_sep",
    "bostadsinbrott_inkl_forsok_jan_sep",
  ],
};

/** A real fact as the public sees it. */
export function publicFact(f: Fact): PublicFact {
  return {
    indicator: f.indicator,
    year: f.year,
    value: f.value,
    unit: f.unit,
    part_year: f.part_year,
    source_url: sourceUrl(f),
  };
}

export function publicPeriod(p: PeriodProgress["period"]): PublicPeriod {
  const { id, name, starts_on, ends_on, signed_by, source_url } = p;
  return { id, name, starts_on, ends_on, signed_by, source_url };
}

/** The kind of record each counting promise counts, for its demo flag. */
const EVIDENCE_DEMO: Partial<Record<EvidenceKind, DemoKind>> = {
  info_session: "info_sessions",
  contact_meeting: "contact_meetings",
  safety_walk: "safety_walks",
  message_monthly: "messages",
  lagesbild_week: "lagesbild",
};

const exact = (n: number): Released => ({ min: n, max: n, approximate: false });

function count(r: Released, rest: Omit<PublicFigure, keyof Released | "kind" | "value">) {
  return { ...r, kind: "count" as const, value: r.approximate ? null : r.min, ...rest };
}

export interface ProgressContext {
  /** The kommun's own public source (its areas' records only). */
  source: PublicSource;
  /** The kommun's own facts (facts.ts, kommunFacts). */
  facts: readonly Fact[];
  kommun: { code: string; name: string };
  /**
   * Where the released series of quarterly märk-DNA hand-outs begins: the first quarter of the
   * earliest promise period. Before it, only their sum is released.
   */
  series: { from: IsoDate };
}

/** @param progress the internal progress judged on the day after `asOf` */
export function buildPublicProgress(
  progress: PeriodProgress,
  { source, facts, kommun, series }: ProgressContext,
  asOf: IsoDate,
): PublicProgress {
  const { period } = progress;
  const quarters = quartersBetween(period.starts_on, period.ends_on).filter(
    (q) => quarterEnd(q) <= asOf,
  );
  const internal = new Map(progress.trends.map((t) => [t.quarter, t]));
  const trends: PublicTrend[] = quarters.map((quarter) => {
    const t = internal.get(quarter);
    const range = { from: quarterStart(quarter), to: quarterEnd(quarter) };
    const maybe = (n: number | null | undefined) => (n == null ? null : smallCount(n));
    // The quarter's figures: its own records, its groups, and the same quarter a year before.
    const kinds = new Set(source.demoKinds(range));
    const before = { from: quarterStart(yearBefore(quarter)), to: quarterEnd(yearBefore(quarter)) };
    if (source.isDemo("burglaries", before)) kinds.add("burglaries");
    return {
      quarter,
      ...range,
      info_sessions: t?.info_sessions ?? 0,
      contact_meetings: t?.contact_meetings ?? 0,
      safety_walks: t?.safety_walks ?? 0,
      messages: t?.messages ?? 0,
      lagesbild_weeks: t?.lagesbild_weeks ?? 0,
      watch_areas: source.watchAreas(range.to),
      kits: smallCount(t?.kits ?? 0),
      burglaries: maybe(t?.burglaries),
      burglaries_year_before: maybe(source.burglaryQuarter(yearBefore(quarter))),
      demo: DEMO_ORDER.filter((k) => kinds.has(k)),
    };
  });

  const activities = progress.activities.map(
    ({ promise: p, progress: a, demo: internalDemo }): PublicActivityPromise => {
      // Demo when a record it counts (in the months counted, up to the cut-off) is invented; a
      // manual promise's entries say so themselves.
      const kind = EVIDENCE_DEMO[p.evidence ?? "manual"];
      const byMonth = kind !== "messages" && kind !== "lagesbild";
      const from = byMonth ? `${period.starts_on.slice(0, 7)}-01` : period.starts_on;
      const end = byMonth ? monthEnd(p.deadline.slice(0, 7)) : p.deadline;
      const demo = kind ? source.isDemo(kind, { from, to: end < asOf ? end : asOf }) : internalDemo;
      return {
        id: p.id,
        title_sv: p.title_sv,
        title_en: p.title_en,
        measure: p.measure,
        evidence: p.evidence ?? "manual",
        target: a.target,
        unit: a.unit,
        deadline: p.deadline,
        done: a.done,
        status: a.done === 0 && a.status !== "not_started" ? "no_record" : a.status,
        provisional: asOf < p.deadline,
        gaps: a.gaps,
        demo,
      };
    },
  );

  const first = quarters[0];
  const last = quarters.at(-1);
  const span = first && last ? { first, last } : undefined;
  const goals = progress.goals.map((g): PublicGoal => {
    const p = g.promise;
    const indicator = p.indicator ?? "manual";
    const base = {
      id: p.id,
      title_sv: p.title_sv,
      title_en: p.title_en,
      measure: p.measure,
      indicator,
      provisional: asOf < period.ends_on,
      references: (GOAL_FACTS[indicator] ?? []).flatMap((key) =>
        facts
          .filter((f) => f.indicator === key)
          .sort((a, b) => a.year.localeCompare(b.year))
          .map(publicFact),
      ),
      entries: g.entries.map(({ date, label, value, source_url }) => ({
        date,
        label,
        value,
        source_url,
      })),
    };
    if (indicator === "burglaries_not_increase") {
      if (!span) return { ...base, status: "no_data", baseline: null, current: null, demo: false };
      const now = trends.map((t) => t.burglaries);
      const then = trends.map((t) => t.burglaries_year_before);
      if (now.includes(null) || then.includes(null)) {
        return { ...base, status: "no_data", baseline: null, current: null, demo: false };
      }
      const current = sumReleased(now as SmallCount[]);
      const baseline = sumReleased(then as SmallCount[]);
      const cmp = compareReleased(current, baseline);
      const yearEarlier = { first: yearBefore(span.first), last: yearBefore(span.last) };
      const demoNow = source.isDemo("burglaries", {
        from: quarterStart(span.first),
        to: quarterEnd(span.last),
      });
      const demoThen = source.isDemo("burglaries", {
        from: quarterStart(yearEarlier.first),
        to: quarterEnd(yearEarlier.last),
      });
      return {
        ...base,
        status: cmp === "uncertain" ? "uncertain" : cmp === "higher" ? "not_met" : "met",
        baseline: count(baseline, {
          quarters: yearEarlier,
          label: p.baseline_label ?? "",
          source_url: null,
          demo: demoThen,
        }),
        current: count(current, { quarters: span, label: "", source_url: null, demo: demoNow }),
        demo: demoNow || demoThen,
      };
    }
    if (indicator === "more_dna_households") {
      if (!span) return { ...base, status: "no_data", baseline: null, current: null, demo: false };
      // One stock is released, once: the kits handed out before the series' first quarter. Every
      // later stock adds the released quarterly hand-outs to it, so no two stocks can be
      // subtracted back into a hidden quarter, in this period or any other.
      const stock = smallCount(source.kitsIn({ from: "0000-01-01", to: addDays(series.from, -1) }));
      const released = (from: IsoDate, to: IsoDate) =>
        quartersBetween(from, to)
          .filter((q) => quarterStart(q) >= series.from && quarterEnd(q) <= to)
          .map((q) => smallCount(source.kitsIn({ from: quarterStart(q), to: quarterEnd(q) })));
      const before = addDays(quarterStart(span.first), -1);
      // Stocks of every kit handed out up to their day.
      const demoThen = source.isDemo("dna_kits", { from: "0000-01-01", to: before });
      const demoNow = source.isDemo("dna_kits", { from: "0000-01-01", to: quarterEnd(span.last) });
      const baseline = sumReleased([stock, ...released(series.from, before)]);
      const current = sumReleased([stock, ...released(series.from, quarterEnd(span.last))]);
      const cmp = compareReleased(current, baseline);
      return {
        ...base,
        status: cmp === "uncertain" ? "uncertain" : cmp === "higher" ? "met" : "not_met",
        baseline: count(baseline, {
          as_of: before,
          label: p.baseline_label ?? "",
          source_url: null,
          demo: demoThen,
        }),
        current: count(current, {
          as_of: quarterEnd(span.last),
          label: "",
          source_url: null,
          demo: demoNow,
        }),
        demo: demoNow,
      };
    }
    if (indicator === "more_watch_areas") {
      // Areas with grannsamverkan are public area by area, so their number is exact.
      const before = addDays(period.starts_on, -1);
      const day = asOf < period.ends_on ? asOf : period.ends_on;
      // Groups counted on each day.
      const demoThen = source.isDemo("watch_groups", { from: before, to: before });
      const demoNow = source.isDemo("watch_groups", { from: day, to: day });
      const baseline = exact(source.watchAreas(before));
      const current = exact(source.watchAreas(day));
      return {
        ...base,
        status: current.min > baseline.min ? "met" : "not_met",
        baseline: count(baseline, {
          as_of: before,
          label: p.baseline_label ?? "",
          source_url: null,
          demo: demoThen,
        }),
        current: count(current, { as_of: day, label: "", source_url: null, demo: demoNow }),
        demo: demoThen || demoNow,
      };
    }
    if (indicator === "perceived_safety") {
      const latest = g.entries.filter((e) => e.value !== null && e.date <= asOf).at(-1);
      const index = (value: number, label: string, url: string | null, date?: IsoDate) => ({
        ...exact(value),
        kind: "index" as const,
        value,
        label,
        source_url: url,
        demo: false,
        ...(date ? { as_of: date } : {}),
      });
      const baseline =
        p.baseline_value === null
          ? null
          : index(p.baseline_value, p.baseline_label ?? "", p.source_url);
      const current =
        latest?.value == null
          ? null
          : index(latest.value, latest.label, latest.source_url, latest.date);
      const status: PublicGoalStatus =
        baseline === null || current === null
          ? "no_data"
          : (current.value as number) < (baseline.value as number)
            ? "met"
            : "not_met";
      return { ...base, status, baseline, current, demo: false };
    }
    return { ...base, status: "manual", baseline: null, current: null, demo: g.demo };
  });

  const demo = activities.some((a) => a.demo) || goals.some((g) => g.demo);
  return {
    kommun: kommun.code,
    kommun_name: kommun.name,
    period: publicPeriod(period),
    periods: source
      .periods()
      .filter((p) => p.starts_on <= asOf)
      .map((p) => ({ id: p.id, name: p.name, starts_on: p.starts_on, ends_on: p.ends_on })),
    as_of: asOf,
    activities,
    goals,
    trends,
    demo,
  };
}
