// The shipped data set through the real app: the 17 real areas, the real voter counts, and the
// API's joins checked against figures recomputed here straight from data/demo-activity.json.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { AreaCollection, AreaDetail } from "../../server/areas/types.ts";
import type { ActivityFile } from "../../server/db/seed-schema.ts";
import { createTestApp, EMBEDDED_DATA } from "../helpers/test-app.ts";

const t = createTestApp(EMBEDDED_DATA);
afterAll(() => t.close());
const activity = JSON.parse(
  readFileSync(join(EMBEDDED_DATA, "demo-activity.json"), "utf8"),
) as ActivityFile;

async function get<T>(path: string): Promise<T> {
  const res = await t.app.request(path);
  expect(res.status).toBe(200);
  return (await res.json()) as T;
}

describe("the embedded areas", () => {
  it("are the 17 valdistrikt of Staffanstorp with their real names and voter counts", async () => {
    const fc = await get<AreaCollection>("/api/areas");
    expect(fc.features).toHaveLength(17);
    const names = fc.features
      .map((f) => f.properties.name)
      .sort((a, b) => a.localeCompare(b, "sv"));
    expect(names).toEqual([
      "Annero",
      "Aspvägen",
      "Borggård",
      "Bråhög",
      "Central Norra",
      "Central Södra",
      "Hagalid",
      "Hjärup Norra",
      "Hjärup Södra",
      "Jakriborg",
      "Kyrkbyn",
      "Kyrkheddinge",
      "Mellanvången",
      "Stanstorp",
      "Tottarp",
      "Uppåkra",
      "Vikhem",
    ]);
    const voters = (name: string) =>
      fc.features.find((f) => f.properties.name === name)?.properties.eligible_voters;
    // Valmyndigheten, kommunval 2022: the smallest and the largest district.
    expect(voters("Stanstorp")).toBe(896);
    expect(voters("Vikhem")).toBe(1383);
    expect(fc.features.reduce((s, f) => s + (f.properties.eligible_voters ?? 0), 0)).toBe(19_429);
    // Households are SCB's 11 200 dwellings (DeSO 2025) apportioned, so the total is kept exactly.
    expect(fc.features.reduce((s, f) => s + f.properties.households, 0)).toBe(11_200);
  });

  it("has WGS84 polygons inside Staffanstorp's bounding box", async () => {
    const fc = await get<AreaCollection>("/api/areas");
    for (const f of fc.features) {
      const ring =
        f.geometry.type === "Polygon" ? f.geometry.coordinates[0] : f.geometry.coordinates[0]?.[0];
      for (const [lon, lat] of ring ?? []) {
        expect(lon).toBeGreaterThan(13.0);
        expect(lon).toBeLessThan(13.4);
        expect(lat).toBeGreaterThan(55.55);
        expect(lat).toBeLessThan(55.75);
      }
    }
  });

  it("is demo data, and some areas have no active grannsamverkan", async () => {
    const fc = await get<AreaCollection>("/api/areas");
    expect(fc.demo).toBe(true);
    const none = fc.features.filter((f) => f.properties.watch_status === "none");
    const active = fc.features.filter((f) => f.properties.watch_status === "active");
    expect(none.length).toBeGreaterThanOrEqual(3);
    expect(active.length).toBeGreaterThanOrEqual(5);
  });
});

describe("the joins, recomputed from the demo file", () => {
  const period = { from: "2019-01-01", to: "2019-12-31" };

  it.each(["Borggård", "Hjärup Norra", "Tottarp", "Central Norra"])(
    "match for %s",
    async (name) => {
      const fc = await get<AreaCollection>("/api/areas");
      const p = fc.features.find((f) => f.properties.name === name)?.properties;
      if (!p) throw new Error(`no area ${name}`);
      const id = p.id;
      const groups = activity.watch_groups.filter(
        (g) => g.area_id === id && g.started_on <= period.to,
      );
      const activeHouseholds = groups
        .filter((g) => g.status === "active")
        .reduce((s, g) => s + g.households, 0);
      const kits = activity.dna_kits
        .filter((k) => k.area_id === id && k.handed_out_on <= period.to)
        .reduce((s, k) => s + k.kits, 0);
      const visits = activity.visits.filter((v) => v.area_id === id && v.date <= period.to);
      const inPeriod = visits.filter((v) => v.date >= period.from);
      const last =
        visits
          .map((v) => v.date)
          .sort()
          .at(-1) ?? null;
      const quarters = ["2019-Q1", "2019-Q2", "2019-Q3", "2019-Q4"];
      const burglaries = activity.burglaries
        .filter((b) => b.area_id === id && quarters.includes(b.quarter))
        .reduce((s, b) => s + b.count, 0);

      expect(p.watch_households).toBe(Math.min(activeHouseholds, p.households));
      expect(p.dna_households).toBe(Math.min(kits, p.households));
      expect(p.watch_coverage).toBeCloseTo(
        Math.min(activeHouseholds, p.households) / p.households,
        4,
      );
      expect(p.visits).toBe(inPeriod.length);
      expect(p.last_visit).toBe(last);
      expect(p.burglaries).toBe(burglaries);

      const detail = await get<AreaDetail>(`/api/areas/${id}`);
      expect(detail.visits.map((v) => v.date)).toEqual(
        visits
          .map((v) => v.date)
          .sort()
          .reverse(),
      );
      expect(detail.watch_groups).toHaveLength(groups.length);
    },
  );
});
