// A planner learns no more of police presence than reached / not reached per flagged area and band
// per ended ISO week: the planners' follow-through runs over the entry's ISO week whatever day of it
// the entry is dated, and a running week shows them no reach at all. The reviewer's probe: police
// presence today (Mon 30 Nov 2026, the test clock) 10:00–10:45Z in Alfa; a planner dates an entry
// today or tomorrow with every band flagged, and learns nothing. Fixture: W18 2019 (29 Apr–5 May)
// flags Alfa for weekday evenings, reached by presence on Wed 1 May 20:00–20:30 only.
import { afterAll, describe, expect, it } from "vitest";
import { ALFA, BETA, internalApi } from "../helpers/internal-api.ts";
import { createTestApp, testUser } from "../helpers/test-app.ts";

const t = createTestApp();
afterAll(() => t.close());
const planner = internalApi(t.as("planner"));
const police = internalApi(t.as("police"));

const NOW_PERIOD = "?from=2026-11-01&to=2026-12-31";
const MAY = "?from=2019-04-29&to=2019-05-26";

/** Everything in a planner's week that could carry presence: all but the entry's own date. */
const followThrough = (w: Record<string, unknown>) => {
  const { date: _d, ...rest } = w;
  return rest;
};

describe("the planners' follow-through is weekly and only for ended weeks", () => {
  it("tells a planner nothing about presence in the running week, whatever the date and bands", async () => {
    const bands = (
      (await police("GET", `/lagesbild${NOW_PERIOD}`)).body.bands as { key: string }[]
    ).map((b) => b.key);
    expect(bands.length).toBeGreaterThan(1);
    const logged = await police("POST", "/presence", {
      starts_at: "2026-11-30T10:00:00Z",
      ends_at: "2026-11-30T10:45:00Z",
      actor: "police",
      kind: "foot",
      place: { type: "Point", coordinates: [13.205, 55.645] },
    });
    expect(logged.status).toBe(201);
    // A police-made entry for this week; the planner re-dates it and flags every band.
    const made = await police("POST", "/lagesbild", {
      date: "2026-11-30",
      participants: ["Kommunpolis"],
      areas: [{ area_id: ALFA, reason: "Inbrott", bands: [] }],
    });
    expect(made.status).toBe(201);
    // The police see their presence reach the area.
    expect(made.body.areas[0].reached).toBe(true);

    const seen: unknown[] = [];
    for (const date of ["2026-11-30", "2026-12-01"]) {
      const patched = await planner("PATCH", `/lagesbild/${made.body.id}`, {
        date,
        areas: [
          { area_id: ALFA, reason: "Inbrott", bands },
          { area_id: BETA, reason: "Oro", bands: [] },
        ],
      });
      expect(patched.status).toBe(200);
      const one = await planner("GET", `/lagesbild/${made.body.id}`);
      const all = await planner("GET", `/lagesbild${NOW_PERIOD}`);
      for (const w of [patched.body, one.body, all.body.weeks[0]]) {
        expect(w.window).toEqual({ from: "2026-11-30", to: "2026-12-06", open: true });
        expect([w.reached, w.rate]).toEqual([null, null]);
        for (const a of w.areas) {
          expect(a.reached).toBeNull();
          for (const b of a.band_detail) expect(b.reached).toBeNull();
        }
        seen.push(followThrough(w));
      }
      expect(all.body.follow_through).toEqual({
        flagged: 0,
        reached: 0,
        rate: null,
        open_weeks: 1,
      });
      expect(JSON.stringify(all.body)).not.toContain("effective_minutes");
    }
    expect(seen.every((s) => JSON.stringify(s) === JSON.stringify(seen[0]))).toBe(true);
    // The police keep their live follow-through, minutes and all.
    const theirs = await police("PATCH", `/lagesbild/${made.body.id}`, { date: "2026-11-30" });
    const reachedBands = theirs.body.areas[0].band_detail.filter(
      (b: { reached: boolean }) => b.reached,
    );
    expect(reachedBands.map((b: { effective_minutes: number }) => b.effective_minutes)).toEqual([
      45,
    ]);
  });

  it("gives identical answers for an ended week whichever of its days the entry is dated", async () => {
    const w18 = (await planner("GET", `/lagesbild${MAY}`)).body.weeks[0];
    const answers: string[] = [];
    for (const date of ["2019-04-29", "2019-04-30", "2019-05-01", "2019-05-02", "2019-05-05"]) {
      const moved = await planner("PATCH", `/lagesbild/${w18.id}`, { date });
      expect(moved.status).toBe(200);
      const all = (await planner("GET", `/lagesbild${MAY}`)).body;
      const week = all.weeks.find((w: { id: number }) => w.id === w18.id);
      expect(week.window).toEqual({ from: "2019-04-29", to: "2019-05-05", open: false });
      // Alfa was reached on Wed 1 May: in the week, so reached from every date in it.
      expect(week.areas.map((a: { reached: boolean }) => a.reached)).toEqual([true, false]);
      answers.push(
        JSON.stringify([followThrough(moved.body), followThrough(week), all.follow_through]),
      );
    }
    expect(new Set(answers).size).toBe(1);
  });

  it("audits a planner's change to a police-made entry with what was there before", async () => {
    const made = await police("POST", "/lagesbild", {
      date: "2026-11-16",
      participants: ["Kommunpolis"],
      areas: [{ area_id: ALFA, reason: "Inbrott", bands: ["weekday-18-24"] }],
    });
    expect(made.status).toBe(201);
    const changed = await planner("PATCH", `/lagesbild/${made.body.id}`, {
      areas: [{ area_id: BETA, reason: "Oro", bands: [] }],
    });
    expect(changed.status).toBe(200);
    const row = t.db
      .prepare(
        "SELECT actor, detail FROM audit_log WHERE entity = 'lagesbild' AND entity_id = ? AND action = 'update'",
      )
      .get(String(made.body.id)) as { actor: string; detail: string };
    expect(row.actor).toBe(testUser("planner"));
    expect(JSON.parse(row.detail)).toEqual({
      changed: ["areas"],
      date: { from: "2026-11-16", to: "2026-11-16" },
      areas: {
        from: [{ area_id: ALFA, bands: ["weekday-18-24"] }],
        to: [{ area_id: BETA, bands: [] }],
      },
    });
  });
});
