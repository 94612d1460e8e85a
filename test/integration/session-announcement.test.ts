// A public information session carries what a resident needs — its time, its venue, who arranges
// it and how to sign up — from the planner's form to the public map, /ogc and the calendar feed;
// bad times are refused naming the field. Test clock 2026-11-30.
import { afterAll, describe, expect, it } from "vitest";
import type { PublicAreaCollection } from "../../server/privacy/areas.ts";
import { PUBLIC_MAX_STALE_MS } from "../../server/public/routes.ts";
import { fieldsOf, jsonSender } from "../helpers/json-request.ts";
import { createTestApp } from "../helpers/test-app.ts";

const t = createTestApp();
afterAll(() => t.close());
const send = jsonSender(t.app);

const session = {
  kind: "info_session",
  date: "2026-12-10",
  lon: 13.215,
  lat: 55.645,
  topic: "markdna",
  organisers: ["police", "municipality"],
  start_time: "18:30",
  end_time: "20:00",
  venue: "Torget vid Beta skola",
  signup: "https://staffanstorp.se/anmalan",
};

describe("announcing an information session", () => {
  it("stores and returns its time, venue and sign-up", async () => {
    const res = await send("POST", "/api/visits", session);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      start_time: "18:30",
      end_time: "20:00",
      venue: "Torget vid Beta skola",
      signup: "https://staffanstorp.se/anmalan",
    });
    const patched = await send("PATCH", `/api/visits/${res.body.id}`, { end_time: null });
    expect(patched.body).toMatchObject({ start_time: "18:30", end_time: null });
    await send("PATCH", `/api/visits/${res.body.id}`, { end_time: "20:00" });
  });

  it("refuses a time that is not HH:MM, an end before the start, and a venue on a contact meeting", async () => {
    const bad = await send("POST", "/api/visits", {
      ...session,
      start_time: "18.30",
      end_time: "25:00",
    });
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad.body).sort()).toEqual(["end_time", "start_time"]);
    const backwards = await send("POST", "/api/visits", { ...session, end_time: "17:00" });
    expect(fieldsOf(backwards.body)).toEqual(["end_time"]);
    const meeting = await send("POST", "/api/visits", {
      kind: "contact_meeting",
      date: "2026-12-11",
      area_id: "12300001",
      venue: "Hemma hos en kontaktperson",
    });
    expect(meeting.status).toBe(400);
    expect(fieldsOf(meeting.body)).toEqual(["venue"]);
  });
});

describe("the announcement in public", () => {
  it("is on the public map and in /ogc's sessions", async () => {
    const areas = (await (
      await t.as(null).request("/api/public/areas")
    ).json()) as PublicAreaCollection;
    const beta = areas.features.find((f) => f.id === "12300002");
    expect(beta?.properties.upcoming_sessions).toEqual([
      {
        id: "2026-12-10-12300002-1",
        date: "2026-12-10",
        start_time: "18:30",
        end_time: "20:00",
        venue: "Torget vid Beta skola",
        signup: "https://staffanstorp.se/anmalan",
        area_id: "12300002",
        area_name: "Beta",
        kommun: "1230",
        kommun_name: "Staffanstorp",
        topic: "markdna",
        organisers: ["police", "municipality"],
        lon: 13.215,
        lat: 55.645,
        demo: false,
      },
    ]);
    const ogc = await t.as(null).request("/ogc/collections/sessions/items/2026-12-10-12300002-1");
    expect(((await ogc.json()) as { properties: object }).properties).toMatchObject({
      start_time: "18:30",
      venue: "Torget vid Beta skola",
      signup: "https://staffanstorp.se/anmalan",
    });
  });

  it("is in the calendar feed at its local time, with its venue and how to sign up", async () => {
    const res = await t.as(null).request("/api/public/sessions.ics");
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const ics = (await res.text()).replace(/\r\n /g, ""); // unfold long lines
    expect(ics).toContain("UID:2026-12-10-12300002-1@grannkoll");
    // 18:30–20:00 in Staffanstorp in December (CET, UTC+1), as UTC instants.
    expect(ics).toContain("DTSTART:20261210T173000Z");
    expect(ics).toContain("DTEND:20261210T190000Z");
    expect(ics).toContain("LOCATION:Torget vid Beta skola\\, Beta");
    expect(ics).toContain("GEO:55.645;13.215");
    expect(ics).toContain("SUMMARY:Informationsträff om märk-DNA – Beta");
    expect(ics).toContain("Anmälan och frågor: https://staffanstorp.se/anmalan");
    const again = await t.as(null).request("/api/public/sessions.ics", {
      headers: { "If-None-Match": res.headers.get("etag") ?? "" },
    });
    expect(again.status).toBe(304);
  });
});

describe("what of a session is public", () => {
  // Gamma (12300003): a session saved but not announced yet, then announced with a venue only;
  // its point is given to six decimals.
  const saved = {
    kind: "info_session",
    date: "2026-12-17",
    lon: 13.226789,
    lat: 55.646123,
    topic: "grannsamverkan",
  };
  const publicAnswers = async () => {
    const areas = await (await t.as(null).request("/api/public/areas")).text();
    const ogc = await (await t.as(null).request("/ogc/collections/sessions/items")).text();
    const ics = (await (await t.as(null).request("/api/public/sessions.ics")).text()).replace(
      /\r\n /g,
      "",
    );
    return { areas, ogc, ics, all: `${areas}\n${ogc}\n${ics}` };
  };

  let id: number;

  it("is nothing while the session is only saved (no venue, no start time)", async () => {
    const res = await send("POST", "/api/visits", saved);
    expect(res.status).toBe(201);
    id = res.body.id as number;
    await new Promise((r) => setTimeout(r, PUBLIC_MAX_STALE_MS + 50));
    const { all } = await publicAnswers();
    expect(all).not.toContain("2026-12-17");
    expect(all).not.toContain("20261217");
    expect(all).not.toMatch(/13\.2267|55\.6461/);
  });

  it("is the announced session, its point rounded to three decimals everywhere", async () => {
    const announced = await send("PATCH", `/api/visits/${id}`, { venue: "Gamma bibliotek" });
    expect(announced.status).toBe(200);
    // Public answers may lag a write by up to PUBLIC_MAX_STALE_MS.
    await new Promise((r) => setTimeout(r, PUBLIC_MAX_STALE_MS + 50));
    const { areas, ogc, ics, all } = await publicAnswers();
    const gamma = (JSON.parse(areas) as PublicAreaCollection).features.find(
      (f) => f.id === "12300003",
    );
    expect(gamma?.properties.upcoming_sessions).toMatchObject([
      { date: "2026-12-17", venue: "Gamma bibliotek", lon: 13.227, lat: 55.646 },
    ]);
    const item = (
      JSON.parse(ogc) as { features: { id: string; geometry: object }[] }
    ).features.find((f) => f.id === "2026-12-17-12300003-1");
    expect(item?.geometry).toEqual({ type: "Point", coordinates: [13.227, 55.646] });
    expect(ics).toContain("GEO:55.646;13.227");
    expect(all).not.toMatch(/13\.2267|55\.6461/);
  });
});

describe("a contact person in the announcement", () => {
  // A watch group whose contact person is Karin Berg, 0708-99 88 77, karin.berg@example.org.
  const contact = {
    area_id: "12300001",
    name: "Alfa Södra",
    status: "active",
    households: 12,
    started_on: "2020-03-01",
    contact_name: "Karin Berg",
    contact_phone: "0708-99 88 77",
    contact_email: "karin.berg@example.org",
  };

  it("is refused in the venue or the signup, naming the field; nothing is written", async () => {
    expect((await send("POST", "/api/watch-groups", contact)).status).toBe(201);
    const count = () => t.db.prepare("SELECT COUNT(*) FROM visits").pluck().get();
    const before = count();
    for (const [fields, bad] of [
      [{ venue: "Hemma hos karin berg" }, ["venue"]],
      [{ signup: "Ring +46 708 998877" }, ["signup"]],
      [{ venue: "Torget", signup: "KARIN.BERG@example.org" }, ["signup"]],
      [{ venue: "Karin Berg", signup: "070899 88 77" }, ["venue", "signup"]],
    ] as const) {
      const res = await send("POST", "/api/visits", { ...session, date: "2026-12-20", ...fields });
      expect(res.status, JSON.stringify(fields)).toBe(400);
      expect(fieldsOf(res.body)).toEqual(bad);
      expect(JSON.stringify(res.body)).not.toMatch(/Karin|998877|example\.org/);
    }
    expect(count()).toBe(before);
  });

  it("is refused when a session is changed to carry one, and the session stays as it was", async () => {
    const ok = await send("POST", "/api/visits", { ...session, date: "2026-12-21" });
    expect(ok.status).toBe(201);
    const res = await send("PATCH", `/api/visits/${ok.body.id}`, {
      signup: "karin.berg@example.org",
    });
    expect(res.status).toBe(400);
    expect(fieldsOf(res.body)).toEqual(["signup"]);
    expect((await send("GET", `/api/visits/${ok.body.id}`)).body.signup).toBe(session.signup);
  });
});
