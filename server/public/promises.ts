// Pure: a period's progress (server/promises/service.ts) as the public may see it. Counts become
// SmallCounts, activity ids, internal notes and per-area figures are dropped, and only ended
// quarters appear in the trends (the current quarter is never public).
import type { IsoDate } from "../period/dates.ts";
import type { GoalStatus } from "../promises/goals.ts";
import type { ProgressStatus, ProgressUnit } from "../promises/progress.ts";
import type { Figure, PeriodProgress } from "../promises/service.ts";
import { type SmallCount, smallCount } from "./small-counts.ts";

export interface PublicPeriod {
  id: number;
  name: string;
  starts_on: IsoDate;
  ends_on: IsoDate;
  signed_by: string;
  source_url: string | null;
}

export interface PublicActivityPromise {
  id: number;
  title_sv: string;
  title_en: string;
  measure: string;
  /** The promised number (a promise's own text, not a count of people). */
  target: number;
  unit: ProgressUnit;
  deadline: IsoDate;
  done: SmallCount;
  status: ProgressStatus;
  /** Ended months or weeks without the promised activity. */
  gaps: string[];
  demo: boolean;
}

/** A count (households, areas, burglaries: small-counted) or an index (the survey's). */
export type PublicFigure = {
  label: string;
  from?: IsoDate;
  to?: IsoDate;
  source_url: string | null;
} & ({ kind: "count"; value: SmallCount | null } | { kind: "index"; value: number | null });

export interface PublicGoal {
  id: number;
  title_sv: string;
  title_en: string;
  measure: string;
  status: GoalStatus;
  provisional: boolean;
  baseline: PublicFigure;
  current: PublicFigure;
  /** Published follow-up entries: date, label, value and source; never the internal note. */
  entries: { date: IsoDate; label: string; value: number | null; source_url: string | null }[];
  demo: boolean;
}

export interface PublicTrend {
  quarter: string;
  info_sessions: SmallCount;
  contact_meetings: SmallCount;
  safety_walks: SmallCount;
  messages: SmallCount;
  kits: SmallCount;
  watch_areas: SmallCount;
  /** Kommun totals only: there are no per-area burglary figures in public. */
  burglaries: SmallCount | null;
  burglaries_year_before: SmallCount | null;
}

export interface PublicPromises {
  period: PublicPeriod;
  as_of: IsoDate;
  activities: PublicActivityPromise[];
  goals: PublicGoal[];
  trends: PublicTrend[];
  demo: boolean;
}

const maybe = (n: number | null) => (n === null ? null : smallCount(n));

function figure(f: Figure, index: boolean): PublicFigure {
  const base = {
    label: f.label,
    source_url: f.source_url,
    ...(f.from ? { from: f.from } : {}),
    ...(f.to ? { to: f.to } : {}),
  };
  return index
    ? { ...base, kind: "index", value: f.value }
    : { ...base, kind: "count", value: maybe(f.value) };
}

export function publicPeriod(p: PeriodProgress["period"]): PublicPeriod {
  const { id, name, starts_on, ends_on, signed_by, source_url } = p;
  return { id, name, starts_on, ends_on, signed_by, source_url };
}

export function publicPromises(p: PeriodProgress): PublicPromises {
  const activities = p.activities.map(({ promise: x, progress, demo }) => ({
    id: x.id,
    title_sv: x.title_sv,
    title_en: x.title_en,
    measure: x.measure,
    target: progress.target,
    unit: progress.unit,
    deadline: x.deadline,
    done: smallCount(progress.done),
    status: progress.status,
    gaps: progress.gaps,
    demo,
  }));
  const goals = p.goals.map((g) => {
    const index = g.promise.indicator === "perceived_safety";
    return {
      id: g.promise.id,
      title_sv: g.promise.title_sv,
      title_en: g.promise.title_en,
      measure: g.promise.measure,
      status: g.status,
      provisional: g.provisional,
      baseline: figure(g.baseline, index),
      current: figure(g.current, index),
      entries: g.entries.map(({ date, label, value, source_url }) => ({
        date,
        label,
        value,
        source_url,
      })),
      demo: g.demo,
    };
  });
  const trends = p.trends
    .filter((t) => t.ended)
    .map((t) => ({
      quarter: t.quarter,
      info_sessions: smallCount(t.info_sessions),
      contact_meetings: smallCount(t.contact_meetings),
      safety_walks: smallCount(t.safety_walks),
      messages: smallCount(t.messages),
      kits: smallCount(t.kits),
      watch_areas: smallCount(t.watch_areas),
      burglaries: maybe(t.burglaries),
      burglaries_year_before: maybe(t.burglaries_year_before),
    }));
  const demo = activities.some((a) => a.demo) || goals.some((g) => g.demo);
  return { period: publicPeriod(p.period), as_of: p.today, activities, goals, trends, demo };
}
