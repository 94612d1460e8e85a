import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type AreaShape, createPlaces } from "../recording/places.ts";
import { readCsv } from "./csv.ts";
import { type PrepareOptions, prepareImport, type RowError } from "./rows.ts";

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

function prepare(
  kind: "visits" | "watch-groups" | "dna-kits",
  csv: string,
  options: PrepareOptions = {},
) {
  const read = readCsv(new TextEncoder().encode(csv));
  if (!read.ok) throw new Error(read.error.message);
  return prepareImport(kind, read.table, places, options);
}

const brief = (errors: RowError[]) => errors.map((e) => [e.line, e.field, e.code, e.params]);

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
        given: ["kind", "date", "lon", "lat", "topic", "organisers"],
      },
    ]);
  });

  it("names every bad cell by the file's header and line", () => {
    const plan = prepare(
      "dna-kits",
      "Område;Datum;Antal\nAlfa;2019-01-01;3\nNowhere;31/2/2019;0\nbeta;;2\n",
    );
    expect(plan.records.map((r) => r.line)).toEqual([2]);
    expect(brief(plan.errors)).toEqual([
      [3, "Datum", "not_date", { value: "'31/2/2019'" }],
      [3, "Område", "no_area", { value: "'Nowhere'" }],
      [3, "Antal", "at_least", { min: 1 }],
      [4, "Datum", "empty", {}],
    ]);
    expect(plan.errors[1]?.message).toBe("no area with id or name 'Nowhere'");
  });

  it("refuses unknown, repeated and missing columns on line 1, and the rows' problems with them", () => {
    const plan = prepare("watch-groups", "område,namn,färg,område\nNowhere,Norra,röd,Alfa\n");
    expect(brief(plan.errors)).toEqual([
      [1, "färg", "unknown_column", {}],
      [1, "område", "second_column", { column: "Område", column_en: "Area" }],
      [1, "Status", "missing_column", { column: "Status", column_en: "Status" }],
      [1, "Hushåll", "missing_column", { column: "Hushåll", column_en: "Households" }],
      [1, "Startdatum", "missing_column", { column: "Startdatum", column_en: "Start date" }],
      // The row is checked too, but not for the missing columns' fields.
      [2, "område", "no_area", { value: "'Nowhere'" }],
    ]);
  });

  it("reports a point outside every area on its lon and lat columns", () => {
    const plan = prepare("visits", "typ,datum,lon,lat,ämne\ninfo,2019-01-01,13.3,55.645,annat\n");
    expect(plan.errors.map((e) => [e.field, e.code])).toEqual([
      ["lon", "outside_areas"],
      ["lat", "outside_areas"],
    ]);
  });

  it("refuses a point far outside the kommun", () => {
    const plan = prepare("visits", "typ,datum,lon,lat,ämne\ninfo,2019-01-01,14.5,55.6,annat\n");
    expect(brief(plan.errors)).toEqual([
      [2, "lon", "far_outside", { point: "14.5, 55.6", km: 80 }],
    ]);
  });

  it("warns when the point lies in another area than the one named; the point decides unless told", () => {
    const csv = "typ;datum;område;lon;lat\nkontaktmöte;2019-01-01;Alfa;13,215;55,645\n";
    const byPoint = prepare("visits", csv);
    expect(byPoint.errors).toEqual([]);
    expect(brief(byPoint.warnings)).toEqual([
      [2, "område", "point_in_other_area", { found: "Beta", named: "Alfa" }],
    ]);
    expect(byPoint.records[0]?.area_id).toBe("12300002");
    expect(prepare("visits", csv, { place: "area" }).records[0]?.area_id).toBe("12300001");
  });

  it("reads a walk with kits 0, and refuses kits on a walk", () => {
    const plan = prepare(
      "visits",
      "typ;datum;område;märk-DNA-kit\ntrygghetsvandring;2019-01-01;Alfa;0\ntrygghetsvandring;2019-01-02;Alfa;3\n",
    );
    expect(plan.records.map((r) => r.line)).toEqual([2]);
    expect(brief(plan.errors)).toEqual([[3, "märk-DNA-kit", "walk_kits", {}]]);
  });

  it("takes the topic from the kind's cell, and says when it contradicts the topic column", () => {
    const plan = prepare(
      "visits",
      "typ;datum;område;ämne\nInformationsmöte grannsamverkan;2019-01-01;Alfa;\nInformationsmöte grannsamverkan;2019-01-01;Alfa;märk-DNA\n",
    );
    expect(plan.records[0]?.data).toMatchObject({ kind: "info_session", topic: "grannsamverkan" });
    expect(brief(plan.errors)).toEqual([
      [3, "ämne", "kind_topic_conflict", { topic: "grannsamverkan", other: "märk-DNA" }],
    ]);
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
    expect(brief(plan.errors)).toEqual([[2, "lon", "sweref", { value: "387000, 6165000" }]]);
  });

  it("cuts a long unknown header in the answer", () => {
    const plan = prepare(
      "dna-kits",
      `område;datum;antal;${"x".repeat(500)}\n12300001;2019-03-01;2;\n`,
    );
    expect(plan.errors.map((e) => e.field)).toEqual([`${"x".repeat(60)}…`]);
  });
});
