import { describe, expect, it } from "vitest";
import { isQuarter, quarterEnded, quarterOf, quartersBetween, yearBefore } from "./quarters.ts";

describe("quarters", () => {
  it("parses only YYYY-Q1..Q4", () => {
    expect(isQuarter("2018-Q4")).toBe(true);
    for (const bad of ["2018-Q5", "2018-Q0", "2018Q4", "18-Q4", "2018-q4"])
      expect(isQuarter(bad)).toBe(false);
  });
  it("lists the quarters a period overlaps", () => {
    expect(quartersBetween("2018-07-13", "2019-12-31")).toEqual([
      "2018-Q3",
      "2018-Q4",
      "2019-Q1",
      "2019-Q2",
      "2019-Q3",
      "2019-Q4",
    ]);
  });
  it("knows a date's quarter, the year before, and when a quarter has ended", () => {
    expect(quarterOf("2018-12-31")).toBe("2018-Q4");
    expect(quarterOf("2019-04-01")).toBe("2019-Q2");
    expect(yearBefore("2019-Q1")).toBe("2018-Q1");
    expect(quarterEnded("2018-Q4", "2018-12-31")).toBe(false);
    expect(quarterEnded("2018-Q4", "2019-01-01")).toBe(true);
  });
});
