import { describe, expect, it } from "vitest";
import {
  classify,
  kommunFullName,
  type PromiseRow,
  periodDates,
  periodName,
  periodsFromRows,
  periodTarget,
} from "./promises.ts";

const row = (over: Partial<PromiseRow>): PromiseRow => ({
  kommun: "1261",
  kommunnamn: "Kävlinge",
  period: "2018",
  promise_no: 1,
  activity: "Safety walks",
  kind: "safety_walk",
  target_value: 2,
  target_unit: "walks (at least)",
  deadline: "2018-12-31",
  responsible: "both",
  source_url: "https://kavlinge.se/x",
  ...over,
});
const text = (over: Partial<PromiseRow> = {}) => ({
  kommun: over.kommun ?? "1261",
  period: over.period ?? "2018",
  promise_no: over.promise_no ?? 1,
  title_sv: "Trygghetsvandringar",
  measure_sv: "trygghetsvandringar",
  indicator: "",
  baseline_fact: "",
  baseline_label: "",
  progress_fact: "",
  progress_date: "",
  progress_label: "",
});

describe("periods", () => {
  it("reads a calendar year and a span of months, the deadline winning when given", () => {
    expect(periodDates("2017", "")).toEqual({ from: "2017-01-01", to: "2017-12-31" });
    expect(periodDates("2018-03/2019-03", "")).toEqual({ from: "2018-03-01", to: "2019-03-31" });
    expect(periodDates("2018-03/2019-03", "2019-03-15")).toEqual({
      from: "2018-03-01",
      to: "2019-03-15",
    });
    expect(() => periodDates("2018–2019", "")).toThrow(/neither/);
    expect(periodName("2017")).toBe("Medborgarlöften 2017");
    expect(periodName("2018-03/2019-03")).toBe("Medborgarlöften mars 2018–mars 2019");
  });
  it("names the kommun as Swedish does", () => {
    expect(
      ["Burlöv", "Kävlinge", "Lomma", "Staffanstorp", "Lund", "Malmö"].map(kommunFullName),
    ).toEqual([
      "Burlövs kommun",
      "Kävlinge kommun",
      "Lomma kommun",
      "Staffanstorps kommun",
      "Lunds kommun",
      "Malmö kommun",
    ]);
  });
});

describe("classify and periodTarget", () => {
  it("counts recorded activities, judges outcome goals, and leaves the rest to manual entry", () => {
    expect(classify(row({}))).toEqual({ category: "activity", evidence: "safety_walk" });
    expect(classify(row({ kind: "info_session_contacts" }))).toEqual({
      category: "activity",
      evidence: "contact_meeting",
    });
    expect(
      classify(row({ kind: "grannsamverkan_startup", target_unit: "meetings (at least)" })),
    ).toEqual({
      category: "activity",
      evidence: "info_session",
    });
    expect(classify(row({ kind: "grannsamverkan_startup", target_unit: "watch areas" }))).toEqual({
      category: "goal",
    });
    expect(classify(row({ kind: "grannsamverkan_startup", target_value: "" }))).toEqual({
      category: "goal",
    });
    expect(classify(row({ kind: "outcome_goal", target_value: "" }))).toEqual({ category: "goal" });
    expect(classify(row({ kind: "youth_visit" }))).toEqual({
      category: "activity",
      evidence: "manual",
    });
  });
  it("turns a rate into the period's number, and no number into null", () => {
    const y = ["2017-01-01", "2017-12-31"] as const;
    expect(
      periodTarget({ target_value: 2, target_unit: "per month (at least)" }, ...y).target,
    ).toBe(24);
    expect(periodTarget({ target_value: 1, target_unit: "per week" }, ...y).target).toBe(52);
    expect(periodTarget({ target_value: 2, target_unit: "walks" }, ...y).target).toBe(2);
    expect(periodTarget({ target_value: "", target_unit: "" }, ...y).target).toBeNull();
  });
});

describe("periodsFromRows", () => {
  it("makes one period per kommun and period, promises in order, a missing number as null", () => {
    const rows = [row({ promise_no: 2, target_value: "", target_unit: "" }), row({})];
    const periods = periodsFromRows("1261", {
      policeArea: "Lokalpolisområde Kävlinge",
      rows,
      texts: [text(), text({ promise_no: 2 })],
      facts: new Map(),
    });
    expect(periods).toHaveLength(1);
    expect(periods[0]).toMatchObject({
      name: "Medborgarlöften 2018",
      starts_on: "2018-01-01",
      ends_on: "2018-12-31",
      signed_by: "Kävlinge kommun; Polismyndigheten, lokalpolisområde Kävlinge",
      source_url: "https://kavlinge.se/x",
    });
    expect(
      periods[0]?.promises.map((p) => [(p as { target?: unknown }).target, p.measure]),
    ).toEqual([
      [2, "trygghetsvandringar"],
      [null, "trygghetsvandringar (löftet anger inget antal)"],
    ]);
  });
  it("needs a Swedish text for every row, and leaves out who signed where no document is known", () => {
    const sources = {
      policeArea: "LPO",
      rows: [row({ deadline: "" })],
      texts: [],
      facts: new Map(),
    };
    expect(() => periodsFromRows("1261", sources)).toThrow(/no Swedish text/);
    const [p] = periodsFromRows("1261", { ...sources, texts: [text()] });
    expect(p && "signed_by" in p).toBe(false);
  });
});
