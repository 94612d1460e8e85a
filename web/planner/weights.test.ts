import { describe, expect, it } from "vitest";
import { DEFAULT_WEIGHTS } from "../../server/priorities/score.ts";
import { priorityParams, weightChanges, weightsFromSearch } from "./weights.ts";

const period = { from: "2019-01-01", to: "2019-12-31" };

describe("weights in the URL", () => {
  it("round-trips weights", () => {
    const weights = { coverage: 0, dna: 5, burglary: 10, reach: 1, recency: 2.5 };
    const search = new URLSearchParams(weightChanges(weights));
    expect(weightsFromSearch(search)).toEqual(weights);
    expect(search.get("w_dna")).toBe("5");
  });

  it("falls back to the default for a missing, negative or unreadable weight and caps at 10", () => {
    const search = new URLSearchParams("w_coverage=abc&w_dna=-1&w_burglary=99");
    expect(weightsFromSearch(search)).toEqual({ ...DEFAULT_WEIGHTS, burglary: 10 });
  });

  it("shows the defaults when every weight is zero (nothing to rank by)", () => {
    const zero = weightChanges({ coverage: 0, dna: 0, burglary: 0, reach: 0, recency: 0 });
    expect(weightsFromSearch(new URLSearchParams(zero))).toEqual(DEFAULT_WEIGHTS);
  });

  it("gives the API's query: every weight and the period", () => {
    expect(priorityParams(DEFAULT_WEIGHTS, period)).toEqual({
      w_coverage: "3",
      w_dna: "2",
      w_burglary: "2",
      w_reach: "1",
      w_recency: "2",
      from: "2019-01-01",
      to: "2019-12-31",
    });
  });
});
