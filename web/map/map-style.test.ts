import { describe, expect, it } from "vitest";
import { BASE_COLORS, PALETTE, paleColor, RURAL_OPACITY } from "./map-style.ts";

describe("paleColor", () => {
  it("is the class colour at the rural opacity over the land, as the map blends it", () => {
    // 0.3 · 37 + 0.7 · 243 = 181.2, 0.3 · 52 + 0.7 · 240 = 183.6, 0.3 · 148 + 0.7 · 232 = 206.8
    expect(RURAL_OPACITY).toBe(0.3);
    expect(paleColor("#253494")).toBe("#b5b8cf");
    expect(paleColor("#000000", "#ffffff")).toBe("#b3b3b3");
  });

  it("is nearer the land than the full colour for every class", () => {
    const land = Number.parseInt(BASE_COLORS.land.slice(1), 16);
    const distance = (hex: string) => {
      const n = Number.parseInt(hex.slice(1), 16);
      return [16, 8, 0].reduce((s, k) => s + Math.abs(((n >> k) & 255) - ((land >> k) & 255)), 0);
    };
    for (const c of PALETTE) expect(distance(paleColor(c))).toBeLessThan(distance(c) * 0.75);
  });
});
