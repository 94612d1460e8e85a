// /api/internal/lagesbild over the fixture: test/fixtures/data/demo-lagesbild.json holds two weeks.
// 2019-W18 (held Tue 30 Apr) flags Alfa for weekday evenings, reached by the fixture's presence on
// Wed 1 May 20:00–20:30, and Beta for weekend evenings, not reached. 2019-W20 (Tue 14 May) flags
// Gamma at any time, not reached.
import { afterAll, describe, expect, it } from "vitest";
import type { LagesbildOverview, LagesbildWeek } from "../../server/lagesbild/types.ts";
import { fieldsOf as fields, internalApi } from "../helpers/internal-api.ts";
import { createTestApp, FIXTURE_DATA } from "../helpers/test-app.ts";

const t = createTestApp(FIXTURE_DATA, { role: "police" });
afterAll(() => t.close());

const [ALFA, BETA, GAMMA] = ["12300001", "12300002", "12300003"];
const MAY = "?from=2019-04-29&to=2019-05-26"; // Thursdays 2, 9, 16, 23 May: weeks 18–21

const api = internalApi(t.app);
const overview = async (q = MAY) => (await api("GET", `/lagesbild${q}`)).body as LagesbildOverview;
const week = (o: LagesbildOverview, w: string) =>
  o.weeks.find((x) => x.week === w) as LagesbildWeek;
const presence = (starts_at: string, ends_at: string, coordinates: number[]) =>
  api("POST", "/presence", {
    starts_at,
    ends_at,
    actor: "police",
    kind: "car",
    place: { type: "Point", coordinates },
  });

describe("GET /api/internal/lagesbild", () => {
  it("counts exchanges held against the weeks of the period and the follow-through of each", async () => {
    const o = await overview();
    expect(o.exchanges).toEqual({
      weeks_in_period: 4,
      held: 2,
      missed: ["2019-W19", "2019-W21"],
      rate: 0.5,
    });
    expect(o.follow_through).toEqual({ flagged: 3, reached: 1, rate: 0.3333, open_weeks: 0 });
    expect(o.weeks.map((w) => [w.week, w.flagged, w.reached])).toEqual([
      ["2019-W18", 2, 1],
      ["2019-W20", 1, 0],
    ]);
    const w18 = week(o, "2019-W18");
    expect(w18).toMatchObject({
      date: "2019-04-30",
      participants: ["Kommunpolis", "Trygghetssamordnare"],
      demo: true,
      window: { from: "2019-04-30", to: "2019-05-06", open: false },
      rate: 0.5,
    });
    expect(w18.areas.map((a) => [a.area_id, a.name, a.reached, a.effective_minutes])).toEqual([
      [ALFA, "Alfa", true, 30],
      [BETA, "Beta", false, 0],
    ]);
    expect(w18.areas[0]?.band_detail).toEqual([
      { band: "weekday-18-24", effective_minutes: 30, reached: true, known: true },
    ]);
    expect(o.trend.by_month).toEqual([
      { month: "2019-04", weeks: 1, flagged: 2, reached: 1, rate: 0.5 },
      { month: "2019-05", weeks: 1, flagged: 1, reached: 0, rate: 0 },
    ]);
    expect(o.bands.map((b) => b.key)).toContain("weekend-18-24");
  });

  it("rises when presence reaches a flagged area in the requested band within the window", async () => {
    // Beta on Sat 4 May 21:00–21:30 CEST: a weekend evening inside W18's window
    await presence("2019-05-04T21:00:00+02:00", "2019-05-04T21:30:00+02:00", [13.215, 55.645]);
    expect(week(await overview(), "2019-W18")).toMatchObject({ flagged: 2, reached: 2, rate: 1 });

    // Gamma: a 5-minute drive-by on the window's last day is not effective presence...
    await presence("2019-05-20T08:00:00+02:00", "2019-05-20T08:05:00+02:00", [13.225, 55.645]);
    // ...nor is a patrol the day after the window closes...
    await presence("2019-05-21T10:00:00+02:00", "2019-05-21T10:30:00+02:00", [13.225, 55.645]);
    expect(week(await overview(), "2019-W20").reached).toBe(0);
    // ...but a 20-minute patrol from 23:50 on the last day reaches it with its first 10 minutes.
    await presence("2019-05-20T23:50:00+02:00", "2019-05-21T00:10:00+02:00", [13.225, 55.645]);
    const o = await overview();
    expect(week(o, "2019-W20").areas[0]).toMatchObject({ reached: true, effective_minutes: 10 });
    expect(o.follow_through).toEqual({ flagged: 3, reached: 3, rate: 1, open_weeks: 0 });
  });
});

describe("writes", () => {
  const entry = {
    date: "2019-05-28",
    participants: ["Kommunpolis", "Trygghetssamordnare", "Räddningstjänsten"],
    areas: [
      {
        area_id: GAMMA,
        reason: "Bilar som spanar kvällstid",
        bands: ["weekday-18-24", "weekend-18-24"],
      },
    ],
    notes: "Extra närvaro vid Gamma.",
  };

  it("creates an entry and its flagged areas with an audit row, one per week", async () => {
    const audits = t.db
      .prepare("SELECT COUNT(*) FROM audit_log WHERE entity = 'lagesbild'")
      .pluck();
    const before = audits.get() as number;
    const res = await api("POST", "/lagesbild", entry);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      week: "2019-W22",
      date: "2019-05-28",
      demo: false,
      flagged: 1,
      reached: 0,
      areas: [{ area_id: GAMMA, name: "Gamma", reason: "Bilar som spanar kvällstid" }],
    });
    expect(audits.get()).toBe(before + 1);
    const again = await api("POST", "/lagesbild", { ...entry, date: "2019-05-29" });
    expect(again.status).toBe(409);
    expect(fields(again)).toEqual(["week"]);
    expect((await api("GET", `/lagesbild/${res.body.id}`)).body).toEqual(res.body);
  });

  it("names every bad field", async () => {
    const res = await api("POST", "/lagesbild", {
      week: "2019-W30",
      date: "2019-06-04",
      areas: [
        { area_id: "99999999", reason: "x", bands: ["night"] },
        { area_id: ALFA, reason: " ", bands: [] },
      ],
    });
    expect(res.status).toBe(400);
    expect(fields(res)).toEqual(["areas.1.reason"]); // shape first
    const db = await api("POST", "/lagesbild", {
      week: "2019-W30",
      date: "2019-06-04",
      areas: [{ area_id: "99999999", reason: "x", bands: ["night"] }],
    });
    expect(fields(db)).toEqual(["week", "areas.0.area_id", "areas.0.bands.0"]);
    const twice = await api("POST", "/lagesbild", {
      date: "2019-06-04",
      areas: [
        { area_id: ALFA, reason: "a" },
        { area_id: ALFA, reason: "b" },
      ],
    });
    expect(fields(twice)).toEqual(["areas"]);
    expect((await api("POST", "/lagesbild", { date: "2019-02-30", extra: 1 })).status).toBe(400);
  });

  it("replaces the flagged areas on PATCH and frees the week on DELETE", async () => {
    const created = (await api("POST", "/lagesbild", { ...entry, date: "2019-06-11" }))
      .body as LagesbildWeek;
    const patched = await api("PATCH", `/lagesbild/${created.id}`, {
      areas: [{ area_id: ALFA, reason: "Inbrott", bands: [] }],
      participants: ["Kommunpolis"],
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      week: "2019-W24",
      participants: ["Kommunpolis"],
      notes: entry.notes,
    });
    expect(patched.body.areas.map((a: { area_id: string }) => a.area_id)).toEqual([ALFA]);
    const wrongWeek = await api("PATCH", `/lagesbild/${created.id}`, { week: "2019-W25" });
    expect(fields(wrongWeek)).toEqual(["week"]);
    const moved = await api("PATCH", `/lagesbild/${created.id}`, { date: "2019-06-19" });
    expect(moved.body).toMatchObject({ week: "2019-W25", date: "2019-06-19" });

    expect((await api("DELETE", `/lagesbild/${created.id}`)).status).toBe(204);
    expect((await api("GET", `/lagesbild/${created.id}`)).status).toBe(404);
    expect((await api("PATCH", `/lagesbild/${created.id}`, { notes: "x" })).status).toBe(404);
    expect((await api("DELETE", `/lagesbild/${created.id}`)).status).toBe(404);
    expect((await api("POST", "/lagesbild", { ...entry, date: "2019-06-18" })).status).toBe(201);
  });
});
