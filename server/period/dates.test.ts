import { describe, expect, it } from "vitest";
import { addDays, daysBetween, isIsoDate, periodStart } from "./dates.ts";
import { quarterEnd, quarterStart } from "./quarters.ts";

describe("isIsoDate", () => {
  it("accepts real dates and rejects impossible or malformed ones", () => {
    expect(isIsoDate("2019-12-31")).toBe(true);
    expect(isIsoDate("2020-02-29")).toBe(true);
    expect(isIsoDate("2019-02-29")).toBe(false);
    expect(isIsoDate("2019-13-01")).toBe(false);
    expect(isIsoDate("2019-1-01")).toBe(false);
    expect(isIsoDate("31/12/2019")).toBe(false);
    expect(isIsoDate("")).toBe(false);
  });
});

describe("day arithmetic", () => {
  it("counts whole days across a daylight-saving change and a leap day", () => {
    expect(daysBetween("2019-03-30", "2019-04-01")).toBe(2);
    expect(daysBetween("2020-02-28", "2020-03-01")).toBe(2);
    expect(daysBetween("2019-12-31", "2019-01-01")).toBe(-364);
    expect(addDays("2019-12-31", 1)).toBe("2020-01-01");
  });

  it("gives the start of an n-month period ending on a date", () => {
    expect(periodStart("2019-12-31", 12)).toBe("2019-01-01");
    expect(periodStart("2019-06-15", 12)).toBe("2018-06-16");
    expect(periodStart("2020-02-29", 12)).toBe("2019-03-01");
    expect(periodStart("2019-03-31", 1)).toBe("2019-03-01");
  });
});

describe("quarters", () => {
  it("maps a quarter to its first and last day", () => {
    expect(quarterStart("2018-Q1")).toBe("2018-01-01");
    expect(quarterStart("2018-Q4")).toBe("2018-10-01");
    expect(quarterEnd("2018-Q1")).toBe("2018-03-31");
    expect(quarterEnd("2020-Q1")).toBe("2020-03-31");
    expect(quarterEnd("2019-Q4")).toBe("2019-12-31");
  });
});
