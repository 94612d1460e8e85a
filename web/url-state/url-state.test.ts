import { describe, expect, it } from "vitest";
import { applyChanges, choiceIn, periodChanges, periodIn } from "./url-state.ts";

describe("view state in the query string", () => {
  it("sets, replaces and removes parameters, keeping the others in their order", () => {
    expect(applyChanges("?matt=visits&from=2019-01-01", { matt: null, omrade: "7" })).toBe(
      "from=2019-01-01&omrade=7",
    );
    expect(applyChanges("a=1&b=2", { a: "3", b: "" })).toBe("a=3");
    expect(applyChanges("", { omrade: undefined })).toBe("");
    expect(applyChanges("", { q: "Åsa & co" })).toBe("q=%C3%85sa+%26+co");
  });

  it("round-trips a period and refuses one that is not two real dates in order", () => {
    const period = { from: "2019-01-01", to: "2019-12-31" };
    expect(periodIn(new URLSearchParams(applyChanges("", periodChanges(period))))).toEqual(period);
    expect(periodIn(new URLSearchParams("from=2019-02-30&to=2019-12-31"))).toBeNull();
    expect(periodIn(new URLSearchParams("from=2019-12-31&to=2019-01-01"))).toBeNull();
    expect(periodIn(new URLSearchParams("from=2019-01-01"))).toBeNull();
  });

  it("reads a choice, falling back for a missing or unknown value", () => {
    const measures = ["watch_coverage", "visits"] as const;
    expect(choiceIn("visits", measures, "watch_coverage")).toBe("visits");
    expect(choiceIn("bogus", measures, "watch_coverage")).toBe("watch_coverage");
    expect(choiceIn(null, measures, "watch_coverage")).toBe("watch_coverage");
  });
});
