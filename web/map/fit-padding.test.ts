import { describe, expect, it } from "vitest";
import { fitPadding } from "./fit-padding.ts";

describe("fitPadding", () => {
  it("keeps the control cards on the left clear on a wide screen, sheet or not", () => {
    const wide = { top: 30, right: 60, bottom: 40, left: 330 };
    expect(fitPadding(false, false, 800)).toEqual(wide);
    expect(fitPadding(false, true, 800)).toEqual(wide);
  });

  it("leaves room for the folded sheet on a phone", () => {
    expect(fitPadding(true, false, 800)).toEqual({ top: 120, right: 50, bottom: 80, left: 15 });
  });

  it("keeps 55 % of the height and 10 px more clear under an open sheet", () => {
    // 0.55 × 800 = 440, + 10.
    expect(fitPadding(true, true, 800).bottom).toBe(450);
    // 0.55 × 901 = 495.55, rounded to 496, + 10.
    expect(fitPadding(true, true, 901).bottom).toBe(506);
  });
});
