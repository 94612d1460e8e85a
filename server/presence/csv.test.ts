import { describe, expect, it } from "vitest";
import { readCsv } from "./csv.ts";
import { parseRoute, rowToDraft } from "./csv-row.ts";

const ms = (s: string) => Date.parse(s);

describe("readCsv", () => {
  it("reads commas or semicolons, with or without a BOM, and Swedish headers", () => {
    const comma = readCsv(
      "starts_at,ends_at,actor,kind,area_id\n2019-02-15 21:30,2019-02-15 22:00,police,car,1\n",
    );
    const semi = readCsv(
      "\uFEFFFrån;Till;Aktör;Typ;Område\r\n2019-02-15 21:30;2019-02-15 22:00;polis;bil;1\r\n",
    );
    for (const r of [comma, semi]) {
      expect(r.ok).toBe(true);
      if (!r.ok) continue;
      expect(r.rows).toEqual([
        {
          line: 2,
          values: {
            starts_at: "2019-02-15 21:30",
            ends_at: "2019-02-15 22:00",
            actor: expect.any(String),
            kind: expect.any(String),
            area_id: "1",
          },
        },
      ]);
    }
  });

  it("reads a Windows-1252 file as Excel on Swedish Windows saves it", () => {
    // "Från;Till;Aktör;Typ;Område;Anteckningar" and a row with å, ä, ö: one byte each.
    const text =
      "Från;Till;Aktör;Typ;Område;Anteckningar\r\n2019-02-15 21:30;2019-02-15 22:00;Polis;Till fots;1;Åby, Ängen, Öster\r\n";
    const bytes = new Uint8Array(Buffer.from(text, "latin1"));
    expect(bytes).toHaveLength(text.length); // no UTF-8 multi-byte sequences
    const r = readCsv(bytes);
    expect(r).toEqual({
      ok: true,
      encoding: "windows-1252",
      delimiter: ";",
      errors: [],
      rows: [
        {
          line: 2,
          values: {
            starts_at: "2019-02-15 21:30",
            ends_at: "2019-02-15 22:00",
            actor: "Polis",
            kind: "Till fots",
            area_id: "1",
            notes: "Åby, Ängen, Öster",
          },
        },
      ],
    });
    // The same file in UTF-8 with a BOM reads the same.
    const utf8 = readCsv(new TextEncoder().encode(`\uFEFF${text}`));
    expect(utf8.ok && utf8.encoding).toBe("utf-8");
    expect(utf8.ok && utf8.rows).toEqual(r.ok && r.rows);
  });

  it("skips rows of only separators, as Excel leaves at the end of a sheet", () => {
    const r = readCsv(
      "starts_at;ends_at;actor;kind;area_id\n2019-02-15 21:30;2019-02-15 22:00;police;car;1\n;;;;\n;;;;\n",
    );
    expect(r.ok && [r.rows.map((x) => x.line), r.errors]).toEqual([[2], []]);
  });

  it("numbers rows by the line they start on, past empty lines and quoted line breaks", () => {
    const text =
      'starts_at,ends_at,actor,kind,area_id,notes\n\n2019-02-15 21:30,2019-02-15 22:00,police,car,1,"two\nlines"\n2019-02-16 21:30,2019-02-16 22:00,police,car,1,\n';
    const r = readCsv(text);
    expect(r.ok && r.rows.map((x) => x.line)).toEqual([3, 5]);
  });

  it("names unknown and missing columns on line 1", () => {
    const COLUMNS = "starts_at, ends_at, date, actor, kind, area_id, lon, lat, route, notes";
    const missing = (column: string) => ({ column, column_en: column });
    const r = readCsv("start,stop,actor\n1,2,3\n");
    expect(r).toEqual({
      ok: false,
      errors: [
        {
          line: 1,
          field: "stop",
          code: "unknown_column_listed",
          params: { accepted: COLUMNS },
          message: expect.any(String),
        },
        {
          line: 1,
          field: "ends_at",
          code: "missing_column",
          params: missing("ends_at"),
          message: expect.any(String),
        },
        {
          line: 1,
          field: "kind",
          code: "missing_column",
          params: missing("kind"),
          message: expect.any(String),
        },
        {
          line: 1,
          field: "place",
          code: "give_area_point_or_route",
          params: {},
          message: expect.any(String),
        },
      ],
    });
  });

  it("reports rows with the wrong number of fields and unreadable quoting", () => {
    const r = readCsv("starts_at,ends_at,actor,kind,area_id\na,b,c,d,e\na,b,c\n");
    expect(r.ok && r.errors).toEqual([
      {
        line: 3,
        field: "(row)",
        code: "cell_count",
        params: { cells: 3, columns: 5 },
        message: "has 3 cells, the header has 5",
      },
    ]);
    const q = readCsv('starts_at,ends_at,actor,kind,area_id\n"a,b,c,d,e\n');
    expect(q).toEqual({
      ok: false,
      errors: [
        {
          line: 2,
          field: "(file)",
          code: "not_csv",
          params: { detail: expect.any(String) },
          message: expect.stringMatching(/cannot be read as CSV/),
        },
      ],
    });
  });
});

describe("rowToDraft", () => {
  const row = (values: Record<string, string>) => ({ line: 7, values });

  it("reads Swedish words, decimal commas and local times", () => {
    const r = rowToDraft(
      row({
        starts_at: "2019-02-15 21:30",
        ends_at: "2019-02-15 22:00",
        actor: "Polis",
        kind: "till fots",
        lon: "13,205",
        lat: "55,645",
      }),
    );
    expect(r).toEqual({
      ok: true,
      draft: {
        startMs: ms("2019-02-15T20:30:00Z"),
        endMs: ms("2019-02-15T21:00:00Z"),
        actor: "police",
        kind: "foot",
        place: { type: "Point", coordinates: [13.205, 55.645] },
        notes: "",
      },
    });
  });

  it("takes a date column with start and end times, the end past midnight on the next day", () => {
    const r = rowToDraft(
      row({
        date: "2019-02-17",
        starts_at: "23:00",
        ends_at: "01:00",
        actor: "police",
        kind: "car",
        area_id: "12300001",
      }),
    );
    expect(r.ok && [r.draft.startMs, r.draft.endMs]).toEqual([
      ms("2019-02-17T22:00:00Z"),
      ms("2019-02-18T00:00:00Z"),
    ]);
  });

  it("reads a route as WKT or GeoJSON", () => {
    expect(parseRoute("LINESTRING(13.2 55.64, 13.21 55.645)")).toEqual([
      [13.2, 55.64],
      [13.21, 55.645],
    ]);
    expect(parseRoute('{"type":"LineString","coordinates":[[13.2,55.64],[13.21,55.645]]}')).toEqual(
      [
        [13.2, 55.64],
        [13.21, 55.645],
      ],
    );
    expect(parseRoute("LINESTRING(13.2 55.64)")).toBeNull();
    expect(parseRoute("POINT(13.2 55.64)")).toBeNull();
  });

  it("lists every problem of a row at once", () => {
    const r = rowToDraft(
      row({
        starts_at: "2019-02-15 22:00",
        ends_at: "2019-02-15 21:00",
        actor: "sheriff",
        kind: "horse",
        lon: "13.2",
      }),
    );
    expect(r).toEqual({
      ok: false,
      errors: [
        {
          line: 7,
          field: "actor",
          code: "not_one_of",
          params: {
            value: "'sheriff'",
            accepted: "polis, kommun, volontärer, andra",
            accepted_en: "police, municipality, volunteers, other",
          },
          message: expect.any(String),
        },
        {
          line: 7,
          field: "kind",
          code: "not_one_of",
          params: {
            value: "'horse'",
            accepted: "fot, bil, husbil, evenemang, annat",
            accepted_en: "foot, car, camper, event, other",
          },
          message: expect.any(String),
        },
        { line: 7, field: "lat", code: "both_lon_lat", params: {}, message: expect.any(String) },
        {
          line: 7,
          field: "ends_at",
          code: "ends_after_start",
          params: {},
          message: "must be after starts_at",
        },
      ],
      place: null,
    });
  });
});

describe("readCsv: a header without rows", () => {
  it("is refused, like an empty file, so an import never 'succeeds' with nothing", () => {
    for (const empty of ["", new Uint8Array(), "\uFEFF\r\n"]) {
      expect(readCsv(empty)).toEqual({
        ok: false,
        errors: [
          {
            line: 1,
            field: "(file)",
            code: "file_empty",
            params: {},
            message: "the file is empty",
          },
        ],
      });
    }
    expect(readCsv("starts_at,ends_at,actor,kind,area_id\r\n")).toEqual({
      ok: false,
      errors: [
        {
          line: 2,
          field: "(file)",
          code: "no_rows",
          params: {},
          message: "the file has a header but no rows to import",
        },
      ],
    });
  });
});
