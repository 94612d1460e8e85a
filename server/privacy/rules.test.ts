import { describe, expect, it } from "vitest";
import { isSafeCount, smallCount } from "./rules.ts";

describe("smallCount", () => {
  it("hides 0 to 4 behind '<5'", () => {
    for (const n of [0, 1, 4]) expect(smallCount(n)).toEqual({ value: null, display: "<5" });
  });
  it("shows 5 and more as they are", () => {
    expect(smallCount(5)).toEqual({ value: 5, display: "5" });
    expect(smallCount(123)).toEqual({ value: 123, display: "123" });
  });
  it("treats a missing or broken number as small", () => {
    expect(smallCount(Number.NaN)).toEqual({ value: null, display: "<5" });
  });
});

describe("isSafeCount", () => {
  it("accepts what smallCount makes and refuses raw or leaking shapes", () => {
    expect(isSafeCount(smallCount(2))).toBe(true);
    expect(isSafeCount(smallCount(9))).toBe(true);
    expect(isSafeCount(3)).toBe(false);
    expect(isSafeCount({ value: 3, display: "3" })).toBe(false);
    expect(isSafeCount({ value: null, display: "3" })).toBe(false);
  });
});
