import { describe, expect, it } from "vitest";
import {
  dayNumber,
  isoDay,
  months,
  quarterOf,
  quarters,
  stockholmToUtc,
  weekday,
} from "./dates.ts";

describe("dates", () => {
  it("round-trips days and rejects impossible dates", () => {
    expect(isoDay(dayNumber("2018-07-13"))).toBe("2018-07-13");
    expect(weekday(dayNumber("2018-07-13"))).toBe(5); // a Friday
    expect(() => dayNumber("2019-02-29")).toThrow(/No such date/);
  });
  it("names quarters", () => {
    expect(quarterOf(dayNumber("2018-09-30"))).toBe("2018-Q3");
    expect(quarterOf(dayNumber("2018-10-01"))).toBe("2018-Q4");
    expect(quarters(2017, 2019)).toHaveLength(12);
  });
  it("lists months inclusive", () => {
    expect(months("2018-11", "2019-02")).toEqual(["2018-11", "2018-12", "2019-01", "2019-02"]);
  });
  it("converts Stockholm time to UTC across summer time", () => {
    expect(stockholmToUtc(dayNumber("2018-01-15"), 18 * 60)).toBe("2018-01-15T17:00:00Z");
    expect(stockholmToUtc(dayNumber("2018-07-15"), 18 * 60)).toBe("2018-07-15T16:00:00Z");
    // 2018: summer time from Sunday 25 March to Sunday 28 October.
    expect(stockholmToUtc(dayNumber("2018-03-24"), 12 * 60)).toBe("2018-03-24T11:00:00Z");
    expect(stockholmToUtc(dayNumber("2018-03-25"), 12 * 60)).toBe("2018-03-25T10:00:00Z");
    expect(stockholmToUtc(dayNumber("2018-10-27"), 12 * 60)).toBe("2018-10-27T10:00:00Z");
    expect(stockholmToUtc(dayNumber("2018-10-28"), 12 * 60)).toBe("2018-10-28T11:00:00Z");
    // Past midnight the UTC date is still the same evening.
    expect(stockholmToUtc(dayNumber("2019-12-31"), 24 * 60 + 30)).toBe("2019-12-31T23:30:00Z");
  });
});
