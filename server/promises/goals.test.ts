import { describe, expect, it } from "vitest";
import { goalStatus, yearEarlier } from "./goals.ts";

describe("goalStatus", () => {
  it("burglaries are met when they did not increase", () => {
    expect(goalStatus("burglaries_not_increase", 10, 10)).toBe("met");
    expect(goalStatus("burglaries_not_increase", 10, 11)).toBe("not_met");
  });
  it("märk-DNA households and watch areas must increase", () => {
    expect(goalStatus("more_dna_households", 100, 101)).toBe("met");
    expect(goalStatus("more_watch_areas", 4, 4)).toBe("not_met");
  });
  it("the survey's problem index must fall (2017: 2.12, 2018: 1.87)", () => {
    expect(goalStatus("perceived_safety", 2.12, 1.87)).toBe("met");
    expect(goalStatus("perceived_safety", 1.87, 2.12)).toBe("not_met");
  });
  it("says when a figure is missing, and leaves manual goals to people", () => {
    expect(goalStatus("perceived_safety", 2.12, null)).toBe("no_data");
    expect(goalStatus("manual", null, null)).toBe("manual");
  });
});

describe("yearEarlier", () => {
  it("moves both ends back a year; 29 February becomes 28 February", () => {
    expect(yearEarlier("2018-07-13", "2019-12-31")).toEqual({
      from: "2017-07-13",
      to: "2018-12-31",
    });
    expect(yearEarlier("2020-02-29", "2020-03-01")).toEqual({
      from: "2019-02-28",
      to: "2019-03-01",
    });
  });
});
