import { describe, expect, it } from "vitest";
import { DEFAULT_WEIGHTS } from "../../server/priorities/score.ts";
import { partMaxPoints } from "./points.ts";

const all = { coverage: 1, dna: 0.5, burglary: 0.25, reach: 0, recency: 1 };

describe("partMaxPoints", () => {
  it("shares the 100 points by weight", () => {
    // Weights 3, 2, 2, 1, 2 (sum 10): 30, 20, 20, 10 and 20 points.
    expect(partMaxPoints(DEFAULT_WEIGHTS, all)).toEqual({
      coverage: 30,
      dna: 20,
      burglary: 20,
      reach: 10,
      recency: 20,
    });
  });

  it("gives a missing part's share to the known ones, and a weight of 0 none", () => {
    const out = partMaxPoints({ ...DEFAULT_WEIGHTS, reach: 0 }, { ...all, burglary: null });
    // Known and weighted: 3 + 2 + 2 = 7.
    expect(out.burglary).toBeNull();
    expect(out.reach).toBeNull();
    expect(out.coverage).toBeCloseTo(300 / 7, 10);
    expect(out.dna).toBeCloseTo(200 / 7, 10);
  });
});
