// /api/findings over the fixture (walks are recorded here; TEST_NOW is 2026-11-30): the follow-up
// list with the overdue first, its filters, the owner, text and due date changed, a finding closed
// with the date and a note (and reopened), the CSV file, 400s that name the field, audit rows.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FindingItem, FindingList } from "../../server/findings/schema.ts";
import type { VisitDetail } from "../../server/visits/schema.ts";
import { fieldsOf, jsonSender, lastAuditBy } from "../helpers/json-request.ts";
import { createTestApp, testUser } from "../helpers/test-app.ts";

const t = createTestApp();
afterAll(() => t.close());
const send = jsonSender(t.app);

const walk = async (area_id: string, date: string, findings: Record<string, unknown>[]) => {
  const res = await send("POST", "/api/visits", { kind: "safety_walk", date, area_id, findings });
  expect(res.status).toBe(201);
  return res.body as unknown as VisitDetail;
};
const list = async (query = "") => {
  const res = await send("GET", `/api/findings${query}`);
  expect(res.status).toBe(200);
  return res.body as unknown as FindingList;
};
const textsOf = (l: FindingList) => l.findings.map((f) => f.text);

let alfa: VisitDetail;
let beta: VisitDetail;
const idOf = (w: VisitDetail, text: string) =>
  (w.findings.find((f) => f.text === text) as { id: number }).id;

beforeAll(async () => {
  alfa = await walk("12300001", "2026-10-20", [
    { text: "Trasig lampa", owner: "Tekniska förvaltningen", due_on: "2026-11-01" },
    { text: "Buskage", owner: "Tekniska förvaltningen", due_on: "2026-12-15" },
    { text: "Klotter", owner: "Fastighetsägaren" },
  ]);
  beta = await walk("12300002", "2026-09-15", [
    { text: "Mörk passage", owner: "Polisen", due_on: "2026-10-01" },
    { text: "Skylt saknas", owner: "Tekniska förvaltningen", due_on: "2026-11-30" },
  ]);
});

describe("GET /api/findings", () => {
  it("lists the overdue first, then the open by due date, each with its walk and area", async () => {
    const l = await list();
    expect(l.today).toBe("2026-11-30");
    // Due 2026-10-01 and 2026-11-01 have passed; due today (2026-11-30) is not yet overdue.
    expect(textsOf(l)).toEqual([
      "Mörk passage",
      "Trasig lampa",
      "Skylt saknas",
      "Buskage",
      "Klotter",
    ]);
    expect(l.findings.map((f) => f.overdue)).toEqual([true, true, false, false, false]);
    expect(l.findings[1]).toMatchObject({
      visit_id: alfa.id,
      walk_date: "2026-10-20",
      area_id: "12300001",
      area_name: "Alfa",
      owner: "Tekniska förvaltningen",
      status: "open",
      due_on: "2026-11-01",
      closed_on: null,
      closed_note: "",
    });
    expect(l.owners).toEqual(["Fastighetsägaren", "Polisen", "Tekniska förvaltningen"]);
  });

  it("filters by area, by any part of the owner's name, and by status", async () => {
    expect(textsOf(await list("?area_id=12300002"))).toEqual(["Mörk passage", "Skylt saknas"]);
    expect(textsOf(await list("?owner=TEKNISKA"))).toEqual([
      "Trasig lampa",
      "Skylt saknas",
      "Buskage",
    ]);
    expect(textsOf(await list("?status=overdue"))).toEqual(["Mörk passage", "Trasig lampa"]);
    expect(textsOf(await list("?status=overdue&owner=polis"))).toEqual(["Mörk passage"]);
    expect(textsOf(await list("?status=done"))).toEqual([]);
  });

  it("answers 400 naming a bad filter", async () => {
    const res = await send("GET", "/api/findings?status=late&colour=red");
    expect(res.status).toBe(400);
    expect(fieldsOf(res.body).sort()).toEqual(["colour", "status"]);
  });
});

describe("changing and closing a finding", () => {
  it("changes the owner and due date, audited without the text or owner", async () => {
    const id = idOf(alfa, "Klotter");
    const res = await send("PATCH", `/api/findings/${id}`, {
      owner: "Kommunens fastighetsenhet",
      due_on: "2026-11-15",
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id,
      owner: "Kommunens fastighetsenhet",
      due_on: "2026-11-15",
      overdue: true,
    });
    const audit = lastAuditBy(t.db);
    expect(audit).toMatchObject({
      actor: testUser("planner"),
      action: "update",
      entity: "walk_findings",
      entity_id: String(id),
    });
    expect(JSON.parse(audit.detail)).toEqual({
      visit_id: alfa.id,
      area_id: "12300001",
      status: "open",
      due_on: "2026-11-15",
      closed_on: null,
      changed: ["due_on", "owner"],
    });
    expect(textsOf(await list("?status=overdue"))).toEqual([
      "Mörk passage",
      "Trasig lampa",
      "Klotter",
    ]);
  });

  it.each([
    [{ due_on: "2026-02-30" }, ["due_on"]],
    [{ due_on: "2026-01-01" }, ["due_on"]],
    [{ owner: "", text: " " }, ["owner", "text"]],
    // Closing asks for a date and a note: not through a change of status here.
    [{ status: "done" }, ["(root)", "status"]],
  ])("refuses the change %j, naming %j, and changes nothing", async (body, fields) => {
    const id = idOf(alfa, "Buskage");
    const before = await send("GET", `/api/findings/${id}`);
    const res = await send("PATCH", `/api/findings/${id}`, body);
    expect(res.status).toBe(400);
    expect(fieldsOf(res.body).sort()).toEqual(fields);
    expect((await send("GET", `/api/findings/${id}`)).body).toEqual(before.body);
  });

  it("closes a finding with the date and a note, then it leaves the open list", async () => {
    const id = idOf(beta, "Mörk passage");
    const res = await send("POST", `/api/findings/${id}/close`, {
      closed_on: "2026-11-28",
      note: "Belysning uppsatt av Tekniska",
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id,
      status: "done",
      closed_on: "2026-11-28",
      closed_note: "Belysning uppsatt av Tekniska",
      overdue: false,
    });
    const audit = lastAuditBy(t.db);
    expect(audit).toMatchObject({
      action: "close",
      entity: "walk_findings",
      entity_id: String(id),
    });
    expect(audit.detail).not.toMatch(/Belysning|Polisen|Mörk/);
    expect(textsOf(await list("?status=done"))).toEqual(["Mörk passage"]);
    expect(textsOf(await list("?status=open"))).not.toContain("Mörk passage");
    // The walk counts one open finding fewer.
    const walkNow = (await send("GET", `/api/visits/${beta.id}`)).body as unknown as VisitDetail;
    expect(walkNow.open_findings).toBe(1);
    expect(walkNow.findings.find((f) => f.id === id)).toMatchObject({
      status: "done",
      closed_on: "2026-11-28",
    });
  });

  it.each([
    [{}, ["closed_on", "note"]],
    [{ closed_on: "2026-12-01", note: "Klart" }, ["closed_on"]],
    [{ closed_on: "2026-09-01", note: "Klart" }, ["closed_on"]],
    [{ closed_on: "2026-11-29", note: "  " }, ["note"]],
  ])("refuses to close with %j, naming %j", async (body, fields) => {
    const id = idOf(beta, "Skylt saknas");
    const res = await send("POST", `/api/findings/${id}/close`, body);
    expect(res.status).toBe(400);
    expect(fieldsOf(res.body).sort()).toEqual(fields);
    expect((await send("GET", `/api/findings/${id}`)).body).toMatchObject({ status: "open" });
  });

  it("refuses to close a closed finding, reopens it, and answers 404 for an unknown one", async () => {
    const id = idOf(beta, "Mörk passage");
    const again = await send("POST", `/api/findings/${id}/close`, {
      closed_on: "2026-11-29",
      note: "x",
    });
    expect(again.status).toBe(409);
    const reopened = await send("POST", `/api/findings/${id}/reopen`);
    expect(reopened.status).toBe(200);
    expect(reopened.body).toMatchObject({
      status: "open",
      closed_on: null,
      closed_note: "",
      overdue: true,
    });
    expect(lastAuditBy(t.db)).toMatchObject({ action: "reopen", entity_id: String(id) });
    expect((await send("POST", `/api/findings/${id}/reopen`)).status).toBe(409);
    expect((await send("GET", "/api/findings/9999")).status).toBe(404);
    expect((await send("PATCH", "/api/findings/9999", { owner: "x" })).status).toBe(404);
  });

  it("keeps a closed finding closed, and its due date, when its walk is edited", async () => {
    const id = idOf(alfa, "Trasig lampa");
    await send("POST", `/api/findings/${id}/close`, { closed_on: "2026-11-20", note: "Bytt" });
    const res = await send("PATCH", `/api/visits/${alfa.id}`, {
      findings: alfa.findings.map((f) => ({ id: f.id, text: `${f.text}!`, owner: f.owner })),
    });
    expect(res.status).toBe(200);
    const f = (await send("GET", `/api/findings/${id}`)).body as unknown as FindingItem;
    expect(f).toMatchObject({
      text: "Trasig lampa!",
      status: "done",
      closed_on: "2026-11-20",
      closed_note: "Bytt",
      due_on: "2026-11-01",
    });
    // A walk edit that leaves out the findings changes none of them.
    await send("PATCH", `/api/visits/${alfa.id}`, { attendees: 9 });
    expect((await send("GET", `/api/findings/${id}`)).body).toEqual(f);
  });

  it("drops the findings of a deleted walk from the list", async () => {
    const gone = await walk("12300003", "2026-11-01", [{ text: "Tillfällig", owner: "Polisen" }]);
    expect(textsOf(await list())).toContain("Tillfällig");
    expect((await send("DELETE", `/api/visits/${gone.id}`)).status).toBe(200);
    expect(textsOf(await list())).not.toContain("Tillfällig");
  });
});

describe("GET /api/findings/export.csv", () => {
  it("writes the filtered list for Excel, its header free of separators", async () => {
    const res = await t.app.request("/api/findings/export.csv?area_id=12300002");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe(
      'attachment; filename="grannkoll-fynd-2026-11-30.csv"',
    );
    // Keep the BOM: Response.text() would drop it.
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await res.arrayBuffer());
    expect(text.startsWith("\uFEFF")).toBe(true);
    const lines = text.slice(1).split("\r\n");
    expect(lines[0]).toBe(
      "id;vandring;vandringens datum;område;iakttagelse;ansvarig;klart senast;status;försenad;stängd;åtgärd",
    );
    expect(lines[0]?.split(";").every((h) => !/[,;"\t]/.test(h))).toBe(true);
    const ids = (await list("?area_id=12300002")).findings.map((f) => f.id);
    expect(lines.slice(1, -1).map((l) => Number(l.split(";")[0]))).toEqual(ids);
    expect(lines.at(-1)).toBe("");
    const dark = lines.find((l) => l.includes("Mörk passage"));
    expect(dark).toBe(
      `${idOf(beta, "Mörk passage")};${beta.id};2026-09-15;Beta;Mörk passage;Polisen;2026-10-01;öppen;ja;;`,
    );
  });

  it("refuses a bad filter with 400 naming it", async () => {
    const res = await send("GET", "/api/findings/export.csv?status=soon");
    expect(res.status).toBe(400);
    expect(fieldsOf(res.body)).toEqual(["status"]);
  });
});
