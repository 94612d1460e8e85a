import { describe, expect, it } from "vitest";
import { DEFAULT_WEIGHTS } from "../../server/priorities/score.ts";
import { periodFromSearch, priorityParams, toSearch, weightsFromSearch } from "./weights.ts";

const period = { from: "2019-01-01", to: "2019-12-31" };

describe("weights in the URL", () => {
  it("round-trips weights and period", () => {
    const weights = { coverage: 0, dna: 5, burglary: 10, reach: 1, recency: 2.5 };
    const search = toSearch(weights, period);
    expect(weightsFromSearch(search)).toEqual(weights);
    expect(periodFromSearch(search)).toEqual(period);
    expect(search.get("w_dna")).toBe("5");
  });

  it("falls back to the default for a missing, negative or unreadable weight and caps at 10", () => {
    const search = new URLSearchParams("w_coverage=abc&w_dna=-1&w_burglary=99");
    expect(weightsFromSearch(search)).toEqual({ ...DEFAULT_WEIGHTS, burglary: 10 });
  });

  it("shows the defaults when every weight is zero (nothing to rank by)", () => {
    const zero = toSearch({ coverage: 0, dna: 0, burglary: 0, reach: 0, recency: 0 }, period);
    expect(weightsFromSearch(zero)).toEqual(DEFAULT_WEIGHTS);
  });

  it("ignores a period that is not two real dates in order", () => {
    expect(periodFromSearch(new URLSearchParams("from=2019-02-30&to=2019-12-31"))).toBeNull();
    expect(periodFromSearch(new URLSearchParams("from=2019-12-31&to=2019-01-01"))).toBeNull();
    expect(periodFromSearch(new URLSearchParams("from=2019-01-01"))).toBeNull();
  });

  it("keeps other parameters and gives the API's query", () => {
    const search = toSearch(DEFAULT_WEIGHTS, period, new URLSearchParams("sort=score"));
    expect(search.get("sort")).toBe("score");
    expect(priorityParams(DEFAULT_WEIGHTS, period)).toMatchObject({
      w_coverage: "3",
      from: "2019-01-01",
    });
  });
});
