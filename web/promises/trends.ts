// Pure: the public trends per quarter (GET /api/public/promises) as chart series. A count under 5
// has no value in public ("<5"); it is drawn on the zero line, and the table beside each chart
// shows "<5".
import type { PublicTrend } from "../../server/public/promises.ts";
import type { SmallCount } from "../../server/public/small-counts.ts";
import type { pubSv } from "../public/strings-sv.ts";

/** A string key under pub.promises. */
export type PromiseKey = keyof typeof pubSv.promises;

export interface ChartSpec {
  id: string;
  title: PromiseKey;
  series: { key: keyof PublicTrend; label: PromiseKey; dashed?: boolean }[];
}

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

const drawn = (c: SmallCount | null): number | null => (c === null ? null : (c.value ?? 0));

/** uPlot's columns: x (0, 1, … one per quarter), then one column per series. */
export function chartData(trends: PublicTrend[], spec: ChartSpec): (number | null)[][] {
  return [
    trends.map((_, i) => i),
    ...spec.series.map((s) => trends.map((t) => drawn(t[s.key] as SmallCount | null))),
  ];
}

/** The table beside a chart: the public display of each value ("<5", "—" when unknown). */
export function tableRows(trends: PublicTrend[], spec: ChartSpec): string[][] {
  return trends.map((t) => [
    t.quarter,
    ...spec.series.map((s) => (t[s.key] as SmallCount | null)?.display ?? "—"),
  ]);
}
