// /api/internal/coverage over the fixture. Every expected figure is worked out by hand from the
// presences posted here and the fixture's one presence: Alfa, Wed 1 May 2019 20:00–20:30 CEST.
import { afterAll, describe, expect, it } from "vitest";
import type { AreaHeatTable, CoverageGaps } from "../../server/coverage/types.ts";
import { ALFA, BETA, coverageCalls, fieldsOf, GAMMA, ZERO_CELL } from "../helpers/internal-api.ts";
import { createTestApp, FIXTURE_DATA } from "../helpers/test-app.ts";

const t = createTestApp(FIXTURE_DATA, { role: "police" });
afterAll(() => t.close());

const { api, presence, table, row, dump } = coverageCalls(t);
const ZERO = ZERO_CELL;

describe("GET /api/internal/coverage", () => {
  it("gives the fixture's presence as 30 effective minutes in Alfa on a weekday evening", async () => {
    const tb = await table("?from=2019-05-01&to=2019-05-03");
    expect(tb.period).toEqual({ from: "2019-05-01", to: "2019-05-03" });
    expect(tb.bands).toHaveLength(8);
    expect(row(tb, ALFA)?.cells["weekday-18-24"]).toEqual({
      ...ZERO,
      effective_minutes: 30,
      effective_visits: 1,
    });
    expect(row(tb, ALFA)?.total).toEqual({ ...ZERO, effective_minutes: 30, effective_visits: 1 });
    expect(row(tb, BETA)?.total).toEqual(ZERO); // the point is 314 m from Beta, outside 300 m
  });

  it("counts a route from Alfa into Beta, Sunday 23:00 → Monday 01:00, in full for both", async () => {
    const res = await presence("2019-05-05T23:00:00+02:00", "2019-05-06T01:00:00+02:00", {
      type: "LineString",
      coordinates: [
        [13.205, 55.645],
        [13.215, 55.645],
      ],
    });
    expect(res.body.counts_for).toEqual([ALFA, BETA]);
    const tb = await table("?from=2019-05-01&to=2019-05-31");
    for (const id of [ALFA, BETA]) {
      expect(row(tb, id)?.cells["weekend-18-24"]).toEqual({
        ...ZERO,
        effective_minutes: 60,
        effective_visits: 1,
      });
      expect(row(tb, id)?.cells["weekday-00-06"]).toEqual({ ...ZERO, effective_minutes: 60 });
    }
    expect(row(tb, ALFA)?.total).toEqual({ ...ZERO, effective_minutes: 150, effective_visits: 2 });
    expect(row(tb, GAMMA)?.total).toEqual(ZERO);
    const evening = await table("?from=2019-05-01&to=2019-05-31&band=weekend-18-24");
    expect(evening.bands).toEqual(["weekend-18-24"]);
    expect(Object.keys(row(evening, ALFA)?.cells ?? {})).toEqual(["weekend-18-24"]);
    expect(row(evening, ALFA)?.total.effective_minutes).toBe(60);
  });

  it("counts exactly 10 minutes as an effective visit and 9:59 as a short one", async () => {
    const gamma = { type: "Point", coordinates: [13.225, 55.645] };
    await presence("2019-05-07T12:00:00+02:00", "2019-05-07T12:09:59+02:00", gamma);
    await presence("2019-05-07T13:00:00+02:00", "2019-05-07T13:10:00+02:00", gamma);
    const tb = await table("?from=2019-05-07&to=2019-05-07");
    expect(row(tb, GAMMA)?.cells["weekday-12-18"]).toEqual({
      effective_minutes: 10,
      effective_visits: 1,
      short_minutes: 9.98,
      short_visits: 1,
    });
  });

  it("rejects an unknown band or period, naming the parameter", async () => {
    const bad = await api("GET", "/coverage?band=night");
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad)).toEqual(["band"]);
    expect((await api("GET", "/coverage?from=2019-06-01&to=2019-05-01")).status).toBe(400);
    expect((await api("GET", "/coverage?area=1")).status).toBe(400);
  });

  it("answers 304 to a matching ETag until a presence changes", async () => {
    const first = await api("GET", "/coverage?from=2019-05-01&to=2019-05-31");
    const again = await t.app.request("/api/internal/coverage?from=2019-05-01&to=2019-05-31", {
      headers: { "if-none-match": first.etag ?? "" },
    });
    expect(again.status).toBe(304);
    await presence("2019-05-20T10:00:00+02:00", "2019-05-20T10:30:00+02:00", {
      type: "Area",
      area_id: BETA,
    });
    const after = await t.app.request("/api/internal/coverage?from=2019-05-01&to=2019-05-31", {
      headers: { "if-none-match": first.etag ?? "" },
    });
    expect(after.status).toBe(200);
  });
});

describe("GET /api/internal/coverage/:areaId", () => {
  it("puts the five real hours of the spring DST night into weekend 00–06", async () => {
    // Sun 31 Mar 2019 00:00 CET → 06:30 CEST: 5 real hours in 00–06, 30 min in 06–12
    await presence("2019-03-31T00:00:00+01:00", "2019-03-31T06:30:00+02:00", {
      type: "Area",
      area_id: GAMMA,
    });
    const h = (await api("GET", `/coverage/${GAMMA}?year=2019`)).body as AreaHeatTable;
    expect(h.weeks).toHaveLength(52);
    const w13 = h.weeks.find((w) => w.key === "2019-W13");
    expect(w13).toMatchObject({ from: "2019-03-25", to: "2019-03-31" });
    expect(w13?.cells["weekend-00-06"]).toEqual({
      ...ZERO,
      effective_minutes: 300,
      effective_visits: 1,
    });
    expect(w13?.cells["weekend-06-12"]).toEqual({ ...ZERO, effective_minutes: 30 });
    expect(h.months[2]?.total.effective_minutes).toBe(330);
    expect(h.months[4]?.total).toEqual({
      effective_minutes: 10,
      effective_visits: 1,
      short_minutes: 9.98,
      short_visits: 1,
    });
    expect(h.year_total.total.effective_minutes).toBe(340);
  });

  it("answers 404 for an unknown area and 400 for a bad year", async () => {
    expect((await api("GET", "/coverage/99999999")).status).toBe(404);
    expect((await api("GET", `/coverage/${ALFA}?year=19`)).status).toBe(400);
  });
});

describe("GET /api/internal/coverage/gaps", () => {
  it("lists areas without effective presence in the last N days, longest gap first", async () => {
    const g = (await api("GET", "/coverage/gaps?days=3&to=2019-05-04")).body as CoverageGaps;
    expect(g).toEqual({
      from: "2019-05-02",
      to: "2019-05-04",
      days: 3,
      areas: [
        { area_id: BETA, name: "Beta", last_effective: null, days_since: null },
        { area_id: GAMMA, name: "Gamma", last_effective: "2019-03-31", days_since: 34 },
        { area_id: ALFA, name: "Alfa", last_effective: "2019-05-01", days_since: 3 },
      ],
    });
    const none = (await api("GET", "/coverage/gaps?days=14&to=2019-05-08")).body as CoverageGaps;
    expect(none.areas).toEqual([]);
    expect((await api("GET", "/coverage/gaps?days=0")).status).toBe(400);
  });
});

describe("settings", () => {
  it("rebuilds the totals with a new radius, and validates every field", async () => {
    const before = await table("?from=2019-05-01&to=2019-05-01");
    expect(row(before, BETA)?.total.effective_minutes).toBe(0);
    const put = await api("PUT", "/coverage/settings", {
      radius_m: 350,
      effective_minutes: 10,
      band_hours: [0, 6, 12, 18],
      weekend_days: [6, 7],
    });
    expect(put.status).toBe(200);
    const after = await table("?from=2019-05-01&to=2019-05-01");
    expect(row(after, BETA)?.cells["weekday-18-24"]).toEqual({
      ...ZERO,
      effective_minutes: 30,
      effective_visits: 1,
    });
    const bad = await api("PUT", "/coverage/settings", {
      radius_m: -1,
      effective_minutes: 0,
      band_hours: [6, 6],
      weekend_days: [8],
    });
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad)).toEqual(
      expect.arrayContaining(["radius_m", "effective_minutes", "band_hours", "weekend_days.0"]),
    );
    await api("PUT", "/coverage/settings", {
      radius_m: 300,
      effective_minutes: 10,
      band_hours: [0, 6, 12, 18],
      weekend_days: [6, 7],
    });
    const incremental = dump();
    await api("POST", "/coverage/recompute");
    expect(dump()).toEqual(incremental);
  });
});
