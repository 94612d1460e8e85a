// The public map's and /loften's answers over the fixture, checked against values worked out by
// hand. Clock 2026-11-30, so the public cut-off is 2026-10-31 and the promise period
// (2018-07-13..2019-12-31) has ended. Fixture (see watch-groups.test.ts): Alfa 12300001 (200
// households; groups 1 active since 2017-05-01 and 2 since 2019-03-01; kits 10 on 2018-05-01 and
// 15 on 2019-06-10; session 2018-09-12, session 2019-06-10, walk 2019-10-01), Beta 12300002 (100
// households; group 4 starting 2019-11-01, group 5 active from 2020-02-01; 5 kits and a walk on
// 2019-12-31; a contact meeting on 2018-03-01), Gamma 12300003 (50 households, nothing). Every
// fixture row is demo. The leak crawl over every public surface is privacy-crawl*.test.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PublicMeta } from "../../server/meta/routes.ts";
import type { PublicAreaCollection } from "../../server/privacy/areas.ts";
import type { PublicProgress } from "../../server/privacy/progress.ts";
import { jsonSender } from "../helpers/json-request.ts";
import { createTestApp } from "../helpers/test-app.ts";

const t = createTestApp();
afterAll(() => t.close());
const send = jsonSender(t.app);
const pub = jsonSender(t.as(null));

let areas: PublicAreaCollection;
let promises: PublicProgress;

beforeAll(async () => {
  // An upcoming public session in Beta (placed by its point), announced with its venue, with an
  // internal note.
  const visit = await send("POST", "/api/visits", {
    kind: "info_session",
    date: "2027-01-15",
    topic: "markdna",
    venue: "Beta skola",
    lon: 13.215,
    lat: 55.645,
    notes: "Anna Nilsson 070-999 bokar lokalen",
  });
  expect(visit.status).toBe(201);
  areas = (await pub("GET", "/api/public/areas")).body as unknown as PublicAreaCollection;
  promises = (await pub("GET", "/api/public/promises")).body as unknown as PublicProgress;
});

const area = (id: string) => areas.features.find((f) => f.id === id)?.properties;

describe("GET /api/meta (public)", () => {
  it("gives the public cut-off, the last day of the previous month, and no internal dates", async () => {
    const res = await pub("GET", "/api/meta");
    expect(res.status).toBe(200);
    const meta = res.body as unknown as PublicMeta;
    expect(meta).toMatchObject({ demo: true, as_of: "2026-10-31", today: "2026-11-30" });
    expect(Object.keys(meta).sort()).toEqual([
      "as_of",
      "attribution",
      "basemap_style_url",
      "default_kommun",
      "demo",
      "kommuner",
      "police_area",
      "today",
    ]);
    // The fixture deploys Staffanstorp alone; the police area is named by data/kommuner.json.
    expect(meta).toMatchObject({
      kommuner: [{ code: "1230", name: "Staffanstorp" }],
      default_kommun: "1230",
      police_area: "Lokalpolisområde Kävlinge",
    });
  });

  it("keeps the data range and default period for logged-in views", async () => {
    expect((await pub("GET", "/api/meta/work")).status).toBe(401);
    const work = await send("GET", "/api/meta/work");
    expect(work.status).toBe(200);
    // The planning records run from Beta's contact meeting (2018-03-01) to the 2027 session.
    expect(work.body).toMatchObject({
      demo: true,
      data_range: { from: "2018-03-01" },
      default_period: { from: expect.any(String), to: expect.any(String) },
    });
  });
});

describe("GET /api/public/areas", () => {
  it("shows watch status as it stood at the cut-off, no group as an invitation, märk-DNA in classes", () => {
    expect(areas.as_of).toBe("2026-10-31");
    expect(
      areas.features.map((f) => [f.id, f.properties.watch, f.properties.dna_uptake_class]),
    ).toEqual([
      ["12300001", "active", "10–25 %"], // 25 kits of 200 households = 12.5 %
      ["12300002", "active", "<10 %"], // group 5 active since 2020-02-01; 5 of 100 = 5 %
      ["12300003", "invitation", "<10 %"],
    ]);
  });

  it("counts the municipality's own sessions and walks per month exactly, never contact meetings", () => {
    expect(area("12300001")?.activity).toEqual([
      { month: "2018-09", info_sessions: 1, safety_walks: 0, demo: true },
      { month: "2019-06", info_sessions: 1, safety_walks: 0, demo: true },
      { month: "2019-10", info_sessions: 0, safety_walks: 1, demo: true },
    ]);
    // Beta's contact meeting of 2018-03 is not there; its walk of 2019-12-31 is.
    expect(area("12300002")?.activity).toEqual([
      { month: "2019-12", info_sessions: 0, safety_walks: 1, demo: true },
    ]);
    expect(area("12300003")?.activity).toEqual([]);
  });

  it("marks demo per area and for the whole map", () => {
    expect(areas.features.map((f) => [f.id, f.properties.demo])).toEqual([
      ["12300001", true],
      ["12300002", true],
      ["12300003", false], // nothing recorded in Gamma
    ]);
    expect(areas.demo).toBe(true);
  });

  it("lists upcoming sessions, and the nearest one for an invitation area", () => {
    const session = {
      id: "2027-01-15-12300002-1",
      date: "2027-01-15",
      start_time: null,
      end_time: null,
      venue: "Beta skola",
      signup: "",
      area_id: "12300002",
      area_name: "Beta",
      kommun: "1230",
      kommun_name: "Staffanstorp",
      topic: "markdna",
      organisers: [],
      lon: 13.215,
      lat: 55.645,
      demo: false,
    };
    expect(area("12300002")?.upcoming_sessions).toEqual([session]);
    // Gamma's centre (13.225, 55.645) is 0.01° of longitude away: 1.112 km × cos(55.645°) ≈ 0.63 km.
    expect(area("12300003")?.next_session_nearby).toEqual({ ...session, distance_km: 0.6 });
    expect(area("12300001")?.next_session_nearby).toBeNull();
    expect(JSON.stringify(areas)).not.toContain("bokar lokalen");
  });
});

describe("GET /api/public/promises", () => {
  const activity = (id: number) => promises.activities.find((a) => a.id === id);
  const goal = (id: number) => promises.goals.find((g) => g.id === id);

  it("counts the activities exactly, and says 'no_record' where nothing was recorded", () => {
    expect(promises.as_of).toBe("2026-10-31");
    expect(
      promises.activities.map((a) => [a.id, a.done, a.target, a.unit, a.status, a.provisional]),
    ).toEqual([
      [1, 2, 5, "count", "missed", false], // sessions of 2018-09-12 and 2019-06-10
      [2, 0, 1, "count", "no_record", false], // the contact meeting was before the period
      [3, 2, 2, "count", "achieved", false], // walks of 2019-10-01 and 2019-12-31
      [4, 2, 76, "week", "missed", false], // W18 and W20 of the 76 ISO weeks 2018-W29..2019-W52
      [5, 1, 18, "month", "missed", false], // January 2019 of July 2018..December 2019
      [6, 0, 1, "count", "no_record", false],
      [7, 0, 1, "count", "no_record", false],
    ]);
    expect(activity(5)?.gaps).toHaveLength(17);
    expect(activity(4)?.gaps.slice(0, 2)).toEqual(["2018-W29", "2018-W30"]);
    expect(activity(4)?.gaps).not.toContain("2019-W18");
  });

  it("derives the märk-DNA goal from released quarters: a range with exactly the quarters' days", () => {
    // Stock before 2018-Q3: 10 (exact). Quarters: <5, <5, <5, 15, <5, 5 → 30 + 4 × 0..4 = 30–46.
    expect(goal(9)).toMatchObject({
      status: "met",
      baseline: { min: 10, max: 10, approximate: false, value: 10, as_of: "2018-06-30" },
      current: { min: 30, max: 46, approximate: true, value: null, as_of: "2019-12-31" },
      demo: true,
    });
  });

  it("counts areas with grannsamverkan exactly, before the period and at its end", () => {
    // Only Alfa had an active group on 2018-07-12 and on 2019-12-31 (Beta's starts 2020-02-01).
    expect(goal(10)).toMatchObject({
      status: "not_met",
      baseline: { value: 1, as_of: "2018-07-12" },
      current: { value: 1, as_of: "2019-12-31" },
    });
  });

  it("judges burglaries only on released quarters: none for 2018-Q3 means no data", () => {
    expect(goal(8)).toMatchObject({ status: "no_data", baseline: null, current: null });
  });

  it("shows the survey index with its source, and the real facts beside the goals", () => {
    expect(goal(11)).toMatchObject({
      status: "met",
      baseline: { kind: "index", value: 2.12, label: "Trygghetsmätningen 2017" },
      current: { kind: "index", value: 1.87, as_of: "2018-11-18" },
      demo: false,
    });
    // Staffanstorp's own rows of data/facts.csv (kommun 1230, the whole kommun), by year; the
    // survey of 2018 is quoted by two sources with different rounding, and both are shown.
    expect(goal(11)?.references.map((r) => [r.indicator, r.year, r.value])).toEqual([
      ["andel_oroliga_bostadsinbrott", "2015", 61],
      ["andel_oroliga_bostadsinbrott", "2016", 65],
      ["andel_oroliga_bostadsinbrott", "2018", 65],
      ["trygghetsmatning_totalindex", "2015", 1.31],
      ["trygghetsmatning_totalindex", "2017", 2.12],
      ["trygghetsmatning_totalindex", "2018", 1.87],
      ["trygghetsmatning_totalindex", "2018", 1.88],
      ["trygghetsmatning_totalindex", "2019", 1.75],
    ]);
    // The 65 % of 2018 is quoted in the promise document itself: no web source.
    expect(goal(11)?.references[2]?.source_url).toBeNull();
    expect(goal(11)?.references.every((r) => r.part_year === false)).toBe(true);
    expect(goal(9)?.references.map((r) => [r.indicator, r.value])).toEqual([
      ["markdna_hushall", 2000],
      ["markdna_hushall_mal", 3000],
      ["hushall_totalt", 8855],
    ]);
  });

  it("gives each ended quarter's activities exactly and kits as released counts", () => {
    const small = { value: null, display: "<5" };
    expect(
      promises.trends.map((q) => [
        q.quarter,
        q.info_sessions,
        q.safety_walks,
        q.messages,
        q.lagesbild_weeks,
        q.watch_areas,
        q.kits,
      ]),
    ).toEqual([
      ["2018-Q3", 1, 0, 0, 0, 1, small],
      ["2018-Q4", 0, 0, 0, 0, 1, small],
      ["2019-Q1", 0, 0, 1, 0, 1, small],
      ["2019-Q2", 1, 0, 0, 2, 1, { value: 15, display: "15" }],
      ["2019-Q3", 0, 0, 0, 0, 1, small],
      ["2019-Q4", 0, 2, 0, 0, 1, { value: 5, display: "5" }],
    ]);
    // Alfa's 1 burglary in 2019-Q4, against 3 in 2018-Q4: both under 5.
    expect(promises.trends.at(-1)).toMatchObject({
      burglaries: small,
      burglaries_year_before: small,
    });
  });

  it("names the kinds of invented record in each quarter", () => {
    expect(promises.trends.map((q) => [q.quarter, q.demo])).toEqual([
      // Kits handed out in the quarter (the fixture's: 10 Jun and 31 Dec 2019), burglary quarters
      // that are the quarter or the one a year before, groups counted in the quarter.
      ["2018-Q3", ["watch_groups", "info_sessions"]],
      ["2018-Q4", ["watch_groups", "burglaries"]],
      ["2019-Q1", ["watch_groups", "burglaries", "messages"]],
      ["2019-Q2", ["watch_groups", "info_sessions", "dna_kits", "burglaries", "lagesbild"]],
      ["2019-Q3", ["watch_groups", "burglaries"]],
      ["2019-Q4", ["watch_groups", "safety_walks", "dna_kits", "burglaries"]],
    ]);
    expect(promises.demo).toBe(true);
  });
});
