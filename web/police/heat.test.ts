import { describe, expect, it } from "vitest";
import type { CoverageAreaRow } from "../../server/coverage/types.ts";
import {
  bandHours,
  byName,
  EMPTY_CELL,
  HEAT_COLOURS,
  heatStep,
  heatSteps,
  mapColours,
  maxMinutes,
  percent,
  yearsOf,
} from "./heat.ts";

const row = (id: string, name: string, minutes: number): CoverageAreaRow => ({
  area_id: id,
  name,
  cells: { b: { ...EMPTY_CELL, effective_minutes: minutes } },
  total: { ...EMPTY_CELL, effective_minutes: minutes },
});

describe("heat table shaping", () => {
  it("words a band's hours, also one ending at midnight", () => {
    expect(bandHours({ from_hour: 18, to_hour: 24 })).toBe("18–24");
    expect(bandHours({ from_hour: 22, to_hour: 6 })).toBe("22–06");
    expect(bandHours({ from_hour: 0, to_hour: 6 })).toBe("00–06");
  });

  it("shades zero as step 0 and any minutes as at least step 1", () => {
    expect(heatStep(0, 100)).toBe(0);
    expect(heatStep(1, 100)).toBe(1);
    expect(heatStep(25, 100)).toBe(1);
    expect(heatStep(26, 100)).toBe(2);
    expect(heatStep(100, 100)).toBe(4);
    expect(heatStep(5, 0)).toBe(0);
    // The legend says what each step holds, as heatStep divides the minutes.
    expect(heatSteps(100).map((s) => s.upTo)).toEqual([0, 25, 50, 75, 100]);
    expect(heatSteps(0)).toEqual([{ colour: "#f7fbff", upTo: 0 }]);
  });

  it("finds the largest minutes and colours the map by band", () => {
    const rows = [row("a", "Ö", 0), row("b", "A", 40), row("c", "Å", 10)];
    expect(maxMinutes(rows, ["b"])).toBe(40);
    expect(mapColours(rows, "b")).toEqual({
      a: HEAT_COLOURS[0],
      b: HEAT_COLOURS[4],
      c: HEAT_COLOURS[1],
    });
    expect(byName(rows).map((r) => r.name)).toEqual(["A", "Å", "Ö"]);
  });

  it("writes a rate as a whole percent, or a dash when nothing was flagged", () => {
    expect(percent(0.666)).toBe("67 %");
    expect(percent(null)).toBe("–");
  });
});

describe("yearsOf", () => {
  it("lists the data's whole years, latest first", () => {
    expect(yearsOf({ from: "2017-03-01", to: "2019-02-28" })).toEqual([2019, 2018, 2017]);
    expect(yearsOf({ from: "2019-01-01", to: "2019-12-31" })).toEqual([2019]);
  });
});
