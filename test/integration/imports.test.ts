// /api/imports/:kind/preview and /commit with the real-world samples in test/fixtures/csv:
// a Swedish Excel file (BOM, semicolons, CRLF, decimal commas, a quoted note over two lines),
// a comma file without BOM, and a file with one bad row in the middle.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { AreaCollection } from "../../server/areas/types.ts";
import { importClient } from "../helpers/import-client.ts";
import { createTestApp } from "../helpers/test-app.ts";

const CSV = join(import.meta.dirname, "..", "fixtures", "csv");
const file = (name: string) => readFileSync(join(CSV, name));

const t = createTestApp();
afterAll(() => t.close());

const { upload, state } = importClient(t, "text/csv; charset=utf-8");

describe("visits from Swedish Excel", () => {
  it("previews every row, parsed, and writes nothing", async () => {
    const before = state();
    const res = await upload("visits/preview", file("besok-excel-sv.csv"));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      kind: "visits",
      rows: 3,
      valid: 3,
      encoding: "utf-8",
      delimiter: ";",
      error_count: 0,
    });
    const sample = res.body.sample as Record<string, unknown>[];
    expect(sample.map((s) => [s.line, s.kind, s.date, s.area_id])).toEqual([
      [2, "info_session", "2019-11-05", "12300003"],
      [3, "safety_walk", "2019-11-12", "12300002"],
      [5, "contact_meeting", "2019-12-03", "12300001"],
    ]);
    expect(sample[0]).toMatchObject({
      lon: 13.2255,
      lat: 55.6452,
      topic: "markdna",
      organisers: ["police", "municipality"],
      attendees: 32,
      kits: 14,
    });
    expect(sample[1]).toMatchObject({
      organisers: ["police", "municipality"],
      notes: "Mörk gångväg;\nbelysning saknas",
    });
    expect(state()).toEqual(before);
  });

  it("commits all rows in one transaction with one audit row", async () => {
    const before = state();
    const res = await upload("visits/commit", file("besok-excel-sv.csv"));
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      kind: "visits",
      rows: 3,
      imported: 3,
      updated: 0,
      skipped: 0,
      first_id: 6,
      last_id: 8,
    });
    expect(state()).toMatchObject({
      visits: before.visits + 3,
      kits: before.kits + 1,
      audit: before.audit + 1,
    });
    expect(t.db.prepare("SELECT kits, visit_id FROM dna_kits WHERE visit_id = 6").get()).toEqual({
      kits: 14,
      visit_id: 6,
    });
    const audit = t.db
      .prepare("SELECT action, entity, detail FROM audit_log ORDER BY id DESC LIMIT 1")
      .get();
    expect(audit).toEqual({
      action: "import",
      entity: "visits",
      detail: '{"rows":3,"first_id":6,"last_id":8,"encoding":"utf-8"}',
    });
    const fc = (await (await t.app.request("/api/areas")).json()) as AreaCollection;
    expect(fc.features.find((f) => f.id === "12300003")?.properties).toMatchObject({
      visits: 1,
      dna_households: 14,
    });
  });
});

describe("watch groups from a comma file, sent as a form upload", () => {
  it("previews and commits", async () => {
    const form = () => {
      const data = new FormData();
      data.append(
        "file",
        new File([file("grupper-komma.csv")], "grupper.csv", { type: "text/csv" }),
      );
      return data;
    };
    const preview = await upload("watch-groups/preview", form(), "");
    expect(preview.body).toMatchObject({ rows: 2, valid: 2, delimiter: ",", errors: [] });
    expect((preview.body.sample as Record<string, unknown>[])[1]).toMatchObject({
      line: 3,
      area_id: "12300003",
      name: "Gamma Södra, etapp 2",
      status: "starting",
      households: 15,
      started_on: "2019-11-15",
    });
    const commit = await upload("watch-groups/commit", form(), "");
    expect(commit.body).toMatchObject({ imported: 2 });
    const audit = t.db
      .prepare("SELECT detail FROM audit_log ORDER BY id DESC LIMIT 1")
      .pluck()
      .get();
    expect(audit).not.toMatch(/Andersson|070|anna@/);
  });

  it("asks for the file field when a form has none", async () => {
    const res = await upload("watch-groups/preview", new FormData(), "");
    expect(res.status).toBe(400);
    expect(res.body.errors[0]?.field).toBe("file");
  });
});

describe("a file with one bad row in the middle", () => {
  it("previews the bad row's every error by line", async () => {
    const res = await upload("dna-kits/preview", file("markdna-felrad.csv"));
    expect(res.body).toMatchObject({ rows: 5, valid: 4, error_count: 2 });
    expect(res.body.errors).toEqual([
      {
        line: 4,
        field: "datum",
        code: "not_date",
        params: { value: "'2019-02-30'" },
        message: "'2019-02-30' is not a date: write YYYY-MM-DD, D/M/YYYY or D.M.YYYY",
      },
      {
        line: 4,
        field: "antal",
        code: "at_least",
        params: { min: 1 },
        message: "must be at least 1",
      },
    ]);
    expect(
      (res.body.sample as Record<string, unknown>[]).map((s) => [s.line, s.handed_out_on, s.kits]),
    ).toEqual([
      [2, "2019-03-01", 12],
      [3, "2019-04-01", 5],
      [5, "2019-05-02", 7],
      [6, "2019-06-03", 1250],
    ]);
  });

  it("imports nothing on commit: same rows, same data version", async () => {
    const before = state();
    const res = await upload("dna-kits/commit", file("markdna-felrad.csv"));
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({
      code: "invalid_import",
      message: "1 row has errors: nothing was imported",
    });
    expect(res.body.errors.map((e) => [e.line, e.field])).toEqual([
      [4, "datum"],
      [4, "antal"],
    ]);
    expect(state()).toEqual(before);
  });
});

describe("files that cannot be imported", () => {
  it("reports unknown and missing columns on line 1; commit refuses them", async () => {
    const csv = "område;färg\nAlfa;röd\n";
    const preview = await upload("dna-kits/preview", csv);
    expect(preview.status).toBe(200);
    expect(preview.body.errors.map((e) => [e.line, e.field])).toEqual([
      [1, "färg"],
      [1, "Utdelningsdatum"],
      [1, "Antal kit"],
    ]);
    expect((await upload("dna-kits/commit", csv)).status).toBe(400);
  });

  it("answers an empty file, a broken quote and an unknown kind clearly", async () => {
    const empty = await upload("visits/preview", "");
    expect(empty.status).toBe(400);
    expect(empty.body.errors).toEqual([
      { line: 1, field: "(file)", code: "file_empty", params: {}, message: "the file is empty" },
    ]);
    const quote = await upload("dna-kits/preview", 'område;datum;antal\nAlfa;2019-01-01;"3\n');
    expect(quote.status).toBe(400);
    expect(quote.body.errors[0]).toMatchObject({ line: 2, field: "(file)" });
    const kind = await t.app.request("/api/imports/presence/preview", {
      method: "POST",
      body: "a",
    });
    expect(kind.status).toBe(404);
  });

  it("reads a Windows-1252 file from older Excel", async () => {
    const bytes = Buffer.from("Område;Datum;Antal\r\nGamma;2019-01-01;3\r\n", "latin1");
    const res = await upload("dna-kits/preview", bytes);
    expect(res.body).toMatchObject({ encoding: "windows-1252", valid: 1 });
  });

  it("refuses a body over 20 MB with a JSON 413", async () => {
    const big = `område;datum;antal\n${"Alfa;2019-01-01;1\n".repeat(1_200_000)}`;
    const res = await upload("dna-kits/preview", big);
    expect(res.status).toBe(413);
    expect(res.body.error).toMatchObject({ code: "payload_too_large" });
  });
});

describe("a large file", () => {
  it("imports 100 000 rows in one transaction", { timeout: 120_000 }, async () => {
    const before = state().kits;
    const rows = Array.from(
      { length: 100_000 },
      (_, i) => `${i % 2 ? "Alfa" : "12300002"};2019-0${(i % 9) + 1}-15;${(i % 5) + 1}`,
    );
    const res = await upload("dna-kits/commit", `område;datum;antal\n${rows.join("\n")}\n`);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ rows: 100_000, imported: 100_000 });
    expect(state().kits).toBe(before + 100_000);
  });
});
