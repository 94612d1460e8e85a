// CSV import of presence logs, over the fixture (Alfa 12300001, Beta 12300002, Gamma 12300003).
import { afterAll, describe, expect, it } from "vitest";
import type { ImportErrorBody, ImportResult } from "../../server/presence/types.ts";
import { internalApi } from "../helpers/internal-api.ts";
import { createTestApp, FIXTURE_DATA } from "../helpers/test-app.ts";

const t = createTestApp(FIXTURE_DATA, { role: "police" });
afterAll(() => t.close());

const api = internalApi(t.app);
const call = (method: string, path: string, body?: unknown, type?: string) =>
  api(method, `/presence${path}`, body, type);
const BETA = "12300002";
const count = (sql: string) => t.db.prepare(sql).pluck().get() as number;

describe("POST /api/internal/presence/import", () => {
  const header = "Från;Till;Aktör;Typ;Område;Lon;Lat;Anteckningar";
  const good = [
    "2019-08-05 21:00;2019-08-05 21:40;polis;bil;;13,205;55,645;Kväll",
    "2019-08-06 10:00;2019-08-06 10:05;kommun;fot;12300002;;;",
    "2019-08-07T19:00:00Z;2019-08-07T20:00:00Z;volunteers;foot;12300003;;;",
  ];
  const csv = (rows: string[]) => `\uFEFF${[header, ...rows].join("\r\n")}\r\n`;

  it("checks a file without storing anything in a dry run", async () => {
    const before = count("SELECT COUNT(*) FROM presence");
    const res = await call("POST", "/import?dry_run=1", csv(good), "text/csv");
    expect(res.status).toBe(200);
    expect(res.body as ImportResult).toEqual({
      dry_run: true,
      rows: 3,
      imported: 0,
      encoding: "utf-8",
      delimiter: ";",
      first_id: null,
      last_id: null,
      from: "2019-08-05T19:00:00Z",
      to: "2019-08-07T20:00:00Z",
      by_actor: { police: 1, municipality: 1, volunteers: 1, other: 0 },
    });
    expect(count("SELECT COUNT(*) FROM presence")).toBe(before);
  });

  it("imports nothing when a row in the middle is bad, and names every bad row", async () => {
    const before = count("SELECT COUNT(*) FROM presence");
    const audits = count("SELECT COUNT(*) FROM audit_log");
    const rows = [
      good[0],
      "2019-08-05 22:00;2019-08-05 21:00;polis;häst;12300001;;;",
      good[1],
      "2019-03-31 02:30;2019-03-31 04:00;polis;bil;99999999;;;",
      good[2],
    ];
    const res = await call("POST", "/import?dry_run=0", csv(rows as string[]), "text/csv");
    expect(res.status).toBe(400);
    const err = (res.body as ImportErrorBody).error;
    expect(err.code).toBe("invalid_rows");
    expect(err.rows).toEqual([
      {
        line: 3,
        field: "kind",
        code: "not_one_of",
        params: {
          value: "'häst'",
          accepted: "fot, bil, husbil, evenemang, annat",
          accepted_en: "foot, car, camper, event, other",
        },
        message: "'häst' is not one of: fot, bil, husbil, evenemang, annat",
      },
      {
        line: 3,
        field: "ends_at",
        code: "ends_after_start",
        params: {},
        message: "must be after starts_at",
      },
      {
        line: 5,
        field: "starts_at",
        code: "time_skipped",
        params: { value: "2019-03-31 02:30" },
        message: expect.stringMatching(/does not exist/),
      },
      {
        line: 5,
        field: "area_id",
        code: "no_area_id",
        params: { value: "'99999999'" },
        message: "no area with id '99999999'",
      },
    ]);
    // The API's field format, code included, like every other 400.
    expect(err.fields[0]).toEqual({
      field: "line 3: kind",
      code: "invalid",
      params: {},
      message: err.rows[0]?.message,
    });
    expect(count("SELECT COUNT(*) FROM presence")).toBe(before);
    expect(count("SELECT COUNT(*) FROM audit_log")).toBe(audits);
  });

  it("imports a good file in one go with one audit row, and refuses it the second time", async () => {
    const before = count("SELECT COUNT(*) FROM presence");
    const res = await call("POST", "/import?dry_run=0", csv(good), "text/csv");
    expect(res.status).toBe(201);
    const r = res.body as ImportResult;
    expect([r.imported, (r.last_id ?? 0) - (r.first_id ?? 0)]).toEqual([3, 2]);
    expect(count("SELECT COUNT(*) FROM presence")).toBe(before + 3);
    const audit = t.db
      .prepare("SELECT action, detail FROM audit_log ORDER BY id DESC LIMIT 1")
      .get() as { action: string; detail: string };
    expect(audit.action).toBe("import");
    expect(JSON.parse(audit.detail)).toMatchObject({ rows: 3 });
    const again = await call("POST", "/import?dry_run=0", csv(good), "text/csv");
    expect(again.status).toBe(400);
    expect(again.body.error.rows[0]).toMatchObject({
      code: "already_stored",
      params: { id: r.first_id },
      message: `is already stored as presence ${r.first_id}`,
    });
  });

  it("reads a Windows-1252 file (Excel on Swedish Windows) with å, ä and ö", async () => {
    // One byte per character, as Excel's "CSV (semikolonavgränsad)" writes it: not valid UTF-8.
    const text = [
      "Från;Till;Aktör;Typ;Område;Anteckningar",
      "2019-10-01 18:00;2019-10-01 18:45;Polisvolontärer;Övrigt;12300002;Kväll vid Åkervägen",
      "",
    ].join("\r\n");
    const latin = new Uint8Array(Buffer.from(text, "latin1"));
    expect(latin).toHaveLength(text.length);
    const send = (body: BodyInit, dryRun: 0 | 1, type?: string) =>
      t.app.request(`/api/internal/presence/import?dry_run=${dryRun}`, {
        method: "POST",
        body,
        ...(type ? { headers: { "content-type": type } } : {}),
      });

    const form = new FormData();
    form.append("file", new Blob([latin], { type: "text/csv" }), "närvaro.csv");
    const checked = await send(form, 1);
    expect(checked.status).toBe(200);
    expect(await checked.json()).toMatchObject({
      rows: 1,
      encoding: "windows-1252",
      delimiter: ";",
      by_actor: { volunteers: 1 },
    });

    const res = await send(latin, 0, "text/csv");
    expect(res.status).toBe(201);
    const r = (await res.json()) as ImportResult;
    expect([r.imported, r.from, r.to]).toEqual([1, "2019-10-01T16:00:00Z", "2019-10-01T16:45:00Z"]);
    const stored = t.db
      .prepare("SELECT actor, kind, area_id, notes FROM presence WHERE id = ?")
      .get(r.first_id);
    expect(stored).toEqual({
      actor: "volunteers",
      kind: "other",
      area_id: BETA,
      notes: "Kväll vid Åkervägen",
    });
  });

  it("reads comma files and multipart uploads, and wants dry_run", async () => {
    const text =
      'starts_at,ends_at,actor,kind,route\n2019-09-01 12:00,2019-09-01 12:30,police,car,"LINESTRING(13.205 55.645, 13.215 55.645)"\n';
    expect((await call("POST", "/import", text, "text/csv")).status).toBe(400);
    const form = new FormData();
    form.append("file", new Blob([text], { type: "text/csv" }), "log.csv");
    const res = await t.app.request("/api/internal/presence/import?dry_run=1", {
      method: "POST",
      body: form,
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ encoding: "utf-8", delimiter: ",", rows: 1 });
    const empty = await call("POST", "/import?dry_run=1", "", "text/csv");
    expect(empty.body.error.code).toBe("invalid_csv");
  });
});
