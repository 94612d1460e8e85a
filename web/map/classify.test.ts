import { describe, expect, it } from "vitest";
import { classIndex, classRanges, isMeasure, MEASURES, SCALES } from "./classify.ts";

describe("classIndex", () => {
  const shares = SCALES.watch_coverage.breaks;

  it("puts a value on a break into the class that starts there", () => {
    expect(classIndex(0, shares)).toBe(0);
    expect(classIndex(0.1, shares)).toBe(1);
    expect(classIndex(0.75, shares)).toBe(4);
  });

  it("puts values between breaks into the lower class", () => {
    expect(classIndex(0.099, shares)).toBe(0);
    expect(classIndex(0.3, shares)).toBe(2);
    expect(classIndex(1, shares)).toBe(4);
  });

  it("has no class for a missing value", () => {
    expect(classIndex(null, shares)).toBeNull();
    expect(classIndex(Number.NaN, shares)).toBeNull();
  });

  it("classifies days since the last visit by whole days", () => {
    const days = SCALES.days_since_last_visit.breaks;
    expect(classIndex(89, days)).toBe(0);
    expect(classIndex(90, days)).toBe(1);
    expect(classIndex(364, days)).toBe(2);
    expect(classIndex(1000, days)).toBe(4);
  });
});

describe("scales", () => {
  it("has five ascending classes starting at zero for every measure", () => {
    for (const m of MEASURES) {
      const { breaks } = SCALES[m];
      expect(breaks).toHaveLength(5);
      expect(breaks[0]).toBe(0);
      expect([...breaks].sort((a, b) => a - b)).toEqual([...breaks]);
    }
  });

  it("gives each class a range, the last one open", () => {
    expect(classRanges([0, 1, 3])).toEqual([
      { lower: 0, upper: 1 },
      { lower: 1, upper: 3 },
      { lower: 3, upper: null },
    ]);
  });

  it("recognises measure names", () => {
    expect(isMeasure("visits")).toBe(true);
    expect(isMeasure("burglaries")).toBe(false);
  });
});
