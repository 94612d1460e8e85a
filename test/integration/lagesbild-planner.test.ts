// Police presence stays with the police: planners and admins read the shared lägesbild and see
// whether each flagged area was reached in the bands asked for, never the minutes, in any answer
// (the overview, one week, their own writes), and the answer's tag does not move with presence
// that changes nothing they may see. Fixture: week 2019-W18 flags Alfa (reached by 30 minutes on
// 1 May) and Beta (not reached).
import { afterAll, describe, expect, it } from "vitest";
import { internalApi } from "../helpers/internal-api.ts";
import { createTestApp } from "../helpers/test-app.ts";

const t = createTestApp();
afterAll(() => t.close());
const MAY = "?from=2019-04-29&to=2019-05-26";
const planner = internalApi(t.as("planner"));
const admin = internalApi(t.as("admin"));
const police = internalApi(t.as("police"));

const hasMinutes = (body: unknown) => JSON.stringify(body).includes("effective_minutes");

describe("the lägesbild for planners", () => {
  it("says reached or not per area and band, without minutes; the police see the minutes", async () => {
    const mine = await planner("GET", `/lagesbild${MAY}`);
    expect(mine.status).toBe(200);
    expect(hasMinutes(mine.body)).toBe(false);
    const w18 = mine.body.weeks[0];
    expect(w18.areas).toEqual([
      {
        area_id: "12300001",
        name: "Alfa",
        kommun: "1230",
        reason: expect.any(String),
        bands: ["weekday-18-24"],
        reached: true,
        band_detail: [{ band: "weekday-18-24", reached: true, known: true }],
      },
      expect.objectContaining({ area_id: "12300002", reached: false }),
    ]);
    expect(hasMinutes((await admin("GET", `/lagesbild${MAY}`)).body)).toBe(false);
    expect(hasMinutes((await planner("GET", `/lagesbild/${w18.id}`)).body)).toBe(false);
    const theirs = await police("GET", `/lagesbild${MAY}`);
    expect(theirs.body.weeks[0].areas[0].effective_minutes).toBe(30);
  });

  it("answers a planner's own write without minutes", async () => {
    const res = await planner("POST", "/lagesbild", {
      date: "2019-05-28",
      participants: ["Trygghetssamordnare"],
      areas: [{ area_id: "12300003", reason: "Oro för inbrott", bands: [] }],
    });
    expect(res.status).toBe(201);
    expect(hasMinutes(res.body)).toBe(false);
    const moved = await planner("PATCH", `/lagesbild/${res.body.id}`, { date: "2019-05-29" });
    expect(moved.status).toBe(200);
    expect(hasMinutes(moved.body)).toBe(false);
  });

  it("keeps its tag when police log presence that changes no reach", async () => {
    const first = await planner("GET", `/lagesbild${MAY}`);
    // Alfa is already reached in W18's window: more presence there changes nothing a planner sees.
    const logged = await police("POST", "/presence", {
      starts_at: "2019-05-02T19:00:00Z",
      ends_at: "2019-05-02T19:40:00Z",
      actor: "police",
      kind: "car",
      place: { type: "Point", coordinates: [13.205, 55.645] },
    });
    expect(logged.status).toBe(201);
    const again = await t
      .as("planner")
      .request(`/api/internal/lagesbild${MAY}`, { headers: { "If-None-Match": first.etag ?? "" } });
    expect(again.status).toBe(304);
    // The police see the minutes move.
    const theirs = await police("GET", `/lagesbild${MAY}`);
    expect(theirs.body.weeks[0].areas[0].effective_minutes).toBe(70);
  });
});
