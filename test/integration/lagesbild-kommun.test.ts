// The lägesbild of the police area (issue 15), over the real app on the embedded data's four
// kommuner and its demo weeks (2018-W27..2019-W52, areas flagged in every kommun): every flagged
// area names its kommun; the police see every kommun's and the follow-through per kommun, or one
// kommun's with ?kommun=; a planner of Lomma sees Lomma's flagged areas and follow-through only,
// reached or not, never minutes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LagesbildOverview } from "../../server/lagesbild/types.ts";
import { internalApi } from "../helpers/internal-api.ts";
import { createTestApp, EMBEDDED_DATA } from "../helpers/test-app.ts";

const t = createTestApp(EMBEDDED_DATA, { role: "police" });
afterAll(() => t.close());
// The first answer computes the coverage of the demo presence of four kommuner.
beforeAll(() => police("GET", `/lagesbild${YEAR}`), 120_000);
const YEAR = "?from=2019-01-01&to=2019-12-31";
const police = internalApi(t.as("police"));
const lomma = internalApi(t.asAccount({ role: "planner", kommuner: ["1262"] }));

const areasOf = (o: LagesbildOverview) => o.weeks.flatMap((w) => w.areas);
/** Flagged and reached per kommun, counted by hand over the weeks whose window has closed. */
function countByKommun(o: LagesbildOverview, kommun: string) {
  const own = o.weeks.filter((w) => !w.window.open).flatMap((w) => w.areas);
  const mine = own.filter((a) => a.kommun === kommun);
  return { flagged: mine.length, reached: mine.filter((a) => a.reached).length };
}

describe("the police area's lägesbild", () => {
  it("gives the police every kommun's flagged areas, each with its kommun, and a section per kommun", async () => {
    const res = await police("GET", `/lagesbild${YEAR}`);
    expect(res.status).toBe(200);
    const o = res.body as LagesbildOverview;
    const kommuner = new Set(areasOf(o).map((a) => a.kommun));
    expect([...kommuner].sort()).toEqual(["1230", "1231", "1261", "1262"]);
    // Each area's kommun is the one the areas table gives it.
    const kommunOf = t.db.prepare("SELECT kommun FROM areas WHERE id = ?").pluck();
    for (const a of areasOf(o)) expect(a.kommun).toBe(kommunOf.get(a.area_id));
    expect(o.by_kommun.map((k) => k.kommun)).toEqual(["1230", "1231", "1261", "1262"]);
    for (const k of o.by_kommun) {
      const hand = countByKommun(o, k.kommun);
      expect(k).toMatchObject(hand);
      expect(k.rate).toBe(hand.flagged ? hand.reached / hand.flagged : null);
    }
    // The sections add up to the police area's follow-through.
    const sum = o.by_kommun.reduce((s, k) => s + k.flagged, 0);
    expect(sum).toBe(o.follow_through.flagged);
  });

  it("narrows to one kommun for the police with ?kommun=", async () => {
    const res = await police("GET", `/lagesbild${YEAR}&kommun=1231`);
    expect(res.status).toBe(200);
    const o = res.body as LagesbildOverview;
    expect(new Set(areasOf(o).map((a) => a.kommun))).toEqual(new Set(["1231"]));
    expect(o.by_kommun.map((k) => k.kommun)).toEqual(["1231"]);
    expect(o.follow_through.flagged).toBe(o.by_kommun[0]?.flagged);
    // The minutes are the police's.
    expect(areasOf(o).every((a) => typeof a.effective_minutes === "number")).toBe(true);
  });

  it("gives a planner of Lomma Lomma's flagged areas and follow-through only, without minutes", async () => {
    const all = (await police("GET", `/lagesbild${YEAR}`)).body as LagesbildOverview;
    const res = await lomma("GET", `/lagesbild${YEAR}`);
    expect(res.status).toBe(200);
    const o = res.body as LagesbildOverview;
    expect(JSON.stringify(o)).not.toContain("effective_minutes");
    expect(new Set(areasOf(o).map((a) => a.kommun))).toEqual(new Set(["1262"]));
    expect(areasOf(o).map((a) => a.area_id)).toEqual(
      areasOf(all)
        .filter((a) => a.kommun === "1262")
        .map((a) => a.area_id),
    );
    // Every week of the exchange is there (the exchange is the police area's), with Lomma's part.
    expect(o.weeks.map((w) => w.week)).toEqual(all.weeks.map((w) => w.week));
    // The same flagged areas as the police's Lomma section; reached is counted over each ended
    // ISO week for planners (the police's over seven days from the exchange), so it is checked
    // against the planner's own weeks.
    const lommaPart = all.by_kommun.find((k) => k.kommun === "1262");
    expect(o.by_kommun.map((k) => [k.kommun, k.flagged])).toEqual([["1262", lommaPart?.flagged]]);
    expect(o.by_kommun[0]).toMatchObject(countByKommun(o, "1262"));
    expect(o.follow_through).toMatchObject({
      flagged: o.by_kommun[0]?.flagged,
      reached: o.by_kommun[0]?.reached,
    });
    expect((await lomma("GET", `/lagesbild${YEAR}&kommun=1230`)).status).toBe(403);
  });

  it("shows a planner of Lomma one week with Lomma's areas only", async () => {
    const all = (await police("GET", `/lagesbild${YEAR}`)).body as LagesbildOverview;
    const week = all.weeks.find(
      (w) => w.areas.some((a) => a.kommun === "1262") && w.areas.some((a) => a.kommun !== "1262"),
    );
    expect(week).toBeDefined();
    const res = await lomma("GET", `/lagesbild/${week?.id}`);
    expect(res.status).toBe(200);
    const areas = (res.body as { areas: { kommun: string; area_id: string }[] }).areas;
    expect(areas.map((a) => a.area_id)).toEqual(
      week?.areas.filter((a) => a.kommun === "1262").map((a) => a.area_id),
    );
    expect(JSON.stringify(res.body)).not.toContain("effective_minutes");
  });

  it("lets a planner of Lomma change Lomma's section of a week only, and not delete the others'", async () => {
    const all = (await police("GET", `/lagesbild${YEAR}`)).body as LagesbildOverview;
    const week = all.weeks.find(
      (w) => w.areas.some((a) => a.kommun === "1262") && w.areas.some((a) => a.kommun !== "1262"),
    );
    if (!week) throw new Error("no week with areas of Lomma and another kommun");
    const others = week.areas.filter((a) => a.kommun !== "1262").map((a) => a.area_id);
    const lommaArea = t.db
      .prepare("SELECT id FROM areas WHERE kommun = '1262' ORDER BY id DESC LIMIT 1")
      .pluck()
      .get() as string;
    const staffanstorpArea = "12300702";

    // Another kommun's area is a field error naming it; nothing changes.
    const refused = await lomma("PATCH", `/lagesbild/${week.id}`, {
      areas: [{ area_id: staffanstorpArea, reason: "x", bands: [] }],
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields[0]).toMatchObject({ field: "areas.0.area_id" });
    expect(refused.body.error.message).toContain("kommun 1230");

    // Lomma's section replaced; the other kommuner's flagged areas stay as the police left them.
    const changed = await lomma("PATCH", `/lagesbild/${week.id}`, {
      areas: [{ area_id: lommaArea, reason: "Lommas egen", bands: [] }],
    });
    expect(changed.status).toBe(200);
    expect(changed.body.areas.map((a: { area_id: string }) => a.area_id)).toEqual([lommaArea]);
    const after = (await police("GET", `/lagesbild/${week.id}`)).body as {
      areas: { area_id: string; kommun: string }[];
    };
    expect(after.areas.filter((a) => a.kommun !== "1262").map((a) => a.area_id)).toEqual(others);
    expect(after.areas.filter((a) => a.kommun === "1262").map((a) => a.area_id)).toEqual([
      lommaArea,
    ]);

    // Its date, participants and notes are every kommun's: a planner of Lomma cannot change them.
    const notes = await lomma("PATCH", `/lagesbild/${week.id}`, {
      notes: "LOMMA PLANNER WROTE THIS",
      participants: ["Mallory"],
    });
    expect(notes.status).toBe(403);
    expect(notes.body.error.code).toBe("kommun_forbidden");
    const kept = (await police("GET", `/lagesbild/${week.id}`)).body as { notes: string };
    expect(kept.notes).not.toContain("LOMMA PLANNER");

    // The week holds other kommuner's sections: a planner of Lomma cannot delete it.
    const del = await lomma("DELETE", `/lagesbild/${week.id}`);
    expect(del.status).toBe(403);
    expect(del.body.error.code).toBe("kommun_forbidden");
    expect((await police("GET", `/lagesbild/${week.id}`)).status).toBe(200);
  });
});
