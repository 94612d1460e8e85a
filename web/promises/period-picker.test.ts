import { describe, expect, it } from "vitest";
import { periodIdIn } from "./period-picker.tsx";

describe("periodIdIn", () => {
  it("reads a period id, and nothing else, from ?period=", () => {
    expect(periodIdIn("12")).toBe(12);
    expect(periodIdIn(null)).toBeUndefined();
    for (const bad of ["", "0", "-1", "1.5", "abc", "07", "1e3", "1234567890"]) {
      expect(periodIdIn(bad), bad).toBeUndefined();
    }
  });
});
