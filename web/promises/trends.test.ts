import { describe, expect, it } from "vitest";
import type { PublicTrend } from "../../server/privacy/progress-trends.ts";
import type { SmallCount } from "../../server/privacy/rules.ts";
import type { DemoKind } from "../../server/privacy/source-demo.ts";
import { createI18n } from "../i18n/i18n.ts";
import { CHARTS, type ChartSpec, chartData, chartDemoKinds, tableRows } from "./trends.ts";

const small: SmallCount = { value: null, display: "<5" };
const n = (v: number): SmallCount => ({ value: v, display: String(v) });
const trend = (
  quarter: string,
  burglaries: SmallCount | null,
  demo: DemoKind[] = [],
): PublicTrend => ({
  quarter,
  from: "",
  to: "",
  info_sessions: 2,
  contact_meetings: 0,
  safety_walks: 6,
  messages: 5,
  lagesbild_weeks: 12,
  watch_areas: 11,
  kits: quarter === "2018-Q3" ? small : n(1202),
  burglaries,
  burglaries_year_before: n(22),
  demo,
});
const trends = [trend("2018-Q3", n(15), ["dna_kits"]), trend("2018-Q4", null, ["burglaries"])];
const chart = (id: string) => CHARTS.find((c) => c.id === id) as ChartSpec;
const sv = createI18n("sv").t;
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

describe("trend charts", () => {
  it("draws activities exactly, '<5' on the zero line, and leaves an unknown value out", () => {
    expect(chartData(trends, chart("activities"))).toEqual([
      [0, 1],
      [2, 2],
      [6, 6],
    ]);
    expect(chartData(trends, chart("kits"))).toEqual([
      [0, 1],
      [0, 1202],
    ]);
    expect(chartData(trends, chart("burglaries"))).toEqual([
      [0, 1],
      [15, null],
      [22, 22],
    ]);
  });
  it("tables each quarter as 'kv. 3 2018' with the public values", () => {
    expect(tableRows(trends, chart("activities"), sv, "sv")).toEqual([
      { quarter: "kv. 3 2018", cells: ["2", "6"] },
      { quarter: "kv. 4 2018", cells: ["2", "6"] },
    ]);
    const kits = tableRows(trends, chart("kits"), sv, "sv");
    expect(kits.map((r) => r.cells.map(plain))).toEqual([["<5"], ["1 202"]]);
    expect(tableRows(trends, chart("burglaries"), sv, "sv")[1]?.cells).toEqual(["—", "22"]);
  });
  it("knows which charts rest on invented records", () => {
    expect(chartDemoKinds(trends, chart("kits"))).toEqual(["dna_kits"]);
    expect(chartDemoKinds(trends, chart("burglaries"))).toEqual(["burglaries"]);
    expect(chartDemoKinds(trends, chart("activities"))).toEqual([]);
    expect(chartDemoKinds(trends, chart("watch"))).toEqual([]);
  });
});
