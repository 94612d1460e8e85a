import { describe, expect, it } from "vitest";
import { apportionParts, densityRatio, largestRemainder, type Overlap } from "./households.ts";

const o = (tatort: number[], outside = 0): Overlap => ({ tatort, outside });
const totals = (parts: { total: number }[]) => parts.map((p) => p.total);

describe("largestRemainder", () => {
  it("preserves the total exactly", () => {
    const out = largestRemainder([1 / 3, 1 / 3, 1 / 3], 100);
    expect(out.reduce((a, b) => a + b, 0)).toBe(100);
    expect(out).toEqual([34, 33, 33]);
  });
  it("gives remainders to the largest fractions first", () => {
    expect(largestRemainder([1.6, 1.3, 1.1], 4)).toEqual([2, 1, 1]);
  });
  it("scales shares that do not add up to the total", () => {
    expect(largestRemainder([2, 2, 4], 4)).toEqual([1, 1, 2]);
  });
  it("rejects negative shares and impossible totals", () => {
    expect(() => largestRemainder([1, -1], 3)).toThrow(/non-negative/);
    expect(() => largestRemainder([0, 0], 3)).toThrow(/all zero/);
    expect(() => largestRemainder([1], 2.5)).toThrow(/whole number/);
  });
});

describe("apportionParts", () => {
  it("keeps every dwelling: the areas add up to the DeSO totals", () => {
    const overlaps = [
      [o([30], 100), o([10], 5), o([0], 0)],
      [o([0], 50), o([5], 0), o([20], 400)],
    ];
    const parts = apportionParts([700, 300], overlaps, 0.02);
    expect(totals(parts).reduce((a, b) => a + b, 0)).toBeCloseTo(1000, 9);
  });
  it("gives a DeSO lying wholly inside one area wholly to that area", () => {
    const overlaps = [[o([0], 0), o([1234], 99), o([0], 0)]];
    expect(totals(apportionParts([500], overlaps, 0.02))).toEqual([0, 500, 0]);
  });
  it("weights open country by epsilon against tätort land", () => {
    // Equal land, but area 0 is all tätort and area 1 all countryside.
    const overlaps = [[o([100], 0), o([0], 100)]];
    const [a, b] = totals(apportionParts([102], overlaps, 0.02));
    expect(a).toBeCloseTo(100, 9);
    expect(b).toBeCloseTo(2, 9);
    // epsilon 1 is plain areal weighting.
    expect(totals(apportionParts([100], overlaps, 1))).toEqual([50, 50]);
  });
  it("splits households between the tätort land and the countryside they sit on", () => {
    const [p] = apportionParts([110], [[o([50, 50], 500)]], 0.02);
    expect(p?.tatort).toEqual([50, 50]);
    expect(p?.outside).toBeCloseTo(10, 9);
  });
  it("with voters, splits a shared DeSO by the voters living on each piece", () => {
    // The DeSO covers area 0 entirely and half of area 1's land; area 1 has 3× area 0's voters.
    const overlaps = [
      [o([100]), o([100])],
      [o([0]), o([100])],
    ];
    const parts = apportionParts([400, 100], overlaps, 0.02, [100, 300]);
    // Voters on the DeSO 0 pieces: 100 in area 0, 150 in area 1 → 160 : 240.
    expect(totals(parts)[0]).toBeCloseTo(160, 9);
    expect(totals(parts)[1]).toBeCloseTo(340, 9);
  });
  it("fails loudly on dwellings that overlap no area", () => {
    expect(() => apportionParts([10], [[o([0], 0)]], 0.02)).toThrow(/overlaps no area/);
    expect(() => apportionParts([10, 1], [[o([1])]], 0.02)).toThrow(/overlap rows/);
  });
});

describe("densityRatio", () => {
  it("is rural density over tätort density", () => {
    // 100 people on 90 km² of countryside, 900 people on 10 km² of tätort.
    expect(densityRatio(1000, 900, 100, 10)).toBeCloseTo(100 / 90 / 90, 12);
  });
  it("rejects empty countryside", () => {
    expect(() => densityRatio(900, 900, 100, 10)).toThrow();
  });
});
