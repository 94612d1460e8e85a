// OGC API – Features at /ogc over the hand-made fixture (three 0.01° squares Alfa, Beta, Gamma at
// 13.20–13.23 E, 55.64–55.65 N; five visits, all at 13.205 E 55.645 N). Every expected value is
// worked out by hand from test/fixtures/data.
import { afterAll, describe, expect, it } from "vitest";
import { href, ids, type Link, ogcClient } from "../helpers/ogc.ts";
import { createTestApp } from "../helpers/test-app.ts";

const t = createTestApp();
afterAll(() => t.close());
const { get, items, expect400 } = ogcClient(t);

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
  it("describes both with their extents and item links", async () => {
    const { body } = await get("/ogc/collections");
    const [areas, visits] = body.collections as Record<string, unknown>[];
    expect(areas?.id).toBe("areas");
    expect(areas?.itemType).toBe("feature");
    expect(areas?.extent).toEqual({
      spatial: {
        bbox: [[13.2, 55.64, 13.23, 55.65]],
        crs: "http://www.opengis.net/def/crs/OGC/1.3/CRS84",
      },
    });
    expect(visits?.extent).toEqual({
      spatial: {
        bbox: [[13.205, 55.645, 13.205, 55.645]],
        crs: "http://www.opengis.net/def/crs/OGC/1.3/CRS84",
      },
      temporal: {
        interval: [["2018-03-01T00:00:00Z", "2019-12-31T23:59:59Z"]],
        trs: "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian",
      },
    });
    const links = visits?.links as Link[];
    expect(links.find((l) => l.rel === "items" && l.type === "application/geo+json")?.href).toBe(
      "http://localhost/ogc/collections/visits/items?f=geojson",
    );
  });

  it("serves one collection, and 404s an unknown one in both error formats", async () => {
    expect((await get("/ogc/collections/areas")).body.title).toBe("Bostadsområden");
    const { res, body } = await get("/ogc/collections/burglaries");
    expect(res.status).toBe(404);
    expect(body).toMatchObject({
      code: "NotFound",
      description: "No collection 'burglaries'",
      error: { code: "not_found", fields: [{ field: "collectionId" }] },
    });
  });
});

describe("areas items", () => {
  it("are the three areas with public figures for 2019 and no burglaries", async () => {
    const fc = await items("/ogc/collections/areas/items");
    expect(fc.type).toBe("FeatureCollection");
    expect([fc.numberMatched, fc.numberReturned, fc.timeStamp]).toEqual([
      3,
      3,
      "2026-11-30T12:00:00.000Z",
    ]);
    expect(ids(fc)).toEqual(["12300001", "12300002", "12300003"]);
    // Alfa: groups 1+2 active (60+30 of 200 households), kits 10+15 of 200, visits 2019-06-10 and 2019-10-01.
    expect(fc.features[0]?.properties).toEqual({
      id: "12300001",
      name: "Alfa",
      locality: "Staffanstorp",
      households: 200,
      households_method: "fixture",
      watch_status: "active",
      watch_coverage: 0.45,
      dna_uptake: 0.125,
      visits: 2,
      last_visit: "2019-10-01",
      period_from: "2019-01-01",
      period_to: "2019-12-31",
      demo: true,
    });
    expect(fc.features[2]?.properties).toMatchObject({
      watch_status: "none",
      visits: 0,
      last_visit: null,
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
