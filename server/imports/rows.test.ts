import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type AreaShape, createPlaces } from "../recording/places.ts";
import { readCsv } from "./csv.ts";
import { prepareImport } from "./rows.ts";

// The fixture's areas: Alfa lon 13.20–13.21, Beta 13.21–13.22, Gamma 13.22–13.23, lat 55.64–55.65.
const fixture = JSON.parse(
  readFileSync(
    join(import.meta.dirname, "..", "..", "test", "fixtures", "data", "areas.geojson"),
    "utf8",
  ),
) as { features: { properties: { id: string; name: string }; geometry: AreaShape["geometry"] }[] };
const places = createPlaces(
  fixture.features.map((f) => ({
    id: f.properties.id,
    name: f.properties.name,
    geometry: f.geometry,
  })),
);

function prepare(kind: "visits" | "watch-groups" | "dna-kits", csv: string) {
  const read = readCsv(new TextEncoder().encode(csv));
  if (!read.ok) throw new Error(read.error.message);
  return prepareImport(kind, read.table, places);
}

describe("prepareImport", () => {
  it("turns rows into the API's records, placing points by point-in-polygon", () => {
    const plan = prepare(
      "visits",
      "typ;datum;lon;lat;ämne;arrangörer\ninformationsmöte;5.11.2019;13,215;55,645;märk-DNA;polis, kommun\n",
    );
    expect(plan.errors).toEqual([]);
    expect(plan.records).toEqual([
      {
        line: 2,
        area_id: "12300002",
        area_name: "Beta",
        data: {
          kind: "info_session",
          date: "2019-11-05",
          lon: 13.215,
          lat: 55.645,
          topic: "markdna",
          organisers: ["police", "municipality"],
        },
      },
    ]);
  });

  it("names every bad cell by the file's header and line", () => {
    const plan = prepare(
      "dna-kits",
      "Område;Datum;Antal\nAlfa;2019-01-01;3\nNowhere;31/2/2019;0\nbeta;;2\n",
    );
    expect(plan.records.map((r) => r.line)).toEqual([2]);
    expect(plan.errors).toEqual([
      { line: 3, field: "Datum", message: expect.stringMatching(/'31\/2\/2019' is not a date/) },
      { line: 3, field: "Område", message: "no area with id or name 'Nowhere'" },
      { line: 3, field: "Antal", message: "must be at least 1" },
      { line: 4, field: "Datum", message: "is empty" },
    ]);
  });

  it("refuses unknown, repeated and missing columns on line 1", () => {
    const plan = prepare("watch-groups", "område,namn,färg,område\n");
    expect(plan.errors.map((e) => [e.line, e.field, e.message.split(";")[0]])).toEqual([
      [1, "färg", "unknown column"],
      [1, "område", "a second column for area"],
      [1, "status", "required column is missing"],
      [1, "hushåll", "required column is missing"],
      [1, "startdatum", "required column is missing"],
    ]);
  });

  it("reports a point outside every area on its lon and lat columns", () => {
    const plan = prepare("visits", "typ,datum,lon,lat,ämne\ninfo,2019-01-01,14.5,55.6,annat\n");
    expect(plan.errors.map((e) => e.field)).toEqual(["lon", "lat"]);
  });

  it("reads past the columns of Grannkoll's own visits export", () => {
    const plan = prepare(
      "visits",
      "id;typ;datum;område;områdesnamn;öppna fynd;demodata\n7;trygghetsvandring;2019-05-01;12300001;Alfa;2;nej\n",
    );
    expect(plan.errors).toEqual([]);
    expect(plan.records[0]?.data).toEqual({
      kind: "safety_walk",
      date: "2019-05-01",
      area_id: "12300001",
    });
  });
});

describe("prepareImport: coordinates that are not WGS 84", () => {
  it("says a point in metres looks like SWEREF 99 TM, not only that it is in no area", () => {
    const plan = prepare(
      "visits",
      "typ;datum;lon;lat\ncontact_meeting;2019-05-14;387000;6165000\n",
    );
    expect(plan.records).toEqual([]);
    expect(plan.errors[0]).toEqual({
      line: 2,
      field: "lon",
      message:
        "[387000, 6165000] looks like SWEREF 99 TM (easting, northing in metres); give WGS 84 degrees (e.g. 13.2, 55.64), not SWEREF 99 TM metres",
    });
  });

  it("cuts a long unknown header in the answer", () => {
    const plan = prepare(
      "dna-kits",
      `område;datum;antal;${"x".repeat(500)}\n12300001;2019-03-01;2;\n`,
    );
    expect(plan.errors.map((e) => e.field)).toEqual([`${"x".repeat(60)}…`]);
  });
});
