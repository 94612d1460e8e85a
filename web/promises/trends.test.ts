import { describe, expect, it } from "vitest";
import type { PublicTrend } from "../../server/public/promises.ts";
import type { SmallCount } from "../../server/public/small-counts.ts";
import { CHARTS, type ChartSpec, chartData, tableRows } from "./trends.ts";

const small: SmallCount = { value: null, display: "<5" };
const n = (v: number): SmallCount => ({ value: v, display: String(v) });
const trend = (quarter: string, burglaries: SmallCount | null): PublicTrend => ({
  quarter,
  info_sessions: small,
  contact_meetings: small,
  safety_walks: n(6),
  messages: n(5),
  kits: n(202),
  watch_areas: n(11),
  burglaries,
  burglaries_year_before: n(22),
});
const trends = [trend("2018-Q3", n(15)), trend("2018-Q4", null)];
const chart = (id: string) => CHARTS.find((c) => c.id === id) as ChartSpec;
const burglaryChart = chart("burglaries");
const activityChart = chart("activities");

describe("trend charts", () => {
  it("draws '<5' on the zero line and leaves an unknown value out", () => {
    expect(chartData(trends, activityChart)).toEqual([
      [0, 1],
      [0, 0],
      [6, 6],
    ]);
    expect(chartData(trends, burglaryChart)).toEqual([
      [0, 1],
      [15, null],
      [22, 22],
    ]);
  });
  it("tables the public display", () => {
    expect(tableRows(trends, activityChart)).toEqual([
      ["2018-Q3", "<5", "6"],
      ["2018-Q4", "<5", "6"],
    ]);
    expect(tableRows(trends, burglaryChart)[1]).toEqual(["2018-Q4", "—", "22"]);
  });
});
