import { describe, expect, it } from "vitest";
import { defaultPeriod } from "./period.ts";
import {
  lastCompleteQuarter,
  periodPresets,
  promisePeriodSoFar,
  samePeriod,
  thisYear,
} from "./presets.ts";
import { quarterOf } from "./quarters.ts";

describe("the default period", () => {
  it("is the twelve months up to and including today, whatever the data holds", () => {
    expect(defaultPeriod("2026-12-04")).toEqual({ from: "2025-12-05", to: "2026-12-04" });
    expect(defaultPeriod("2024-02-29")).toEqual({ from: "2023-03-01", to: "2024-02-29" });
    expect(defaultPeriod("2026-12-31")).toEqual({ from: "2026-01-01", to: "2026-12-31" });
  });
});

describe("period presets", () => {
  it("names the quarter of a day", () => {
    expect(quarterOf("2026-01-01")).toBe("2026-Q1");
    expect(quarterOf("2026-03-31")).toBe("2026-Q1");
    expect(quarterOf("2026-04-01")).toBe("2026-Q2");
    expect(quarterOf("2026-12-31")).toBe("2026-Q4");
  });

  it("gives the last quarter that has ended, across a year's end", () => {
    expect(lastCompleteQuarter("2026-12-04")).toEqual({ from: "2026-07-01", to: "2026-09-30" });
    expect(lastCompleteQuarter("2026-10-01")).toEqual({ from: "2026-07-01", to: "2026-09-30" });
    expect(lastCompleteQuarter("2026-09-30")).toEqual({ from: "2026-04-01", to: "2026-06-30" });
    expect(lastCompleteQuarter("2027-02-14")).toEqual({ from: "2026-10-01", to: "2026-12-31" });
    expect(lastCompleteQuarter("2024-05-01")).toEqual({ from: "2024-01-01", to: "2024-03-31" });
  });

  it("gives this year so far", () => {
    expect(thisYear("2026-12-04")).toEqual({ from: "2026-01-01", to: "2026-12-04" });
    expect(thisYear("2027-01-01")).toEqual({ from: "2027-01-01", to: "2027-01-01" });
  });

  it("gives a promise period up to today, and none before it has begun", () => {
    const running = { starts_on: "2026-01-01", ends_on: "2027-12-31" };
    expect(promisePeriodSoFar(running, "2026-12-04")).toEqual({
      from: "2026-01-01",
      to: "2026-12-04",
    });
    const ended = { starts_on: "2018-01-01", ends_on: "2019-12-31" };
    expect(promisePeriodSoFar(ended, "2026-12-04")).toEqual({
      from: "2018-01-01",
      to: "2019-12-31",
    });
    expect(
      promisePeriodSoFar({ starts_on: "2028-01-01", ends_on: "2029-12-31" }, "2026-12-04"),
    ).toBe(null);
  });

  it("lists the default first and the promise periods that have begun, newest first", () => {
    const presets = periodPresets("2026-12-04", [
      { name: "2018–2019", starts_on: "2018-01-01", ends_on: "2019-12-31" },
      { name: "2028–2029", starts_on: "2028-01-01", ends_on: "2029-12-31" },
      { name: "2026–2027", starts_on: "2026-01-01", ends_on: "2027-12-31" },
    ]);
    expect(presets.map((p) => [p.kind, p.name ?? "", p.period.from, p.period.to])).toEqual([
      ["last12Months", "", "2025-12-05", "2026-12-04"],
      ["lastQuarter", "", "2026-07-01", "2026-09-30"],
      ["thisYear", "", "2026-01-01", "2026-12-04"],
      ["promisePeriod", "2026–2027", "2026-01-01", "2026-12-04"],
      ["promisePeriod", "2018–2019", "2018-01-01", "2019-12-31"],
    ]);
    expect(
      samePeriod(presets[0]?.period ?? { from: "", to: "" }, defaultPeriod("2026-12-04")),
    ).toBe(true);
  });
});
