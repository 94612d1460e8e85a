// /api/areas over the hand-made fixture: every figure below is computed by hand from
// test/fixtures/data/demo-activity.json.
import { afterAll, describe, expect, it } from "vitest";
import type { AreaCollection, AreaDetail, AreaProperties } from "../../server/areas/types.ts";
import { createTestApp } from "../helpers/test-app.ts";

const t = createTestApp();
afterAll(() => t.close());

async function areas(query = ""): Promise<AreaCollection> {
  const res = await t.app.request(`/api/areas${query}`);
  expect(res.status).toBe(200);
  return (await res.json()) as AreaCollection;
}

function byName(fc: AreaCollection, name: string): AreaProperties {
  const f = fc.features.find((x) => x.properties.name === name);
  if (!f) throw new Error(`no area ${name}`);
  return f.properties;
}

describe("GET /api/areas", () => {
  it("is a GeoJSON FeatureCollection with one feature per area", async () => {
    const fc = await areas();
    expect(fc.type).toBe("FeatureCollection");
    expect(fc.features.map((f) => f.id)).toEqual(["12300001", "12300002", "12300003"]);
    expect(fc.features[0]?.geometry.type).toBe("Polygon");
    expect(fc.features[0]?.properties.id).toBe("12300001");
    expect(fc.demo).toBe(true);
  });

  it("defaults to the last twelve months of data", async () => {
    const fc = await areas();
    expect(fc.period).toEqual({ from: "2019-01-01", to: "2019-12-31" });
  });

  it("joins groups, kits, visits and burglaries for the default period", async () => {
    const fc = await areas();
    expect(byName(fc, "Alfa")).toEqual({
      id: "12300001",
      name: "Alfa",
      locality: "Staffanstorp",
      households: 200,
      households_method: "fixture",
      eligible_voters: 450,
      area_km2: 0.7,
      kommun: "1230",
      kommun_name: "Staffanstorp",
      watch_status: "active",
      watch_groups: 2,
      watch_households: 90,
      watch_coverage: 0.45,
      dna_households: 25,
      dna_uptake: 0.125,
      visits: 2,
      last_visit: "2019-10-01",
      days_since_last_visit: 91,
      burglaries: 3,
      demo: true,
    });
    expect(byName(fc, "Beta")).toMatchObject({
      watch_status: "starting",
      watch_groups: 1,
      watch_households: 0,
      watch_coverage: 0,
      dna_households: 5,
      dna_uptake: 0.05,
      visits: 1,
      last_visit: "2019-12-31",
      days_since_last_visit: 0,
      burglaries: 4,
    });
    expect(byName(fc, "Gamma")).toMatchObject({
      watch_status: "none",
      watch_groups: 0,
      watch_coverage: 0,
      dna_uptake: 0,
      visits: 0,
      last_visit: null,
      days_since_last_visit: null,
      burglaries: 0,
    });
  });

  it("limits visits and burglaries to a chosen period and counts stocks at its end", async () => {
    const fc = await areas("?from=2018-01-01&to=2018-12-31");
    expect(fc.period).toEqual({ from: "2018-01-01", to: "2018-12-31" });
    expect(byName(fc, "Alfa")).toMatchObject({
      watch_status: "active",
      watch_households: 60,
      watch_coverage: 0.3,
      dna_households: 10,
      visits: 1,
      last_visit: "2018-09-12",
      days_since_last_visit: 110,
      burglaries: 3,
    });
    expect(byName(fc, "Beta")).toMatchObject({
      watch_status: "none",
      dna_households: 0,
      visits: 1,
      last_visit: "2018-03-01",
      days_since_last_visit: 305,
      burglaries: 0,
    });
  });

  it("counts a group from its start date", async () => {
    const fc = await areas("?to=2020-03-31");
    expect(fc.period).toEqual({ from: "2019-04-01", to: "2020-03-31" });
    expect(byName(fc, "Beta")).toMatchObject({
      watch_status: "active",
      watch_households: 25,
      watch_coverage: 0.25,
    });
  });

  it("never carries contact persons", async () => {
    const res = await t.app.request("/api/areas");
    const text = await res.text();
    expect(text).not.toMatch(/Kontakt Person|example\.se|070-174/);
    expect(text).not.toContain("contact");
  });
});

describe("bad query input", () => {
  const cases: [string, string][] = [
    ["?from=2019-13-01", "from"],
    ["?from=yesterday", "from"],
    ["?to=2019-02-30", "to"],
    ["?from=2019-06-01&to=2019-05-31", "from"],
    ["?colour=red", "colour"],
    ["?from=2019-01-01&from=2019-02-01", "from"],
  ];
  it.each(cases)("%s → 400 naming %s", async (query, field) => {
    const res = await t.app.request(`/api/areas${query}`);
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    const body = (await res.json()) as { error: { code: string; fields: { field: string }[] } };
    expect(body.error.code).toBe("invalid_query");
    expect(body.error.fields.map((f) => f.field)).toContain(field);
  });
});

describe("GET /api/areas/:id", () => {
  it("gives the area with its visits newest first and its groups without contacts", async () => {
    const res = await t.app.request("/api/areas/12300001");
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).not.toMatch(/Kontakt Person|example\.se|070-174|contact/);
    const detail = JSON.parse(text) as AreaDetail;
    expect(detail.area.watch_coverage).toBe(0.45);
    expect(detail.visits.map((v) => [v.id, v.date, v.in_period, v.kits])).toEqual([
      [3, "2019-10-01", true, 0],
      [2, "2019-06-10", true, 15],
      [1, "2018-09-12", false, 0],
    ]);
    expect(detail.visits[1]?.organisers).toEqual(["police", "municipality"]);
    expect(detail.watch_groups.map((g) => [g.id, g.status, g.households])).toEqual([
      [1, "active", 60],
      [2, "active", 30],
      [3, "inactive", 20],
    ]);
    expect(detail.burglaries_by_quarter).toEqual([
      { quarter: "2019-Q1", count: 2 },
      { quarter: "2019-Q4", count: 1 },
    ]);
  });

  it("answers an unknown id with a JSON 404", async () => {
    const res = await t.app.request("/api/areas/99999999");
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      error: { code: "not_found", message: "No area with id '99999999'" },
    });
  });

  it("validates the period there too", async () => {
    const res = await t.app.request("/api/areas/12300001?to=nope");
    expect(res.status).toBe(400);
  });
});
