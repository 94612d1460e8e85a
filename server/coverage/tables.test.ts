import { describe, expect, it } from "vitest";
import { compileBands } from "./bands.ts";
import { areaTable, gapsOf, heatSpan, heatTable } from "./tables.ts";

const { defs } = compileBands({ hours: [0, 6, 12, 18], weekendDays: [6, 7] });
const ZERO = { effective_minutes: 0, effective_visits: 0, short_minutes: 0, short_visits: 0 };
const row = (day: string, band: number, eff_s: number, eff_n = 0, short_s = 0, short_n = 0) => ({
  day,
  band,
  eff_s,
  eff_n,
  short_s,
  short_n,
});

describe("heatSpan", () => {
  it("covers the year's ISO weeks and its calendar days", () => {
    expect(heatSpan(2019)).toEqual({ from: "2018-12-31", to: "2019-12-31" });
    expect(heatSpan(2020)).toEqual({ from: "2019-12-30", to: "2021-01-03" });
  });
});

describe("heatTable", () => {
  it("sums days into weeks, months and the calendar year", () => {
    const rows = [
      row("2018-12-31", 3, 600, 1), // Monday of 2019-W01, but December 2018
      row("2019-01-01", 3, 1200, 1),
      row("2019-01-06", 7, 0, 0, 300, 1), // Sunday, weekend band
      row("2019-02-12", 3, 90, 1),
    ];
    const t = heatTable(rows, 2019, defs);
    expect(t.weeks).toHaveLength(52);
    expect(t.weeks[0]).toMatchObject({ key: "2019-W01", from: "2018-12-31", to: "2019-01-06" });
    expect(t.weeks[0]?.cells["weekday-18-24"]).toEqual({
      ...ZERO,
      effective_minutes: 30,
      effective_visits: 2,
    });
    expect(t.weeks[0]?.cells["weekend-18-24"]).toEqual({
      ...ZERO,
      short_minutes: 5,
      short_visits: 1,
    });
    expect(t.weeks[0]?.total).toEqual({
      effective_minutes: 30,
      effective_visits: 2,
      short_minutes: 5,
      short_visits: 1,
    });
    expect(t.months[0]).toMatchObject({ key: "2019-01", from: "2019-01-01", to: "2019-01-31" });
    expect(t.months[0]?.total.effective_minutes).toBe(20); // 31 December belongs to 2018
    expect(t.months[1]?.total.effective_minutes).toBe(1.5);
    expect(t.months[1]?.to).toBe("2019-02-28");
    expect(t.year_total.total).toEqual({
      effective_minutes: 21.5,
      effective_visits: 2,
      short_minutes: 5,
      short_visits: 1,
    });
  });
});

describe("areaTable", () => {
  it("lists every area with zeros where nothing was recorded, for the chosen bands", () => {
    const areas = [
      { id: "a", name: "A" },
      { id: "b", name: "B" },
    ];
    const t = areaTable(
      areas,
      [{ area_id: "a", band: 3, eff_s: 600, eff_n: 1, short_s: 0, short_n: 0 }],
      defs.slice(3, 4),
    );
    expect(t).toEqual([
      {
        area_id: "a",
        name: "A",
        cells: { "weekday-18-24": { ...ZERO, effective_minutes: 10, effective_visits: 1 } },
        total: { ...ZERO, effective_minutes: 10, effective_visits: 1 },
      },
      { area_id: "b", name: "B", cells: { "weekday-18-24": ZERO }, total: ZERO },
    ]);
  });
});

describe("gapsOf", () => {
  it("lists areas without effective presence since `from`, never-visited first", () => {
    const last = [
      { id: "a", name: "A", last: "2019-12-20" },
      { id: "b", name: "B", last: null },
      { id: "c", name: "C", last: "2019-11-01" },
      { id: "d", name: "D", last: "2019-12-18" },
    ];
    expect(gapsOf(last, "2019-12-18", "2019-12-31")).toEqual([
      { area_id: "b", name: "B", last_effective: null, days_since: null },
      { area_id: "c", name: "C", last_effective: "2019-11-01", days_since: 60 },
    ]);
  });
});
