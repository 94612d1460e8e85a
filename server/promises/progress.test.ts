import { describe, expect, it } from "vitest";
import { monthsBetween } from "../period/dates.ts";
import { activityProgress } from "./progress.ts";

// Staffanstorp's period: 2018-07-13 .. 2019-12-31 is 537 days.
const span = { starts_on: "2018-07-13", deadline: "2019-12-31" };
const at = (id: number, date: string) => ({ id, date });

describe("counting promises (linear pace)", () => {
  it("expects nothing yet after 81 of 537 days (5 × 81/537 = 0.75, rounded down)", () => {
    const p = activityProgress("info_session", 5, span, [], "2018-10-01");
    expect(p).toMatchObject({
      done: 0,
      target: 5,
      expected: 0,
      status: "on_track",
      as_of: "2018-10-01",
    });
  });

  it("expects 2 of 5 after 232 days, so 1 is behind and 2 on track", () => {
    const one = activityProgress("info_session", 5, span, [at(1, "2018-09-12")], "2019-03-01");
    expect(one).toMatchObject({ done: 1, expected: 2, status: "behind", ids: [1] });
    const two = activityProgress(
      "info_session",
      5,
      span,
      [at(2, "2019-02-01"), at(1, "2018-09-12")],
      "2019-03-01",
    );
    expect(two).toMatchObject({ done: 2, status: "on_track", ids: [1, 2] });
  });

  it("counts neither activities before the start nor those after today", () => {
    const items = [at(1, "2018-07-12"), at(2, "2018-07-13"), at(3, "2019-03-02")];
    expect(activityProgress("safety_walk", 2, span, items, "2019-03-01").ids).toEqual([2]);
  });

  it("is achieved at the target, and missed when the deadline passed short of it", () => {
    const walks = [at(1, "2019-05-01"), at(2, "2019-10-01")];
    expect(activityProgress("safety_walk", 2, span, walks, "2019-10-02").status).toBe("achieved");
    expect(activityProgress("safety_walk", 3, span, walks, "2020-01-01")).toMatchObject({
      status: "missed",
      as_of: "2019-12-31",
    });
  });

  it("adds up manual amounts", () => {
    const entries = [{ id: 7, date: "2019-01-10", amount: 2 }];
    expect(activityProgress("manual", 1, span, entries, "2019-02-01")).toMatchObject({
      done: 2,
      status: "achieved",
    });
  });

  it("has not started before the period", () => {
    expect(activityProgress("info_session", 5, span, [], "2018-07-01").status).toBe("not_started");
  });
});

describe("monthly promises", () => {
  const half = { starts_on: "2018-07-13", deadline: "2018-12-31" };
  const items = [
    at(1, "2018-07-20"),
    at(2, "2018-08-01"),
    at(3, "2018-08-30"),
    at(4, "2018-10-05"),
  ];

  it("shows each ended month without a message as a gap; the running month is no gap yet", () => {
    const p = activityProgress("message_monthly", 1, half, items, "2018-12-15");
    expect(p).toMatchObject({ unit: "month", done: 3, target: 6, expected: 5, status: "behind" });
    expect(p.gaps).toEqual(["2018-09", "2018-11"]);
    expect(p.units).toEqual([
      { unit: "2018-07", ids: [1] },
      { unit: "2018-08", ids: [2, 3] },
      { unit: "2018-10", ids: [4] },
    ]);
  });

  it("is on track while no ended month is missing", () => {
    const p = activityProgress("message_monthly", 1, half, items.slice(0, 3), "2018-09-10");
    expect(p).toMatchObject({ status: "on_track", gaps: [] });
  });
});

describe("weekly promises", () => {
  // ISO weeks 2019-W18 (29 Apr) .. 2019-W20 (ends 19 May).
  const weeks = { starts_on: "2019-04-29", deadline: "2019-05-19" };
  it("judges each ISO week by the week the exchange covered", () => {
    const items = [
      { id: 1, date: "2019-04-30", week: "2019-W18" },
      { id: 2, date: "2019-05-14", week: "2019-W20" },
    ];
    const p = activityProgress("lagesbild_week", 1, weeks, items, "2019-06-01");
    expect(p).toMatchObject({
      unit: "week",
      done: 2,
      target: 3,
      status: "missed",
      gaps: ["2019-W19"],
    });
  });
});

describe("monthsBetween", () => {
  it("lists the months across a new year", () => {
    expect(monthsBetween("2018-11-30", "2019-02-01")).toEqual([
      "2018-11",
      "2018-12",
      "2019-01",
      "2019-02",
    ]);
  });
});

describe("a promise naming no number", () => {
  const span = { starts_on: "2018-07-13", deadline: "2019-12-31" };
  it("is counted, and never met or missed, also after its deadline", () => {
    const items = [
      { id: 1, date: "2018-09-01" },
      { id: 2, date: "2019-03-01" },
    ];
    expect(activityProgress("safety_walk", null, span, items, "2026-01-01")).toMatchObject({
      done: 2,
      status: "no_target",
      ids: [1, 2],
    });
    expect(activityProgress("message_monthly", null, span, items, "2019-06-01")).toMatchObject({
      unit: "month",
      done: 2,
      status: "no_target",
    });
  });
});
