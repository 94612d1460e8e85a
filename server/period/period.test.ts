import { describe, expect, it } from "vitest";
import { defaultPeriod, resolvePeriod } from "./period.ts";

describe("resolvePeriod", () => {
  it("defaults to the last twelve months of data", () => {
    expect(resolvePeriod({}, "2019-12-31")).toEqual({
      ok: true,
      period: { from: "2019-01-01", to: "2019-12-31" },
    });
    expect(defaultPeriod("2019-12-31")).toEqual({ from: "2019-01-01", to: "2019-12-31" });
  });

  it("fills a missing end", () => {
    expect(resolvePeriod({ to: "2018-12-31" }, "2019-12-31")).toEqual({
      ok: true,
      period: { from: "2018-01-01", to: "2018-12-31" },
    });
    expect(resolvePeriod({ from: "2018-07-13" }, "2019-12-31")).toEqual({
      ok: true,
      period: { from: "2018-07-13", to: "2019-12-31" },
    });
  });

  it("names `from` when it is after `to`", () => {
    expect(resolvePeriod({ from: "2019-06-01", to: "2019-05-31" }, "2019-12-31")).toEqual({
      ok: false,
      field: "from",
      code: "from_after_to",
      params: {},
      message: "from (2019-06-01) is after to (2019-05-31)",
    });
  });
});
