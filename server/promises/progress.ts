// Pure: how far a promise has come. Counting promises ("at least five sessions") compare the
// count so far with a linear expectation over the promise's span (starts_on .. deadline): after
// 40 % of the days, 40 % of the target (rounded down) is "on track". Recurring promises ("every
// month", "every week") are judged per month or ISO week: a month or week that has ended without
// the required activity is a gap, and one gap makes the promise "behind" (it cannot be made up).
import { weekMonday, weeksInPeriod } from "../coverage/weeks.ts";
import { addDays, daysBetween, type IsoDate, monthEnd, monthsBetween } from "../period/dates.ts";
import type { EvidenceKind } from "./schema.ts";

/**
 * `no_target`: the promise names no number ("vi ska genomföra trygghetsvandringar"), so what was
 * done is counted but never judged met or missed.
 */
export type ProgressStatus =
  | "not_started"
  | "on_track"
  | "behind"
  | "achieved"
  | "missed"
  | "no_target";
export type ProgressUnit = "count" | "month" | "week";

/** One recorded activity that may count: its id, day, and for lägesbild the ISO week it covers. */
export interface EvidenceItem {
  id: number;
  date: IsoDate;
  week?: string;
  /** How much it counts (manual entries); 1 when left out. */
  amount?: number;
  /** 1 for generated demo rows. */
  demo?: number | boolean;
}

export interface Span {
  starts_on: IsoDate;
  deadline: IsoDate;
}

export interface UnitCount {
  unit: string;
  ids: number[];
}

export interface ActivityProgress {
  unit: ProgressUnit;
  /** Activities so far, or months/weeks covered so far. */
  done: number;
  /** The promised total, or the number of months/weeks in the span. */
  target: number;
  /** What a linear pace would have reached by `as_of` (counting promises only). */
  expected: number;
  as_of: IsoDate;
  status: ProgressStatus;
  /** Ended months ('YYYY-MM') or weeks ('YYYY-Www') without the promised activity. */
  gaps: string[];
  /** The ids of the activities counted. */
  ids: number[];
  /** Recurring promises: the ids behind each month or week. */
  units?: UnitCount[];
}

const unitOf = (kind: EvidenceKind): ProgressUnit =>
  kind === "message_monthly" ? "month" : kind === "lagesbild_week" ? "week" : "count";

/** `target` null: the promise names no number (counted, status no_target once it has started). */
export function activityProgress(
  kind: EvidenceKind,
  promised: number | null,
  span: Span,
  items: EvidenceItem[],
  today: IsoDate,
): ActivityProgress {
  const unit = unitOf(kind);
  const target = promised ?? 0;
  const asOf = today < span.deadline ? today : span.deadline;
  const inSpan = items
    .filter((i) => i.date >= span.starts_on && i.date <= asOf)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id));
  const ended = today > span.deadline;
  if (today < span.starts_on) {
    const total = unit === "count" ? target : unitKeys(unit, span).length;
    const none = { done: 0, expected: 0, gaps: [], ids: [] };
    return { unit, target: total, as_of: asOf, status: "not_started", ...none };
  }
  if (promised === null) {
    // Counted as activities (or as months/weeks with any), judged never.
    const ids = inSpan.map((i) => i.id);
    const done =
      unit === "count"
        ? inSpan.reduce((n, i) => n + (i.amount ?? 1), 0)
        : new Set(inSpan.map((i) => (unit === "month" ? i.date.slice(0, 7) : (i.week ?? "")))).size;
    return { unit, done, target: 0, expected: 0, as_of: asOf, status: "no_target", gaps: [], ids };
  }
  if (unit === "count") {
    const done = inSpan.reduce((n, i) => n + (i.amount ?? 1), 0);
    const days = daysBetween(span.starts_on, span.deadline) + 1;
    const elapsed = daysBetween(span.starts_on, asOf) + 1;
    const expected = Math.floor((target * elapsed) / days);
    const status: ProgressStatus =
      done >= target ? "achieved" : ended ? "missed" : done >= expected ? "on_track" : "behind";
    return {
      unit,
      done,
      target,
      expected,
      as_of: asOf,
      status,
      gaps: [],
      ids: inSpan.map((i) => i.id),
    };
  }
  const keys = unitKeys(unit, span);
  const byKey = new Map<string, number[]>(keys.map((k) => [k, []]));
  for (const i of inSpan)
    byKey.get(unit === "month" ? i.date.slice(0, 7) : (i.week ?? ""))?.push(i.id);
  const covered = (k: string) => (byKey.get(k)?.length ?? 0) >= Math.max(1, target);
  const isOver = (k: string) => unitEnd(unit, k) < today;
  const gaps = keys.filter((k) => isOver(k) && !covered(k));
  const done = keys.filter(covered).length;
  const status: ProgressStatus =
    done === keys.length ? "achieved" : ended ? "missed" : gaps.length > 0 ? "behind" : "on_track";
  const units = keys.map((k) => ({ unit: k, ids: byKey.get(k) ?? [] })).filter((u) => u.ids.length);
  const expected = keys.filter(isOver).length;
  const ids = units.flatMap((u) => u.ids);
  return { unit, done, target: keys.length, expected, as_of: asOf, status, gaps, ids, units };
}

function unitKeys(unit: ProgressUnit, span: Span): string[] {
  return unit === "month"
    ? monthsBetween(span.starts_on, span.deadline)
    : weeksInPeriod(span.starts_on, span.deadline);
}

/** The last day of a month or an ISO week key (weeks come from weeksInPeriod, so they exist). */
function unitEnd(unit: ProgressUnit, key: string): IsoDate {
  if (unit === "month") return monthEnd(key);
  const monday = weekMonday(key);
  return monday ? addDays(monday, 6) : key;
}
