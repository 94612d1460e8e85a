// data/promises.json: each kommun's promise periods, from a hand-transcribed promise document
// (Staffanstorp's) and from rows of a promises CSV (lpo_medborgarloften.csv: one row per promise,
// summarised in English, with Swedish texts from scripts/data/promise-texts.csv). Pure.
import { dayNumber, isoDay, months } from "./dates.ts";

export type Evidence =
  | "info_session"
  | "contact_meeting"
  | "safety_walk"
  | "lagesbild_week"
  | "message_monthly"
  | "manual";

export interface PromiseRow {
  kommun: string;
  kommunnamn: string;
  period: string;
  promise_no: number;
  activity: string;
  kind: string;
  target_value: number | "";
  target_unit: string;
  deadline: string;
  responsible: string;
  source_url: string;
}

/** Our own Swedish wording of a row, and for an outcome goal its indicator and facts. */
export interface PromiseText {
  kommun: string;
  period: string;
  promise_no: number;
  title_sv: string;
  measure_sv: string;
  /** For an outcome goal: which indicator measures it (default `manual`). */
  indicator: string;
  /** "indicator year" of a row of the facts file: the goal's baseline. */
  baseline_fact: string;
  baseline_label: string;
  /** "indicator year" of a facts row: a measurement against the baseline. */
  progress_fact: string;
  progress_date: string;
  progress_label: string;
}

export interface FactValue {
  value: number;
  source_url: string;
}

export interface ActivityPromise {
  category: "activity";
  title_sv: string;
  title_en: string;
  measure: string;
  /** null: the promise names no number, so it can be counted but not met or missed. */
  target: number | null;
  evidence: Evidence;
  source_url: string;
}

export interface GoalPromise {
  category: "goal";
  title_sv: string;
  title_en: string;
  measure: string;
  indicator: string;
  baseline_value?: number;
  baseline_label: string;
  source_url: string;
  progress?: {
    date: string;
    amount: 0;
    value: number;
    label: string;
    source_url: string;
  }[];
}

export interface PromisePeriod {
  name: string;
  starts_on: string;
  ends_on: string;
  signed_by?: string;
  source_url: string | null;
  promises: (ActivityPromise | GoalPromise | Record<string, unknown>)[];
}

export interface KommunPromises {
  kommun: string;
  kommun_name: string;
  source: string;
  periods: PromisePeriod[];
}

const MONTHS_SV = [
  "januari",
  "februari",
  "mars",
  "april",
  "maj",
  "juni",
  "juli",
  "augusti",
  "september",
  "oktober",
  "november",
  "december",
];

/** "Burlöv" → "Burlövs kommun", "Kävlinge" → "Kävlinge kommun" (no genitive s after a vowel). */
export function kommunFullName(name: string): string {
  return /[aeiouyåäö]$/i.test(name) ? `${name} kommun` : `${name}s kommun`;
}

/** First and last day of a row's period: "2017" is the calendar year, "2018-03/2019-03" the months. */
export function periodDates(period: string, deadline: string): { from: string; to: string } {
  const year = /^(\d{4})$/.exec(period);
  const span = /^(\d{4}-\d{2})\/(\d{4}-\d{2})$/.exec(period);
  if (!year && !span)
    throw new Error(`promises: period "${period}" is neither YYYY nor YYYY-MM/YYYY-MM`);
  const from = year ? `${year[1]}-01-01` : `${span?.[1]}-01`;
  const lastMonth = year ? `${year[1]}-12` : (span?.[2] as string);
  const end = isoDay(dayNumber(`${lastMonth}-01`) + daysIn(lastMonth) - 1);
  return { from, to: deadline === "" ? end : deadline };
}

function daysIn(month: string): number {
  const [y, m] = [Number(month.slice(0, 4)), Number(month.slice(5))];
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function periodName(period: string): string {
  const span = /^(\d{4})-(\d{2})\/(\d{4})-(\d{2})$/.exec(period);
  if (!span) return `Medborgarlöften ${period}`;
  const [, y1, m1, y2, m2] = span;
  return `Medborgarlöften ${MONTHS_SV[Number(m1) - 1]} ${y1}–${MONTHS_SV[Number(m2) - 1]} ${y2}`;
}

/**
 * How a row's `kind` is counted. An activity the app records (sessions, contact meetings, safety
 * walks) is counted from those records; an outcome goal compares an indicator with its baseline;
 * the rest (presence, traffic, youth visits, forums …) is counted by hand (`manual`).
 * Grannsamverkan start-up is a session when the promise counts meetings, and the outcome "more
 * watch areas" when it counts areas or names no number.
 */
export function classify(
  row: Pick<PromiseRow, "kind" | "target_value" | "target_unit">,
): { category: "activity"; evidence: Evidence } | { category: "goal" } {
  switch (row.kind) {
    case "info_session":
      return { category: "activity", evidence: "info_session" };
    case "grannsamverkan_startup":
      return row.target_value === "" || /area/.test(row.target_unit)
        ? { category: "goal" }
        : { category: "activity", evidence: "info_session" };
    case "info_session_contacts":
      return { category: "activity", evidence: "contact_meeting" };
    case "safety_walk":
      return { category: "activity", evidence: "safety_walk" };
    case "outcome_goal":
      return { category: "goal" };
    default:
      return { category: "activity", evidence: "manual" };
  }
}

/**
 * The promised number over the whole period: a rate ("2 per month", "1 per week") is multiplied
 * by the months or whole weeks of the period, so a count of records can be set against it.
 * null when the promise names no number.
 */
export function periodTarget(
  row: Pick<PromiseRow, "target_value" | "target_unit">,
  from: string,
  to: string,
): { target: number | null; rate: string } {
  if (row.target_value === "") return { target: null, rate: "" };
  const n = row.target_value;
  if (/per week/.test(row.target_unit)) {
    const weeks = Math.floor((dayNumber(to) - dayNumber(from) + 1) / 7);
    return { target: n * weeks, rate: `${n} i veckan, ${n * weeks} på periodens ${weeks} veckor` };
  }
  if (/per month/.test(row.target_unit)) {
    const m = months(from.slice(0, 7), to.slice(0, 7)).length;
    return { target: n * m, rate: `${n} i månaden, ${n * m} på periodens ${m} månader` };
  }
  return { target: n, rate: "" };
}

export interface PromiseSources {
  policeArea: string;
  rows: readonly PromiseRow[];
  texts: readonly PromiseText[];
  /** Facts of the kommun by "indicator year". */
  facts: ReadonlyMap<string, FactValue>;
}

const keyOf = (r: { kommun: string; period: string; promise_no: number }) =>
  `${r.kommun} ${r.period} ${r.promise_no}`;

/** The periods of one kommun's rows, oldest first, promises in their numbered order. */
export function periodsFromRows(kommun: string, sources: PromiseSources): PromisePeriod[] {
  const texts = new Map(sources.texts.map((t) => [keyOf(t), t]));
  const rows = sources.rows.filter((r) => r.kommun === kommun);
  const periods = [...new Set(rows.map((r) => r.period))].sort();
  return periods.map((period) => {
    const own = rows.filter((r) => r.period === period).sort((a, b) => a.promise_no - b.promise_no);
    const deadlines = new Set(own.map((r) => r.deadline));
    if (deadlines.size !== 1) {
      throw new Error(
        `promises: kommun ${kommun} period ${period} has rows with different deadlines`,
      );
    }
    const first = own[0] as PromiseRow;
    const { from, to } = periodDates(period, first.deadline);
    const promises = own.map((row) => {
      const text = texts.get(keyOf(row));
      if (!text) throw new Error(`promise-texts: no Swedish text for ${keyOf(row)}`);
      return promiseFromRow(row, text, from, to, sources.facts);
    });
    return {
      name: periodName(period),
      starts_on: from,
      ends_on: to,
      // The announcements name the kommun and the police as the parties; without a document
      // (no deadline known) who signed is not known either.
      ...(first.deadline === ""
        ? {}
        : {
            signed_by: `${kommunFullName(first.kommunnamn)}; Polismyndigheten, ${lowerFirst(sources.policeArea)}`,
          }),
      source_url: first.source_url,
      promises,
    };
  });
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

function fact(facts: ReadonlyMap<string, FactValue>, key: string, what: string): FactValue {
  const f = facts.get(key);
  if (!f) throw new Error(`promise-texts: ${what} "${key}" is not a fact of the kommun`);
  return f;
}

function promiseFromRow(
  row: PromiseRow,
  text: PromiseText,
  from: string,
  to: string,
  facts: ReadonlyMap<string, FactValue>,
): ActivityPromise | GoalPromise {
  const how = classify(row);
  if (how.category === "activity") {
    const { target, rate } = periodTarget(row, from, to);
    const measure =
      target === null
        ? `${text.measure_sv} (löftet anger inget antal)`
        : rate === ""
          ? text.measure_sv
          : `${text.measure_sv} (${rate})`;
    return {
      category: "activity",
      title_sv: text.title_sv,
      title_en: row.activity,
      measure,
      target,
      evidence: how.evidence,
      source_url: row.source_url,
    };
  }
  const baseline = text.baseline_fact === "" ? null : fact(facts, text.baseline_fact, "baseline");
  const progress =
    text.progress_fact === ""
      ? []
      : [
          {
            date: text.progress_date,
            amount: 0 as const,
            value: fact(facts, text.progress_fact, "progress").value,
            label: text.progress_label,
            source_url: fact(facts, text.progress_fact, "progress").source_url,
          },
        ];
  return {
    category: "goal",
    title_sv: text.title_sv,
    title_en: row.activity,
    measure: text.measure_sv,
    indicator: text.indicator === "" ? "manual" : text.indicator,
    ...(baseline ? { baseline_value: baseline.value } : {}),
    baseline_label: text.baseline_label === "" ? "Vid periodens början" : text.baseline_label,
    source_url: row.source_url,
    ...(progress.length > 0 ? { progress } : {}),
  };
}
