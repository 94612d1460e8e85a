import { describe, expect, it } from "vitest";
import { compileBands } from "../coverage/bands.ts";
import { direction, followThrough, slope, summarize } from "./follow-through.ts";
import type { LagesbildEntry } from "./types.ts";

const bands = compileBands({ hours: [0, 6, 12, 18], weekendDays: [6, 7] });
const WEEKDAY_EVENING = 3;
const WEEKEND_EVENING = 7;

const entry = (over: Partial<LagesbildEntry> = {}): LagesbildEntry => ({
  id: 1,
  week: "2019-W07",
  date: "2019-02-12",
  participants: ["Kommunpolis"],
  notes: "",
  demo: false,
  created_at: "2019-02-12T09:00:00Z",
  areas: [
    {
      area_id: "a",
      name: "A",
      kommun: "1230",
      reason: "Inbrott",
      bands: ["weekday-18-24", "weekend-18-24"],
    },
    { area_id: "b", name: "B", kommun: "1230", reason: "Oro", bands: [] },
    { area_id: "c", name: "C", kommun: "1230", reason: "Skadegörelse", bands: ["weekday-18-24"] },
  ],
  ...over,
});

describe("followThrough", () => {
  it("reaches an area only when every requested band had effective presence", () => {
    const eff: Record<string, Map<number, number>> = {
      a: new Map([[WEEKDAY_EVENING, 1200]]), // weekend evening missing
      b: new Map([[0, 600]]), // any time was asked for
      c: new Map([
        [WEEKDAY_EVENING, 900],
        [WEEKEND_EVENING, 600],
      ]),
    };
    const w = followThrough(entry(), (id) => eff[id] ?? new Map(), bands, "2019-03-01");
    expect(w.window).toEqual({ from: "2019-02-12", to: "2019-02-18", open: false });
    expect([w.flagged, w.reached, w.rate]).toEqual([3, 2, 0.6667]);
    expect(w.areas.map((a) => [a.area_id, a.reached, a.effective_minutes])).toEqual([
      ["a", false, 20],
      ["b", true, 10],
      ["c", true, 15],
    ]);
    expect(w.areas[0]?.band_detail).toEqual([
      { band: "weekday-18-24", effective_minutes: 20, reached: true, known: true },
      { band: "weekend-18-24", effective_minutes: 0, reached: false, known: true },
    ]);
  });

  it("never reaches a band that the settings no longer have, and says so", () => {
    const e = entry({
      areas: [{ area_id: "a", name: "A", kommun: "1230", reason: "x", bands: ["weekday-22-06"] }],
    });
    const w = followThrough(e, () => new Map([[WEEKDAY_EVENING, 6000]]), bands, "2019-03-01");
    expect(w.areas[0]?.band_detail).toEqual([
      { band: "weekday-22-06", effective_minutes: 0, reached: false, known: false },
    ]);
    expect(w.reached).toBe(0);
  });

  it("marks the window open until its last day has passed", () => {
    expect(followThrough(entry(), () => new Map(), bands, "2019-02-18").window.open).toBe(true);
    expect(followThrough(entry(), () => new Map(), bands, "2019-02-19").window.open).toBe(false);
  });

  it("has no rate when nothing was flagged", () => {
    const w = followThrough(entry({ areas: [] }), () => new Map(), bands, "2019-03-01");
    expect([w.flagged, w.reached, w.rate]).toEqual([0, 0, null]);
  });
});

describe("summarize", () => {
  const week = (w: string, date: string, flagged: number, reached: number, open = false) => ({
    ...followThrough(entry({ week: w, date, areas: [] }), () => new Map(), bands, "2019-03-01"),
    window: { from: date, to: date, open },
    flagged,
    reached,
    rate: flagged ? reached / flagged : null,
  });

  it("counts exchanges held against the weeks of the period, and follow-through over closed weeks", () => {
    const weeks = [
      week("2019-W05", "2019-01-29", 2, 1),
      week("2019-W06", "2019-02-05", 2, 2),
      week("2019-W08", "2019-02-19", 4, 4),
      week("2019-W09", "2019-02-26", 3, 0, true),
    ];
    const s = summarize(weeks, ["2019-W05", "2019-W06", "2019-W07", "2019-W08", "2019-W09"]);
    expect(s.exchanges).toEqual({ weeks_in_period: 5, held: 4, missed: ["2019-W07"], rate: 0.8 });
    expect(s.follow_through).toEqual({ flagged: 8, reached: 7, rate: 0.875, open_weeks: 1 });
    expect(s.trend.by_month).toEqual([
      { month: "2019-01", weeks: 1, flagged: 2, reached: 1, rate: 0.5 },
      { month: "2019-02", weeks: 2, flagged: 6, reached: 6, rate: 1 },
    ]);
    // rates 0.5, 1, 1 at weeks 0, 1, 3: Sxy = 2/3, Sxx = 14/3, slope = 1/7
    expect(s.trend.slope_per_week).toBeCloseTo(0.14286, 5);
    expect(s.trend.direction).toBe("up");
  });
});

describe("slope and direction", () => {
  it("fits a line and calls small changes flat", () => {
    expect(
      slope([
        { x: 0, y: 0 },
        { x: 1, y: 0.5 },
        { x: 2, y: 1 },
      ]),
    ).toBe(0.5);
    expect(slope([{ x: 3, y: 1 }])).toBeNull();
    expect(direction(0.003)).toBe("flat");
    expect(direction(-0.01)).toBe("down");
    expect(direction(null)).toBeNull();
  });
});
