// A period's promise progress as planners see it: every activity promise with its count, pace and
// gaps (linked to the ids behind them), every outcome goal against its baseline, and the
// quarterly trends, all of the period's own kommun (its areas' records, its messages). Built from
// the repos; the judging itself is pure (progress.ts, goals.ts).
import type { Db } from "../db/open.ts";
import { addDays, type Clock, type IsoDate, monthEnd } from "../period/dates.ts";
import { quarterEnd, quarterStart, quartersBetween, yearBefore } from "../period/quarters.ts";
import { createEvidenceRepo } from "./evidence.ts";
import { type GoalStatus, goalStatus, yearEarlier } from "./goals.ts";
import { type ActivityProgress, activityProgress } from "./progress.ts";
import {
  createPromiseRepo,
  type ProgressEntry,
  type PromisePeriod,
  type PromiseRecord,
} from "./repo.ts";

/** Where the ids of a promise's evidence point. */
export type EvidenceSource = "visits" | "messages" | "lagesbild" | "promise_progress";

export interface ActivityPromiseProgress {
  promise: PromiseRecord;
  source: EvidenceSource;
  progress: ActivityProgress;
  demo: boolean;
}

export interface Figure {
  value: number | null;
  label: string;
  from?: IsoDate;
  to?: IsoDate;
  source_url: string | null;
}

export interface GoalProgress {
  promise: PromiseRecord;
  baseline: Figure;
  current: Figure;
  status: GoalStatus;
  /** True while the period runs: the figure may still change. */
  provisional: boolean;
  /** Manual follow-up entries (internal notes included; the public view drops them). */
  entries: ProgressEntry[];
  demo: boolean;
}

export interface QuarterTrend {
  quarter: string;
  ended: boolean;
  info_sessions: number;
  contact_meetings: number;
  safety_walks: number;
  messages: number;
  lagesbild_weeks: number;
  kits: number;
  /** Areas with an active grannsamverkan group at the quarter's end. */
  watch_areas: number;
  burglaries: number | null;
  burglaries_year_before: number | null;
}

export interface PeriodProgress {
  period: PromisePeriod;
  today: IsoDate;
  activities: ActivityPromiseProgress[];
  goals: GoalProgress[];
  trends: QuarterTrend[];
  /** False when the lägesbild table is missing: weekly exchanges then count as none. */
  lagesbild_recorded: boolean;
}

/** Whether counting promises count from the period's first day or from its first whole month. */
export type Grain = "day" | "month";

const SOURCE = {
  info_session: "visits",
  contact_meeting: "visits",
  safety_walk: "visits",
  message_monthly: "messages",
  lagesbild_week: "lagesbild",
  manual: "promise_progress",
} as const;

export function createProgressService(db: Db, clock?: Clock) {
  const repo = createPromiseRepo(db, clock);
  const evidence = createEvidenceRepo(db);

  function activity(
    p: PromiseRecord,
    period: PromisePeriod,
    entries: ProgressEntry[],
    today: IsoDate,
    grain: Grain,
  ) {
    const kind = p.evidence ?? "manual";
    // By whole months, counting promises take every activity of the span's first and last month
    // (recurring ones are judged by month or week anyway).
    const byMonth = grain === "month" && kind !== "message_monthly" && kind !== "lagesbild_week";
    const span = {
      starts_on: byMonth ? `${period.starts_on.slice(0, 7)}-01` : period.starts_on,
      deadline: byMonth ? monthEnd(p.deadline.slice(0, 7)) : p.deadline,
    };
    const all =
      kind === "manual"
        ? entries.filter((e) => e.promise_id === p.id)
        : evidence.items(kind, { from: span.starts_on, to: span.deadline }, period.kommun);
    // By month, `today` is the last day counted, and it is over: judged on the day after it.
    const items = grain === "month" ? all.filter((i) => i.date <= today) : all;
    const judgedOn = grain === "month" ? addDays(today, 1) : today;
    const progress = activityProgress(kind, p.target, span, items, judgedOn);
    // A table holding demo rows makes the count demo, even when none of them fell in the span.
    const source = SOURCE[kind];
    const demo =
      items.some((i) => i.demo === true || i.demo === 1) ||
      (source !== "promise_progress" && evidence.demo(source));
    return { promise: p, source, progress, demo };
  }

  function goal(
    p: PromiseRecord,
    period: PromisePeriod,
    entries: ProgressEntry[],
    today: IsoDate,
  ): GoalProgress {
    const asOf = today < period.ends_on ? today : period.ends_on;
    const mine = entries.filter((e) => e.promise_id === p.id && e.date <= asOf);
    const provisional = today <= period.ends_on;
    const base = { promise: p, provisional, entries: mine };
    const before = addDays(period.starts_on, -1);
    let baseline: Figure = {
      value: p.baseline_value,
      label: p.baseline_label ?? "",
      source_url: p.source_url,
    };
    let current: Figure = { value: null, label: "", source_url: null };
    let demo = false;
    if (p.indicator === "burglaries_not_increase") {
      const now = { from: period.starts_on, to: asOf };
      const then = yearEarlier(now.from, now.to);
      baseline = { ...baseline, value: evidence.burglaries(then, period.kommun), ...then };
      current = {
        value: evidence.burglaries(now, period.kommun),
        label: "",
        ...now,
        source_url: null,
      };
      demo = evidence.demo("burglaries");
    } else if (p.indicator === "more_dna_households" || p.indicator === "more_watch_areas") {
      const figure =
        p.indicator === "more_dna_households" ? evidence.dnaHouseholds : evidence.watchAreas;
      baseline = { ...baseline, value: figure(before, period.kommun), to: before };
      current = { value: figure(asOf, period.kommun), label: "", to: asOf, source_url: null };
      demo = evidence.demo(p.indicator === "more_dna_households" ? "dna_kits" : "watch_groups");
    } else if (p.indicator === "perceived_safety") {
      const latest = mine.filter((e) => e.value !== null).at(-1);
      if (latest) {
        current = {
          value: latest.value,
          label: latest.label,
          to: latest.date,
          source_url: latest.source_url,
        };
      }
    }
    const status = goalStatus(p.indicator ?? "manual", baseline.value, current.value);
    return { ...base, baseline, current, status, demo };
  }

  function trends(period: PromisePeriod, today: IsoDate): QuarterTrend[] {
    return quartersBetween(period.starts_on, period.ends_on).map((quarter) => {
      const range = { from: quarterStart(quarter), to: quarterEnd(quarter) };
      const k = period.kommun;
      const n = (kind: Parameters<typeof evidence.items>[0]) =>
        evidence.items(kind, range, k).length;
      return {
        quarter,
        ended: range.to < today,
        info_sessions: n("info_session"),
        contact_meetings: n("contact_meeting"),
        safety_walks: n("safety_walk"),
        messages: n("message_monthly"),
        lagesbild_weeks: n("lagesbild_week"),
        kits: evidence.kitsIn(range, k),
        watch_areas: evidence.watchAreas(range.to, k),
        burglaries: evidence.burglaryQuarter(quarter, k),
        burglaries_year_before: evidence.burglaryQuarter(yearBefore(quarter), k),
      };
    });
  }

  return {
    repo,
    lagesbildRecorded: evidence.hasLagesbild,
    /** The period's progress, or undefined for an unknown period. */
    /**
     * @param grain "month" for the public, whose activities are dated by month only: `today` is
     *   then the last day counted (a month's end), and a counting promise counts whole months, so
     *   no public figure turns on an activity's day.
     */
    progress(
      periodId: number,
      today: IsoDate,
      grain: Grain = "day",
      kommuner?: readonly string[],
    ): PeriodProgress | undefined {
      const period = repo.period(periodId, kommuner);
      if (!period) return undefined;
      const promises = repo.promises(period.id);
      const entries = repo.progress(period.id);
      return {
        period,
        today,
        activities: promises
          .filter((p) => p.category === "activity")
          .map((p) => activity(p, period, entries, today, grain)),
        goals: promises
          .filter((p) => p.category === "goal")
          .map((p) => goal(p, period, entries, today)),
        trends: trends(period, today),
        lagesbild_recorded: evidence.hasLagesbild,
      };
    },
    /**
     * The period running today, else the latest that has started, else the first: of the first
     * of the kommuner given that has periods (of any kommun when none are given).
     */
    currentPeriodId(today: IsoDate, kommuner?: readonly string[]): number | undefined {
      const periods = repo.periods(kommuner);
      const first = kommuner?.find((k) => periods.some((p) => p.kommun === k));
      const all = first ? periods.filter((p) => p.kommun === first) : periods;
      const started = all.filter((p) => p.starts_on <= today);
      return (started.find((p) => p.ends_on >= today) ?? started.at(-1) ?? all[0])?.id;
    },
  };
}

export type ProgressService = ReturnType<typeof createProgressService>;
