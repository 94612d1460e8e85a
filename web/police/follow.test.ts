import { describe, expect, it } from "vitest";
import type { LagesbildWeek } from "../../server/lagesbild/types.ts";
import { bandsText, flagsOf, pickWeek, reachedOf, splitRoles } from "./follow.ts";

const week = (id: number, reached: boolean[]): LagesbildWeek => ({
  id,
  week: `2019-W0${id}`,
  date: "2019-02-11",
  participants: [],
  notes: "",
  demo: true,
  created_at: "",
  window: { from: "2019-02-11", to: "2019-02-17", open: false },
  flagged: reached.length,
  reached: reached.filter(Boolean).length,
  rate: reached.length ? reached.filter(Boolean).length / reached.length : null,
  areas: reached.map((r, i) => ({
    area_id: `a${i}`,
    name: `Område ${i}`,
    kommun: "1230",
    reason: "inbrott",
    bands: [],
    effective_minutes: r ? 20 : 0,
    band_detail: [],
    reached: r,
  })),
});

describe("lägesbild shaping", () => {
  const weeks = [week(1, [true]), week(2, [true, false])];
  it("shows the week asked for, else the newest", () => {
    expect(pickWeek(weeks, 1)?.id).toBe(1);
    expect(pickWeek(weeks, 99)?.id).toBe(2);
    expect(pickWeek([], null)).toBeUndefined();
  });
  it("words reached of flagged and marks each flag for the map", () => {
    expect(reachedOf(weeks[1] as LagesbildWeek)).toBe("1 / 2");
    const words = { reached: "nådd", notReached: "ej nådd", pending: "efter veckan" };
    expect(flagsOf(weeks[1], words)).toEqual([
      { id: "a0", reached: true, text: "Område 0: nådd" },
      { id: "a1", reached: false, text: "Område 1: ej nådd" },
    ]);
    // A planner's running week: reach not told yet.
    const running = { ...(weeks[1] as LagesbildWeek), reached: null, rate: null };
    running.areas = running.areas.map((a) => ({ ...a, reached: null })) as never;
    expect(reachedOf(running)).toBe("– / 2");
    expect(flagsOf(running, words)[0]).toEqual({
      id: "a0",
      reached: null,
      text: "Område 0: efter veckan",
    });
  });
  it("splits roles on commas", () => {
    expect(splitRoles(" Kommunpolis, ,Trygghetssamordnare ")).toEqual([
      "Kommunpolis",
      "Trygghetssamordnare",
    ]);
  });
  it("gives the police minutes per band, planners only reached or not", () => {
    const label = (b: string) => (b === "weekday-18-24" ? "Vardag 18–24" : b);
    const police = {
      area_id: "a",
      name: "A",
      kommun: "1230",
      reason: "",
      bands: ["weekday-18-24"],
      effective_minutes: 25.4,
      reached: true,
      band_detail: [{ band: "weekday-18-24", effective_minutes: 25.4, reached: true, known: true }],
    };
    expect(bandsText(police, label, "när som helst")).toBe("Vardag 18–24 ✓ 25 min");
    const planner = {
      area_id: "a",
      name: "A",
      kommun: "1230",
      reason: "",
      bands: ["weekday-18-24"],
      reached: false,
      band_detail: [{ band: "weekday-18-24", reached: false, known: true }],
    };
    expect(bandsText(planner, label, "när som helst")).toBe("Vardag 18–24 ✗");
    const anyTime = { ...planner, bands: [], band_detail: [] };
    expect(bandsText(anyTime, label, "när som helst")).toBe("när som helst ✗");
    expect(bandsText({ ...police, bands: [], band_detail: [] }, label, "när som helst")).toBe(
      "när som helst (25 min)",
    );
  });
});
