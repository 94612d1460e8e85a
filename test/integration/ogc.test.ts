// OGC API – Features at /ogc over the hand-made fixture (three 0.01° squares Alfa, Beta, Gamma at
// 13.20–13.23 E, 55.64–55.65 N; five visits, all at 13.205 E 55.645 N), as the public reads it and
// as a logged-in planner does. Every expected value is worked out by hand from test/fixtures/data;
// the test clock is 2026-11-30, so the public figures stand at 2026-10-31.
import { afterAll, describe, expect, it } from "vitest";
import { href, ids, type Link, ogcClient } from "../helpers/ogc.ts";
import { createTestApp } from "../helpers/test-app.ts";

const t = createTestApp();
afterAll(() => t.close());
const { get, items, expect400 } = ogcClient(t, t.as(null));
const planner = ogcClient(t);

describe("landing page, conformance, API description", () => {
  it("links to itself, the API, conformance and the data with absolute URLs", async () => {
    const { res, body } = await get("/ogc");
    expect(res.status).toBe(200);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(href(body.links, "self")).toBe("http://localhost/ogc?f=json");
    expect(href(body.links, "service-desc")).toBe("http://localhost/ogc/api");
    expect(href(body.links, "conformance")).toBe("http://localhost/ogc/conformance");
    expect(href(body.links, "data")).toBe("http://localhost/ogc/collections");
    expect((await get("/ogc?f=json")).res.status).toBe(200);
    await expect400("/ogc?f=html", "f");
  });

  it("declares Core, GeoJSON and OpenAPI 3.0", async () => {
    const { body } = await get("/ogc/conformance");
    expect(body.conformsTo).toEqual([
      "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
      "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
      "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
    ]);
  });

  it("serves an OpenAPI 3.0 document with the limit the server enforces", async () => {
    const res = await t.app.request("/ogc/api");
    expect(res.headers.get("content-type")).toBe("application/vnd.oai.openapi+json;version=3.0");
    const doc = (await res.json()) as {
      openapi: string;
      paths: object;
      components: { parameters: { limit: { schema: object } } };
    };
    expect(doc.openapi).toBe("3.0.3");
    expect(Object.keys(doc.paths)).toContain("/collections/{collectionId}/items");
    expect(doc.components.parameters.limit.schema).toEqual({
      type: "integer",
      minimum: 1,
      maximum: 10000,
      default: 100,
    });
  });
});

describe("collections", () => {
  it("lists the three public ones to the public, with their extents and item links", async () => {
    const { body } = await get("/ogc/collections");
    const list = body.collections as Record<string, unknown>[];
    expect(list.map((c) => c.id)).toEqual(["areas", "activity", "sessions"]);
    const [areas, activity, sessions] = list;
    expect(areas?.itemType).toBe("feature");
    expect(areas?.extent).toEqual({
      spatial: {
        bbox: [[13.2, 55.64, 13.23, 55.65]],
        crs: "http://www.opengis.net/def/crs/OGC/1.3/CRS84",
      },
    });
    // Sessions and walks in Alfa (2018-09, 2019-06, 2019-10) and Beta (2019-12); never the
    // contact-person meeting of 2018-03.
    expect(activity?.extent).toEqual({
      spatial: {
        bbox: [[13.2, 55.64, 13.22, 55.65]],
        crs: "http://www.opengis.net/def/crs/OGC/1.3/CRS84",
      },
      temporal: {
        interval: [["2018-09-01T00:00:00Z", "2019-12-31T23:59:59Z"]],
        trs: "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian",
      },
    });
    expect(sessions?.extent).toEqual({}); // no session is announced
    const links = activity?.links as Link[];
    expect(links.find((l) => l.rel === "items" && l.type === "application/geo+json")?.href).toBe(
      "http://localhost/ogc/collections/activity/items?f=geojson",
    );
  });

  it("adds the planning collections for a logged-in planner", async () => {
    const { body } = await planner.get("/ogc/collections");
    expect((body.collections as { id: string }[]).map((c) => c.id)).toEqual([
      "areas",
      "activity",
      "sessions",
      "planning_areas",
      "planning_visits",
    ]);
  });

  it("serves one collection, and 404s an unknown one in both error formats", async () => {
    expect((await get("/ogc/collections/areas")).body.title).toBe(
      "Bostadsområden (öppna uppgifter)",
    );
    const { res, body } = await get("/ogc/collections/burglaries");
    expect(res.status).toBe(404);
    expect(body).toMatchObject({
      code: "NotFound",
      description: "No collection 'burglaries'",
      error: { code: "not_found", fields: [{ field: "collectionId" }] },
    });
  });
});

describe("public areas and activity items", () => {
  it("are the three areas as they stood at the public cut-off, in public classes only", async () => {
    const fc = await items("/ogc/collections/areas/items");
    expect(fc.type).toBe("FeatureCollection");
    expect([fc.numberMatched, fc.numberReturned, fc.timeStamp]).toEqual([
      3,
      3,
      "2026-11-30T12:00:00.000Z",
    ]);
    expect(ids(fc)).toEqual(["12300001", "12300002", "12300003"]);
    // Alfa: groups 1 and 2 active, kits 10 + 15 of 200 households = 12.5 %.
    expect(fc.features.map((f) => f.properties)).toEqual([
      {
        id: "12300001",
        name: "Alfa",
        locality: "Staffanstorp",
        kommun: "1230",
        kommun_name: "Staffanstorp",
        watch: "active",
        dna_uptake_class: "10–25 %",
        as_of: "2026-10-31",
        demo: true,
      },
      // Beta: group 5 active since 2020; 5 kits of 100 households.
      {
        id: "12300002",
        name: "Beta",
        locality: "Staffanstorp",
        kommun: "1230",
        kommun_name: "Staffanstorp",
        watch: "active",
        dna_uptake_class: "<10 %",
        as_of: "2026-10-31",
        demo: true,
      },
      {
        id: "12300003",
        name: "Gamma",
        locality: "Landsbygd",
        kommun: "1230",
        kommun_name: "Staffanstorp",
        watch: "invitation",
        dna_uptake_class: "<10 %",
        as_of: "2026-10-31",
        demo: false,
      },
    ]);
  });

  it("count sessions and walks per area and month, filtered by the month", async () => {
    const fc = await items("/ogc/collections/activity/items");
    expect(
      fc.features.map((f) => [f.id, f.properties.info_sessions, f.properties.safety_walks]),
    ).toEqual([
      ["12300001-2018-09", 1, 0],
      ["12300001-2019-06", 1, 0],
      ["12300001-2019-10", 0, 1],
      ["12300002-2019-12", 0, 1],
    ]);
    const late = await items(
      `/ogc/collections/activity/items?datetime=${encodeURIComponent("2019-10-31T23:00:00Z/..")}`,
    );
    expect(ids(late)).toEqual(["12300001-2019-10", "12300002-2019-12"]);
  });

  it("give the planner the planning areas with every figure of the last 12 months of data", async () => {
    const fc = await planner.items("/ogc/collections/planning_areas/items");
    // Alfa: groups 1+2 active (60+30 of 200 households), kits 10+15 of 200, visits 2019-06-10
    // and 2019-10-01, burglaries 2019-Q1 (2) and 2019-Q4 (1).
    expect(fc.features[0]?.properties).toMatchObject({
      id: "12300001",
      households: 200,
      households_method: "fixture",
      watch_status: "active",
      watch_coverage: 0.45,
      dna_uptake: 0.125,
      visits: 2,
      last_visit: "2019-10-01",
      burglaries: 3,
      period_from: "2019-01-01",
      period_to: "2019-12-31",
      demo: true,
    });
  });

  it("filter by bbox: a box inside Beta, and one touching the Alfa–Beta edge", async () => {
    expect(
      ids(await items("/ogc/collections/areas/items?bbox=13.215,55.641,13.216,55.642")),
    ).toEqual(["12300002"]);
    expect(
      ids(await items("/ogc/collections/areas/items?bbox=13.205,55.641,13.21,55.642")),
    ).toEqual(["12300001", "12300002"]);
    expect((await items("/ogc/collections/areas/items?bbox=14,56,15,57")).numberMatched).toBe(0);
  });

  it("accept datetime but are not filtered by it: areas have no time", async () => {
    expect((await items("/ogc/collections/areas/items?datetime=1999-01-01")).numberMatched).toBe(3);
  });

  it("page with next and prev links that carry the filters", async () => {
    const first = await items("/ogc/collections/areas/items?limit=1&bbox=13,55,14,56");
    expect([ids(first), first.numberMatched, first.numberReturned]).toEqual([["12300001"], 3, 1]);
    expect(href(first.links, "prev")).toBeUndefined();
    const next = href(first.links, "next") ?? "";
    expect(next).toBe(
      "http://localhost/ogc/collections/areas/items?bbox=13%2C55%2C14%2C56&limit=1&offset=1&f=geojson",
    );
    const second = await items(next.replace("http://localhost", ""));
    expect(ids(second)).toEqual(["12300002"]);
    expect(href(second.links, "prev")).toBe(
      "http://localhost/ogc/collections/areas/items?bbox=13%2C55%2C14%2C56&limit=1&f=geojson",
    );
    const last = await items("/ogc/collections/areas/items?limit=1&offset=2");
    expect([ids(last), href(last.links, "next")]).toEqual([["12300003"], undefined]);
    expect(href(last.links, "alternate")).toBe(
      "http://localhost/ogc/collections/areas/items?limit=1&offset=2&f=json",
    );
    expect(ids(await items("/ogc/collections/areas/items?offset=5"))).toEqual([]);
  });
});
