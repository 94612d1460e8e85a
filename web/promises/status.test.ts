import { describe, expect, it } from "vitest";
import type { PublicPromises } from "../../server/public/promises.ts";
import { gapList, statusLook, tally } from "./status.ts";

describe("statusLook", () => {
  it("gives every status a distinct shape, not only a colour", () => {
    expect(statusLook("achieved")).toEqual({ icon: "✔", tone: "good" });
    expect(statusLook("met").icon).toBe("✔");
    expect(statusLook("on_track").icon).toBe("●");
    expect(statusLook("behind")).toEqual({ icon: "▲", tone: "warn" });
    expect(statusLook("missed")).toEqual({ icon: "✖", tone: "bad" });
    expect(statusLook("manual")).toEqual({ icon: "○", tone: "neutral" });
  });
});

describe("tally", () => {
  it("counts met promises and goals, leaving out the ones followed up by hand", () => {
    const p = {
      activities: [{ status: "achieved" }, { status: "missed" }, { status: "on_track" }],
      goals: [{ status: "met" }, { status: "manual" }, { status: "not_met" }],
    } as unknown as PublicPromises;
    expect(tally(p)).toEqual({ met: 2, total: 5 });
  });
});

describe("gapList", () => {
  it("writes a few gaps out and counts the rest", () => {
    expect(gapList(["2019-07"])).toBe("2019-07");
    expect(gapList(["a", "b", "c"], 2)).toBe("a, b … (+1)");
  });
});
