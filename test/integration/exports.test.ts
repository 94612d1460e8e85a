// /api/exports over the fixture: files for Swedish Excel (semicolons, BOM, CRLF, decimal commas,
// formulas neutralised) and GeoJSON for GIS, with no contact person in any of them.
import { afterAll, describe, expect, it } from "vitest";
import type { AreaCollection } from "../../server/areas/types.ts";
import { createTestApp } from "../helpers/test-app.ts";

const t = createTestApp();
afterAll(() => t.close());

const PERSONAL = /Kontakt Person|example\.se|070-174/;

async function get(path: string) {
  const res = await t.app.request(`/api/exports/${path}`);
  // Keep the BOM: Response.text() would drop it, and it is part of what is checked.
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await res.arrayBuffer());
  return { res, text };
}

describe("GET /api/exports/areas.csv", () => {
  it("writes every area's figures for the period as Swedish Excel reads them", async () => {
    const { res, text } = await get("areas.csv");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe(
      'attachment; filename="grannkoll-omraden-2019-01-01--2019-12-31.csv"',
    );
    expect(text.startsWith("\uFEFFområde;namn;tätort;")).toBe(true);
    const lines = text.slice(1).split("\r\n");
    expect(lines).toHaveLength(5); // header, three areas, and the final CRLF
    expect(lines[1]).toBe(
      "12300001;Alfa;Staffanstorp;200;fixture;450;0,7;aktiv;2;90;0,45;25;0,125;2;2019-10-01;3;ja;2019-01-01;2019-12-31",
    );
    expect(lines[3]).toMatch(/^12300003;Gamma;Landsbygd;50;fixture;;0,7;ingen;0;0;0;0;0;0;;0;ja;/);
    expect(text).not.toMatch(PERSONAL);
  });

  it("exports only the selected areas", async () => {
    const { text } = await get("areas.csv?ids=12300003,12300002");
    expect(
      text
        .split("\r\n")
        .slice(1, -1)
        .map((l) => l.split(";")[0]),
    ).toEqual(["12300002", "12300003"]);
  });

  it.each([
    ["areas.csv?ids=12300001,nope", "ids"],
    ["areas.csv?ids=", "ids"],
    ["areas.csv?to=2019-02-30", "to"],
    ["areas.geojson?from=2020-01-01&to=2019-01-01", "from"],
    ["visits.csv?kind=party", "kind"],
  ])("refuses %s naming %s", async (path, field) => {
    const { res, text } = await get(path);
    expect(res.status).toBe(400);
    const body = JSON.parse(text) as { error: { fields: { field: string }[] } };
    expect(body.error.fields.map((f) => f.field)).toContain(field);
  });
});

describe("GET /api/exports/areas.geojson", () => {
  it("is the map's FeatureCollection for the selection", async () => {
    const { res, text } = await get("areas.geojson?ids=12300001&to=2018-12-31");
    expect(res.headers.get("content-type")).toBe("application/geo+json; charset=utf-8");
    const fc = JSON.parse(text) as AreaCollection;
    expect(fc.period).toEqual({ from: "2018-01-01", to: "2018-12-31" });
    expect(fc.features).toHaveLength(1);
    expect(fc.features[0]?.geometry.type).toBe("Polygon");
    expect(fc.features[0]?.properties).toMatchObject({
      id: "12300001",
      watch_households: 60,
      visits: 1,
    });
    expect(text).not.toMatch(PERSONAL);
  });
});

describe("GET /api/exports/visits.csv", () => {
  it("neutralises cells that a spreadsheet would run as formulas", async () => {
    const res = await t.app.request("/api/visits", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        kind: "info_session",
        date: "2019-11-20",
        area_id: "12300003",
        topic: "other",
        notes: '=HYPERLINK("http://x.example";"klicka")',
      }),
    });
    expect(res.status).toBe(201);
    const { text } = await get("visits.csv?area_id=12300003");
    expect(text.split("\r\n")[1]).toBe(
      `6;informationsträff;2019-11-20;12300003;Gamma;annat;;;0;;;;;"'=HYPERLINK(""http://x.example"";""klicka"")";nej`,
    );
  });

  it("lists the visits with Swedish values, in columns the import reads back", async () => {
    const { res, text } = await get("visits.csv?from=2019-01-01&to=2019-12-31");
    expect(res.headers.get("content-disposition")).toContain(
      "grannkoll-besok-2019-01-01--2019-12-31.csv",
    );
    const lines = text.slice(1).split("\r\n");
    expect(lines[0]).toBe(
      "id;typ;datum;område;områdesnamn;ämne;arrangörer;deltagare;märk-DNA-satser;medverkande;lon;lat;öppna fynd;anteckningar;demodata",
    );
    expect(lines).toContain(
      "2;informationsträff;2019-06-10;12300001;Alfa;märk-DNA;polis, kommun;40;15;;13,205;55,645;;;ja",
    );
    expect(text).not.toMatch(PERSONAL);
    const preview = await t.app.request("/api/imports/visits/preview", {
      method: "POST",
      body: text,
    });
    expect(await preview.json()).toMatchObject({ rows: 4, valid: 4, error_count: 0 });
  });
});
