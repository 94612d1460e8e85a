import { describe, expect, it } from "vitest";
import type { PublicProgress } from "../../server/privacy/progress.ts";
import { statusLook, tally } from "./status.ts";

describe("statusLook", () => {
  it("gives every status a distinct shape, not only a colour", () => {
    expect(statusLook("achieved")).toEqual({ icon: "✔", tone: "good" });
    expect(statusLook("met").icon).toBe("✔");
    expect(statusLook("on_track").icon).toBe("●");
    expect(statusLook("behind")).toEqual({ icon: "▲", tone: "warn" });
    expect(statusLook("missed")).toEqual({ icon: "✖", tone: "bad" });
    expect(statusLook("manual")).toEqual({ icon: "○", tone: "neutral" });
    expect(statusLook("uncertain")).toEqual({ icon: "?", tone: "neutral" });
    expect(statusLook("no_record")).toEqual({ icon: "–", tone: "neutral" });
  });
});

describe("tally", () => {
  it("counts met promises and goals, leaving out the ones followed up by hand", () => {
    const p = {
      activities: [
        { status: "achieved", demo: false },
        { status: "missed", demo: false },
        { status: "no_record", demo: false },
        // A promise with no number: counted, never met or missed, so not in the tally.
        { status: "no_target", demo: true },
      ],
      goals: [
        { status: "met", demo: false },
        { status: "manual", demo: true },
        { status: "uncertain", demo: false },
      ],
    } as unknown as PublicProgress;
    expect(tally(p)).toEqual({ met: 2, total: 5, demo: false, provisional: false });
  });
  it("is preliminary while any counted promise is judged before its deadline", () => {
    const p = {
      activities: [{ status: "achieved", demo: false, provisional: true }],
      goals: [{ status: "manual", demo: false, provisional: false }],
    } as unknown as PublicProgress;
    expect(tally(p).provisional).toBe(true);
  });
  it("rests on demo data when any counted promise does", () => {
    const p = {
      activities: [{ status: "achieved", demo: true }],
      goals: [],
    } as unknown as PublicProgress;
    expect(tally(p).demo).toBe(true);
  });
});
