// Pure: the public trends per quarter (GET /api/public/promises) as chart series and tables. The
// municipality's and the police's own activities are exact counts; kits and burglaries are
// released per quarter as SmallCounts: a "<5" has no value, is drawn on the zero line, and the
// table beside each chart shows "<5". Each chart knows which kinds of record it rests on, so it can
// say "Demodata" while any quarter it draws holds invented records of those kinds.
import type { TFunction } from "i18next";
import type { PublicTrend } from "../../server/privacy/progress-trends.ts";
import type { SmallCount } from "../../server/privacy/rules.ts";
import type { DemoKind } from "../../server/privacy/source-demo.ts";
import { formatInteger, type Lang } from "../i18n/format.ts";
import type { pubSv } from "../public/strings-sv.ts";
import { quarterShort, smallCountText } from "../public/wording.ts";

/** A string key under pub.promises. */
export type PromiseKey = keyof typeof pubSv.promises;

type SeriesKey =
  | "info_sessions"
  | "safety_walks"
  | "kits"
  | "watch_areas"
  | "burglaries"
  | "burglaries_year_before";

export interface ChartSpec {
  id: string;
  title: PromiseKey;
  series: { key: SeriesKey; label: PromiseKey; dashed?: boolean }[];
}

/** The kind of record each series counts. */
const KIND: Record<SeriesKey, DemoKind> = {
  info_sessions: "info_sessions",
  safety_walks: "safety_walks",
  kits: "dna_kits",
  watch_areas: "watch_groups",
  burglaries: "burglaries",
  burglaries_year_before: "burglaries",
};

/** Four charts: sessions and walks, kits, watch areas, burglaries against the year before. */
export const CHARTS: ChartSpec[] = [
  {
    id: "activities",
    title: "sessions",
    series: [
      { key: "info_sessions", label: "sessions" },
      { key: "safety_walks", label: "walks", dashed: true },
    ],
  },
  { id: "kits", title: "kits", series: [{ key: "kits", label: "kits" }] },
  { id: "watch", title: "watchAreas", series: [{ key: "watch_areas", label: "watchAreas" }] },
  {
    id: "burglaries",
    title: "burglaries",
    series: [
      { key: "burglaries", label: "burglaries" },
      { key: "burglaries_year_before", label: "yearBefore", dashed: true },
    ],
  },
];

type Cell = number | SmallCount | null;

const drawn = (c: Cell): number | null =>
  c === null ? null : typeof c === "number" ? c : (c.value ?? 0);

/** uPlot's columns: x (0, 1, … one per quarter), then one column per series. */
export function chartData(trends: PublicTrend[], spec: ChartSpec): (number | null)[][] {
  return [trends.map((_, i) => i), ...spec.series.map((s) => trends.map((t) => drawn(t[s.key])))];
}

/** The table beside a chart: the quarter ("kv. 4 2018"), then each value as the public sees it. */
export function tableRows(
  trends: PublicTrend[],
  spec: ChartSpec,
  t: TFunction,
  lang: Lang,
): { quarter: string; cells: string[] }[] {
  return trends.map((q) => ({
    quarter: quarterShort(q.quarter, t),
    cells: spec.series.map((s) => {
      const c: Cell = q[s.key];
      return typeof c === "number" ? formatInteger(c, lang) : smallCountText(c, lang);
    }),
  }));
}

/** The kinds of invented record the chart's quarters hold for what it draws; empty: none. */
export function chartDemoKinds(trends: PublicTrend[], spec: ChartSpec): DemoKind[] {
  const kinds = new Set(spec.series.map((s) => KIND[s.key]));
  return [...new Set(trends.flatMap((q) => q.demo.filter((k) => kinds.has(k))))];
}
