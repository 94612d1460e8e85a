// Real spreadsheets in and out, through the real app and SQLite: a Swedish Excel CSV in
// Windows-1252 with the app's own labels, a UTF-8-BOM one, an .xlsx workbook, a file with columns
// the app does not know (mapped by the planner), a file imported twice, the templates, an export
// edited and imported again, and workbooks that must be refused (a zip bomb, an old .xls).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { zipSync } from "fflate";
import readXlsxFile from "read-excel-file/node";
import { afterAll, describe, expect, it } from "vitest";
import { MAX_UNPACKED_BYTES } from "../../server/imports/xlsx.ts";
import { importClient } from "../helpers/import-client.ts";
import { createTestApp } from "../helpers/test-app.ts";

const FIXTURES = join(import.meta.dirname, "..", "fixtures");
const file = (name: string) => readFileSync(join(FIXTURES, name));
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const t = createTestApp();
afterAll(() => t.close());
const { upload, state } = importClient(t, "text/csv; charset=utf-8");

type Sample = Record<string, unknown>;
const codes = (xs: { line: number; field: string; code?: unknown }[]) =>
  xs.map((e) => [e.line, e.field, e.code]);

async function get(path: string) {
  const res = await t.app.request(path);
  expect(res.status, path).toBe(200);
  return res;
}

describe("a CSV saved from Swedish Excel with the app's own labels", () => {
  it("reads Windows-1252, type and topic in one cell, -träff, another organiser and a walk with kits 0", async () => {
    const res = await upload("visits/preview", file("csv/besok-excel-1252.csv"));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      rows: 3,
      valid: 3,
      error_count: 0,
      encoding: "windows-1252",
      delimiter: ";",
      matches: { new: 3, same: 0, changed: 0 },
    });
    expect((res.body.header as { how: string }[]).every((h) => h.how === "known")).toBe(true);
    const sample = res.body.sample as Sample[];
    expect(sample.map((s) => [s.line, s.kind, s.date, s.area_id, s.topic])).toEqual([
      [2, "info_session", "2019-11-05", "12300001", "grannsamverkan"],
      [3, "contact_meeting", "2019-11-12", "12300002", undefined],
      [4, "safety_walk", "2019-11-19", "12300003", undefined],
    ]);
    expect(sample[0]).toMatchObject({ organisers: ["police", "municipality"], kits: 10 });
    expect(sample[2]).toMatchObject({ organisers: ["police", "others"], attendees: 12 });
    expect(sample[2]).not.toHaveProperty("kits");
    expect(codes(res.body.warnings as never)).toEqual([[4, "Arrangörer", "organiser_as_others"]]);
    const commit = await upload("visits/commit", file("csv/besok-excel-1252.csv"));
    expect(commit.status).toBe(201);
    expect(commit.body).toMatchObject({ imported: 3, skipped: 0 });
  });

  it("reads a UTF-8 file with BOM and the form's labels for märk-DNA kits", async () => {
    const res = await upload("dna-kits/preview", file("csv/markdna-bom.csv"));
    expect(res.body).toMatchObject({ rows: 2, valid: 2, error_count: 0, encoding: "utf-8" });
    expect((res.body.sample as Sample[]).map((s) => [s.area_id, s.handed_out_on, s.kits])).toEqual([
      ["12300001", "2019-03-01", 12],
      ["12300003", "2019-04-15", 4],
    ]);
  });
});

describe("the same file imported twice", () => {
  it("is found already present, and adds nothing the second time", async () => {
    const first = await upload("dna-kits/commit", file("csv/markdna-bom.csv"));
    expect(first.status).toBe(201);
    const before = state();
    const again = await upload("dna-kits/preview", file("csv/markdna-bom.csv"));
    expect(again.body.matches).toEqual({ new: 0, same: 2, changed: 0 });
    expect((again.body.present as Sample[]).map((p) => [p.line, p.status])).toEqual([
      [2, "same"],
      [3, "same"],
    ]);
    const commit = await upload("dna-kits/commit", file("csv/markdna-bom.csv"));
    expect(commit.status).toBe(200);
    expect(commit.body).toMatchObject({ imported: 0, updated: 0, skipped: 2 });
    expect(state()).toEqual(before);
  });

  it("lets the planner update rows whose values changed, or add them anyway", async () => {
    const edited = "\ufeffOmråde;Utdelningsdatum;Antal kit\r\nAlfa;2019-03-01;15\r\n";
    const preview = await upload("dna-kits/preview", edited);
    expect(preview.body.matches).toEqual({ new: 0, same: 0, changed: 1 });
    expect((preview.body.present as Sample[])[0]).toMatchObject({ changed: ["Antal kit"] });
    const before = state();
    const update = await upload("dna-kits/commit?existing=update", edited);
    expect(update.status).toBe(201);
    expect(update.body).toMatchObject({ imported: 0, updated: 1 });
    expect(state()).toMatchObject({ kits: before.kits, audit: before.audit + 1 });
    const stored = t.db
      .prepare(
        "SELECT kits FROM dna_kits WHERE area_id = '12300001' AND handed_out_on = '2019-03-01' AND deleted_at IS NULL",
      )
      .pluck()
      .all();
    expect(stored).toEqual([15]);
    const add = await upload("dna-kits/commit?existing=add", edited);
    expect(add.body).toMatchObject({ imported: 1 });
    expect(state().kits).toBe(before.kits + 1);
  });
});

describe("an Excel workbook (.xlsx)", () => {
  it("is read from its first sheet: date cells, numbers, a blank row, a formula-like text", async () => {
    const res = await upload("visits/preview", file("xlsx/besok.xlsx"), XLSX);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ format: "xlsx", rows: 3, valid: 3, error_count: 0 });
    const sample = res.body.sample as Sample[];
    expect(sample.map((s) => [s.line, s.kind, s.date, s.area_id])).toEqual([
      [2, "info_session", "2019-10-01", "12300003"],
      [3, "safety_walk", "2019-10-08", "12300002"],
      [5, "contact_meeting", "2019-10-15", "12300001"],
    ]);
    expect(sample[0]).toMatchObject({ lon: 13.2255, lat: 55.6452, kits: 22, attendees: 40 });
    expect(sample[1]).toMatchObject({ notes: "=Belysning saknas" });
  });

  it("is read whatever type it is sent with, also as a form upload", async () => {
    const data = new FormData();
    data.append("file", new File([file("xlsx/besok.xlsx")], "besok.xlsx"));
    const res = await upload("visits/preview", data, "");
    expect(res.body).toMatchObject({ format: "xlsx", valid: 3 });
    const commit = await upload("visits/commit", file("xlsx/besok.xlsx"), "text/csv");
    expect(commit.status).toBe(201);
    expect(commit.body).toMatchObject({ imported: 3 });
    const audit = t.db
      .prepare("SELECT detail FROM audit_log ORDER BY id DESC LIMIT 1")
      .pluck()
      .get() as string;
    expect(JSON.parse(audit)).toMatchObject({ rows: 3, format: "xlsx" });
  });

  it("refuses a zip bomb before parsing it, a broken workbook and an old .xls", async () => {
    const zeros = new Uint8Array(MAX_UNPACKED_BYTES + 1024 * 1024);
    const bomb = zipSync({ "xl/worksheets/sheet1.xml": zeros }, { level: 9 });
    expect(bomb.length).toBeLessThan(200_000);
    const before = state();
    const res = await upload("visits/commit", bomb, XLSX);
    expect(res.status).toBe(400);
    expect(res.body.errors[0]).toMatchObject({ code: "xlsx_too_large", params: { max: 64 } });
    expect(state()).toEqual(before);
    const broken = await upload("visits/preview", file("xlsx/besok.xlsx").subarray(0, 900), XLSX);
    expect(broken.body.errors[0]).toMatchObject({ code: "xlsx_unreadable" });
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    const old = await upload("visits/preview", xls, "application/vnd.ms-excel");
    expect(old.body.errors[0]).toMatchObject({ code: "xlsx_old_format" });
  });
});

describe("a file with columns the app does not know", () => {
  const groups = () => file("csv/grupper-okand-kolumn.csv");

  it("names them with the missing ones, and reports the rows' own problems in the same answer", async () => {
    const res = await upload("watch-groups/preview", groups());
    expect(codes(res.body.errors)).toEqual([
      [1, "Plats", "unknown_column"],
      [1, "Namn på gruppen", "unknown_column"],
      [1, "Gata", "unknown_column"],
      [1, "Område", "missing_column"],
      [1, "Gruppens namn", "missing_column"],
    ]);
    expect(res.body.header).toEqual([
      { name: "Plats", field: null, how: "unknown" },
      { name: "Namn på gruppen", field: null, how: "unknown" },
      { name: "Status", field: "status", how: "known" },
      { name: "Hushåll", field: "households", how: "known" },
      { name: "Startdatum", field: "started_on", how: "known" },
      { name: "Gata", field: null, how: "unknown" },
    ]);
    const bad = "Plats;Status;Hushåll;Startdatum\nAlfa;aktiv;många;2019-09-01\n";
    const both = await upload("watch-groups/preview", bad);
    expect(codes(both.body.errors)).toEqual([
      [1, "Plats", "unknown_column"],
      [1, "Område", "missing_column"],
      [1, "Gruppens namn", "missing_column"],
      [2, "Hushåll", "not_whole_number"],
    ]);
    expect((await upload("watch-groups/commit", groups())).status).toBe(400);
  });

  it("imports them once the planner says what each holds", async () => {
    const columns = JSON.stringify({ Plats: "area", "Namn på gruppen": "name", Gata: "" });
    const q = `?columns=${encodeURIComponent(columns)}`;
    const preview = await upload(`watch-groups/preview${q}`, groups());
    expect(preview.body).toMatchObject({ valid: 2, error_count: 0 });
    expect((preview.body.header as { how: string }[]).map((h) => h.how)).toEqual([
      "mapped",
      "mapped",
      "known",
      "known",
      "known",
      "ignored",
    ]);
    const before = state();
    const commit = await upload(`watch-groups/commit${q}`, groups());
    expect(commit.status).toBe(201);
    expect(state().groups).toBe(before.groups + 2);
  });

  it("answers a mapping to a field the kind does not have with a 400 naming it", async () => {
    const q = `?columns=${encodeURIComponent(JSON.stringify({ Plats: "färg" }))}`;
    const res = await upload(`watch-groups/preview${q}`, groups());
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: "invalid_query" });
    expect((await upload("watch-groups/preview?columns=%7Bnot", groups())).status).toBe(400);
  });
});

describe("templates", () => {
  it("are a header row of the Swedish labels, as CSV and .xlsx, that imports read back", async () => {
    const template = new Uint8Array(
      await (await get("/api/imports/visits/template.csv")).arrayBuffer(),
    );
    expect([...template.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder().decode(template);
    expect(csv).toBe(
      "Typ;Datum;Område;Longitud;Latitud;Ämne;Arrangörer;Antal deltagare;Märk-DNA-kit;Medverkande;Anteckningar\r\n",
    );
    for (const kind of ["visits", "watch-groups", "dna-kits"]) {
      const res = await get(`/api/imports/${kind}/template.xlsx`);
      expect(res.headers.get("content-type")).toBe(XLSX);
      expect(res.headers.get("content-disposition")).toContain(`grannkoll-mall-${kind}.xlsx`);
      const bytes = new Uint8Array(await res.arrayBuffer());
      const sheets = await readXlsxFile(Buffer.from(bytes));
      expect(sheets.map((s) => s.sheet)[1]).toBe("Så fyller du i");
      // The template as it comes, and with a row filled in: every column known.
      const preview = await upload(`${kind}/preview`, bytes, XLSX);
      expect(codes(preview.body.errors)).toEqual([[2, "(file)", "no_rows"]]);
      expect((preview.body.header as { how: string }[]).every((h) => h.how === "known")).toBe(true);
    }
    const filled = `${csv}Informationsmöte;2019-12-01;Gamma;;;grannsamverkan;polisen;10;2;;\r\n`;
    const res = await upload("visits/preview", filled);
    expect(res.body).toMatchObject({ valid: 1, error_count: 0 });
  });
});

describe("export → edit in Excel → import", () => {
  it("changes nothing when the exported file comes back as it was, formulas included", async () => {
    const created = await t.app.request("/api/visits", {
      method: "POST",
      body: JSON.stringify({
        kind: "info_session",
        date: "2019-12-10",
        area_id: "12300002",
        topic: "other",
        organisers: ["police"],
        notes: '=HYPERLINK("x";"y") och -2+3',
      }),
      headers: { "Content-Type": "application/json" },
    });
    expect(created.status).toBe(201);
    const exported = await (await get("/api/exports/visits.csv")).text();
    expect(exported).toContain("'=HYPERLINK");
    const before = state();
    const preview = await upload("visits/preview", exported);
    expect(preview.body).toMatchObject({ error_count: 0 });
    expect(preview.body.matches).toEqual({ new: 0, same: preview.body.valid, changed: 0 });
    const commit = await upload("visits/commit", exported);
    expect(commit.status).toBe(200);
    expect(state()).toEqual(before);

    const xlsx = new Uint8Array(await (await get("/api/exports/visits.xlsx")).arrayBuffer());
    const fromXlsx = await upload("visits/preview", xlsx, XLSX);
    expect(fromXlsx.body).toMatchObject({ format: "xlsx", error_count: 0 });
    expect(fromXlsx.body.matches).toEqual({ new: 0, same: fromXlsx.body.valid, changed: 0 });
  });

  it("updates the rows edited in the file and nothing else", async () => {
    const exported = await (await get("/api/exports/visits.csv")).text();
    const lines = exported.split("\r\n");
    const header = (lines[0] ?? "").replace(/^\ufeff/, "").split(";");
    const at = (name: string) => header.indexOf(name);
    // Edit the first row's attendees, as a planner would in Excel.
    const cells = (lines[1] ?? "").split(";");
    const id = Number(cells[at("id")]);
    cells[at("deltagare")] = "99";
    lines[1] = cells.join(";");
    const edited = lines.join("\r\n");
    const preview = await upload("visits/preview", edited);
    expect(preview.body.matches).toMatchObject({ new: 0, changed: 1 });
    expect((preview.body.present as Sample[]).find((p) => p.status === "changed")).toMatchObject({
      existing_id: id,
      changed: ["Antal deltagare"],
    });
    const before = state();
    const commit = await upload("visits/commit?existing=update", edited);
    expect(commit.body).toMatchObject({ imported: 0, updated: 1 });
    expect(state().visits).toBe(before.visits);
    const visit = (await (await get(`/api/visits/${id}`)).json()) as { attendees: number };
    expect(visit.attendees).toBe(99);
  });
});

describe("watch groups and märk-DNA kits: export → import", () => {
  it("comes back unchanged, and an edited group keeps its contact person", async () => {
    for (const [kind, path] of [
      ["watch-groups", "/api/exports/watch-groups"],
      ["dna-kits", "/api/exports/dna-kits"],
    ] as const) {
      const csv = await (await get(`${path}.csv`)).text();
      const xlsx = new Uint8Array(await (await get(`${path}.xlsx`)).arrayBuffer());
      for (const [body, type] of [
        [csv, "text/csv"],
        [xlsx, XLSX],
      ] as const) {
        const res = await upload(`${kind}/preview`, body, type);
        expect(res.body, `${kind} ${type}`).toMatchObject({ error_count: 0 });
        expect(res.body.valid).toBeGreaterThan(0);
        expect(res.body.matches).toEqual({ new: 0, same: res.body.valid, changed: 0 });
        expect((res.body.header as { how: string }[]).filter((h) => h.how === "unknown")).toEqual(
          [],
        );
      }
    }
    const groups = await (await get("/api/exports/watch-groups.csv")).text();
    expect(groups).not.toMatch(/Anna Andersson|anna@|070-123/);
    const contact = t.db
      .prepare("SELECT id FROM watch_groups WHERE contact_name IS NOT NULL AND deleted_at IS NULL")
      .pluck()
      .get() as number;
    const lines = groups.split("\r\n");
    const edited = lines
      .map((l, i) =>
        i > 0 && l.startsWith(`${contact};`) ? l.replace(/;\d+;(\d{4}-)/, ";77;$1") : l,
      )
      .join("\r\n");
    const res = await upload("watch-groups/commit?existing=update", edited);
    expect(res.body).toMatchObject({ imported: 0, updated: 1 });
    const stored = t.db
      .prepare("SELECT households, contact_name FROM watch_groups WHERE id = ?")
      .get(contact) as { households: number; contact_name: string };
    expect(stored.households).toBe(77);
    expect(stored.contact_name).not.toBeNull();
  });
});

describe("places", () => {
  it("warns when a row's point lies in another area than the one it names", async () => {
    const csv = "Typ;Datum;Område;Lon;Lat\r\nKontaktmöte;2019-12-20;Alfa;13,225;55,645\r\n";
    const res = await upload("visits/preview", csv);
    expect(codes(res.body.warnings as never)).toEqual([[2, "Område", "point_in_other_area"]]);
    expect((res.body.sample as Sample[])[0]).toMatchObject({ area_id: "12300003" });
    const byArea = await upload("visits/preview?place=area", csv);
    expect((byArea.body.sample as Sample[])[0]).toMatchObject({ area_id: "12300001" });
    const far = csv.replace("13,225;55,645", "18,07;59,33");
    expect(codes((await upload("visits/preview", far)).body.errors)).toEqual([
      [2, "Lon", "far_outside"],
    ]);
  });
});

describe("exports", () => {
  it("keep every header free of separators, so GDAL and Excel guess ';' right", async () => {
    for (const path of ["/api/exports/areas.csv", "/api/exports/visits.csv"]) {
      const text = await (await get(path)).text();
      const header = (text.split("\r\n")[0] ?? "").replace(/^\ufeff/, "").split(";");
      expect(header.length, path).toBeGreaterThan(5);
      for (const h of header) expect(h, path).not.toMatch(/[,;"]/);
    }
    const xlsx = new Uint8Array(await (await get("/api/exports/areas.xlsx")).arrayBuffer());
    const [sheet] = await readXlsxFile(Buffer.from(xlsx));
    expect(sheet?.data[0]).toContain("hushållsmetod");
  });
});
