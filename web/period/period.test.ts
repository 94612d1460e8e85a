import { describe, expect, it } from "vitest";
import { periodPresets } from "../../server/period/presets.ts";
import { checkPeriod, pickerRange } from "./period.ts";

const range = { from: "2016-01-01", to: "2019-12-31" };

describe("checkPeriod", () => {
  it("accepts a period inside the data range as it is", () => {
    expect(checkPeriod({ from: "2019-01-01", to: "2019-12-31" }, range)).toEqual({
      ok: true,
      period: { from: "2019-01-01", to: "2019-12-31" },
      clamped: false,
    });
  });

  it("accepts a one-day period", () => {
    expect(checkPeriod({ from: "2019-05-05", to: "2019-05-05" }, range).ok).toBe(true);
  });

  it("clamps ends outside the data range and says so", () => {
    expect(checkPeriod({ from: "2010-01-01", to: "2030-01-01" }, range)).toEqual({
      ok: true,
      period: range,
      clamped: true,
    });
  });

  it("names each field that is not a real date", () => {
    expect(checkPeriod({ from: "", to: "2019-02-30" }, range)).toEqual({
      ok: false,
      problems: [
        { field: "from", problem: "invalidDate" },
        { field: "to", problem: "invalidDate" },
      ],
    });
  });

  it("rejects a start after the end", () => {
    expect(checkPeriod({ from: "2019-06-01", to: "2019-05-31" }, range)).toEqual({
      ok: false,
      problems: [{ field: "from", problem: "order" }],
    });
  });
});

describe("pickerRange", () => {
  it("widens the data's range to every preset, so none of them is clamped", () => {
    const presets = periodPresets("2026-12-04", [
      { name: "2018–2019", starts_on: "2018-01-01", ends_on: "2019-12-31" },
    ]);
    const wide = pickerRange({ from: "2018-03-01", to: "2019-12-31" }, presets);
    expect(wide).toEqual({ from: "2018-01-01", to: "2026-12-04" });
    for (const p of presets) expect(checkPeriod(p.period, wide)).toMatchObject({ clamped: false });
  });

  it("keeps data that reaches past today (a planned session) choosable", () => {
    const presets = periodPresets("2026-12-04");
    expect(pickerRange({ from: "2018-03-01", to: "2027-01-15" }, presets)).toEqual({
      from: "2018-03-01",
      to: "2027-01-15",
    });
  });
});
