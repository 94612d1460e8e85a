import { describe, expect, it } from "vitest";
import { dnaClass } from "./rules.ts";

describe("dnaClass", () => {
  it("puts an uptake share into one of four coarse classes, lower bound included", () => {
    expect(dnaClass(0)).toBe("<10 %");
    expect(dnaClass(0.0999)).toBe("<10 %");
    expect(dnaClass(0.1)).toBe("10–25 %");
    expect(dnaClass(0.125)).toBe("10–25 %");
    expect(dnaClass(0.25)).toBe("25–50 %");
    expect(dnaClass(0.5)).toBe("≥50 %");
    expect(dnaClass(1)).toBe("≥50 %");
  });
});
