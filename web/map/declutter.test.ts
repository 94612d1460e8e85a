import { describe, expect, it } from "vitest";
import { centredBox, declutter } from "./declutter.ts";

describe("declutter", () => {
  it("keeps the first of two overlapping boxes in full and the other as a mark", () => {
    const a = centredBox(100, 100, 80, 20);
    const b = centredBox(130, 110, 80, 20); // overlaps a
    const c = centredBox(300, 100, 80, 20); // clear of both
    expect(declutter([a, b, c])).toEqual([true, false, true]);
    // Order decides: given first, b wins.
    expect(declutter([b, a, c])).toEqual([true, false, true]);
  });

  it("compares only with the boxes kept in full: a box covered only by a compacted one is kept", () => {
    const a = centredBox(0, 0, 40, 10);
    const b = centredBox(30, 0, 40, 10); // overlaps a: compacted
    const c = centredBox(60, 0, 40, 10); // overlaps b only
    expect(declutter([a, b, c])).toEqual([true, false, true]);
  });

  it("keeps a gap between boxes that only touch", () => {
    const a = centredBox(0, 0, 10, 10);
    const touching = centredBox(11, 0, 10, 10); // 1 px apart
    expect(declutter([a, touching])).toEqual([true, false]);
    expect(declutter([a, touching], 0)).toEqual([true, true]);
  });
});
