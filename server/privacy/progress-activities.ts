// A promise period's activity promises as the public may see them: the municipality's and the
// police's own activities, exact, counted up to a day, with whether a record they count is
// invented demo data.
import { type IsoDate, monthEnd } from "../period/dates.ts";
import type { ProgressStatus, ProgressUnit } from "../promises/progress.ts";
import type { EvidenceKind } from "../promises/schema.ts";
import type { PeriodProgress } from "../promises/service.ts";
import type { PublicSource } from "./source.ts";
import type { DemoKind } from "./source-demo.ts";

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

/** The kind of record each counting promise counts, for its demo flag. */
const EVIDENCE_DEMO: Partial<Record<EvidenceKind, DemoKind>> = {
  info_session: "info_sessions",
  contact_meeting: "contact_meetings",
  safety_walk: "safety_walks",
  message_monthly: "messages",
  lagesbild_week: "lagesbild",
};

/** @param progress the internal progress judged on the day after `asOf` */
export function publicActivities(
  progress: PeriodProgress,
  source: PublicSource,
  asOf: IsoDate,
): PublicActivityPromise[] {
  const { period } = progress;
  return progress.activities.map(
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
}
