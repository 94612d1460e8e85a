import { describe, expect, it } from "vitest";
import { chooseLocality, LANDSBYGD } from "./locality.ts";

const names = ["Staffanstorp", "Hjärup"];

describe("chooseLocality", () => {
  it("takes the tätort with most land when tätort land is at least 20 %", () => {
    const r = chooseLocality({
      tatortNames: names,
      landByTatort: [150, 50],
      areaM2: 1000,
      householdsByTatort: [10, 90],
      households: 100,
    });
    expect(r.locality).toBe("Staffanstorp");
    expect(r.rule).toBe("land");
  });
  it("is Landsbygd when tätort land is small and no tätort holds two thirds of the homes", () => {
    const r = chooseLocality({
      tatortNames: names,
      landByTatort: [50, 40],
      areaM2: 1000,
      householdsByTatort: [60, 0],
      households: 100,
    });
    expect(r.locality).toBe(LANDSBYGD);
  });
  it("keeps a mostly rural area in its tätort when most homes are there", () => {
    const r = chooseLocality({
      tatortNames: names,
      landByTatort: [50, 40],
      areaM2: 1000,
      householdsByTatort: [0, 70],
      households: 100,
    });
    expect(r.locality).toBe("Hjärup");
    expect(r.rule).toBe("households");
  });
  it("breaks ties by name, not by input order", () => {
    const input = { areaM2: 100, householdsByTatort: [0, 0], households: 0 };
    const a = chooseLocality({ ...input, tatortNames: ["B", "A"], landByTatort: [30, 30] });
    const b = chooseLocality({ ...input, tatortNames: ["A", "B"], landByTatort: [30, 30] });
    expect(a.locality).toBe("A");
    expect(b.locality).toBe("A");
  });
});
