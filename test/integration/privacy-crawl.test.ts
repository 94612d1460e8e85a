// Tried as an attacker would: a planner and the police write a distinctive record of every kind
// (a contact-person meeting at a precise point yesterday, sessions and a walk with points, routes,
// notes and attendees, a group with a contact person, kits, a message, police presence, a
// lägesbild, small burglary counts), then everything a person without a login can reach is
// crawled — the public API, /api/meta, the calendar, every report and its static export, every
// /ogc collection, page and item — and none of it may carry a coordinate to 4 decimals, a day, a note, a person, an
// internal kind or a count of people under 5. Test clock: 2026-11-30, so October 2026 is the last
// ended month and 2026-Q3 the last ended quarter.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { QuarterReport } from "../../server/privacy/report.ts";
import { isSafeCount } from "../../server/privacy/rules.ts";
import { renderStaticReport } from "../../web/reports/static-export.tsx";
import { internalApi } from "../helpers/internal-api.ts";
import { jsonSender } from "../helpers/json-request.ts";
import { type Crawl, crawlPublic, keysOf, kommunSeeds } from "../helpers/public-crawl.ts";
import { createTestApp, EMBEDDED_DATA } from "../helpers/test-app.ts";

const t = createTestApp();
const planner = jsonSender(t.as("planner"));
const police = internalApi(t.as("police"));
let crawl: Crawl;

/** Written below; none of these may appear anywhere public. */
const SECRETS = [
  // coordinates of the contact meetings, the past session, the walk's route and the presence
  "13.2071",
  "55.6437",
  "13.2171",
  "55.6417",
  "13.2271",
  "55.6427",
  "13.2011",
  "55.6411",
  "13.2022",
  "55.6422",
  "13.2191",
  "55.6447",
  // their days (an ISO date, or an iCalendar one)
  "2026-11-29",
  "2026-09-17",
  "2026-10-14",
  "2026-10-08",
  "2026-10-20",
  "2026-11-28",
  "2026-11-24",
  "2026-11-03",
  "20261129",
  "20261014",
  "21:13",
  // free text and the contact person
  "HEMLIG",
  "Kontaktsson",
  "070-9998877",
  "hemlig@example",
];
/** The upcoming public session: announced, so its day and place are public (a control). */
const ANNOUNCED = { date: "2026-12-10", lon: "13.2151234", lat: "55.6457891" };

const FORBIDDEN_KEYS = new Set([
  "attendees",
  "attendees_under_5",
  "notes",
  "reason",
  "effective_minutes",
  "contact_name",
  "contact_phone",
  "contact_email",
  "households",
  "watch_households",
  "dna_households",
  "dna_uptake",
  "watch_coverage",
  "score",
  "rank",
  "priority",
  "route",
  "findings",
  "subject",
]);
/** People counts: never a number, only "<5" or 5 and over, and only per quarter for the kommun. */
const PEOPLE_COUNTS = new Set(["kits", "burglaries", "burglaries_year_before"]);
/** The police area's totals of people counts: sums of the kommuner's released values only. */
const PEOPLE_TOTALS = new Set(["kits_total", "burglaries_total"]);

/** A kommun's quarterly report (not the police area's). */
const isKommunReport = (path: string) =>
  /^\/api\/public\/reports\/\d{4}-Q\d(\?kommun=\d{4})?$/.test(path);

/** The privacy rules every crawled body must keep, whatever the data. */
function checkKeys(crawled: Crawl) {
  for (const [path, body] of crawled.bodies) {
    expect(body, path).not.toMatch(/"kind":\s*"contact_meeting"/);
    if (!body.startsWith("{") && !body.startsWith("[")) continue;
    for (const [key, parent] of keysOf(JSON.parse(body))) {
      expect(FORBIDDEN_KEYS.has(key), `${path}: key ${key}`).toBe(false);
      if (PEOPLE_COUNTS.has(key)) {
        // Only in a quarter's kommun totals (a kommun's row of a police-area quarter included),
        // and only as "<5" or 5 and over.
        const kommunQuarter = "kommun" in parent && "contact_meetings" in parent;
        expect(
          "quarter" in parent || "done_in_quarter" in parent || key === "kits" || kommunQuarter,
          path,
        ).toBe(true);
        const v = parent[key];
        expect(v === null || isSafeCount(v), `${path}: ${key} = ${JSON.stringify(v)}`).toBe(true);
      }
      if (PEOPLE_TOTALS.has(key) && parent[key] !== null) {
        const v = parent[key] as { min: number; max: number; approximate: boolean };
        // Exact only when every part was released exactly (each 5 or over): never a small total.
        if (!v.approximate) expect(v.min === v.max && (v.min === 0 || v.min >= 5), path).toBe(true);
        else expect(v.max - v.min, path).toBeGreaterThanOrEqual(4);
      }
    }
  }
}

beforeAll(async () => {
  const ok = async (p: Promise<{ status: number; body: unknown }>) => {
    const r = await p;
    expect(r.status, JSON.stringify(r.body)).toBe(201);
  };
  await ok(
    planner("POST", "/api/visits", {
      kind: "contact_meeting",
      date: "2026-11-29",
      lon: 13.2071234,
      lat: 55.6437891,
      attendees: 3,
      notes: "HEMLIG-ANTECKNING-1",
    }),
  );
  await ok(
    planner("POST", "/api/visits", {
      kind: "contact_meeting",
      date: "2026-09-17",
      lon: 13.2171234,
      lat: 55.6417891,
      attendees: 2,
    }),
  );
  await ok(
    planner("POST", "/api/visits", {
      kind: "info_session",
      date: "2026-10-14",
      lon: 13.2271234,
      lat: 55.6427891,
      topic: "markdna",
      attendees: 4,
      kits: 3,
      notes: "HEMLIG-ANTECKNING-2",
    }),
  );
  await ok(
    planner("POST", "/api/visits", {
      kind: "safety_walk",
      date: "2026-10-08",
      route: {
        type: "LineString",
        coordinates: [
          [13.2011111, 55.6411111],
          [13.2022222, 55.6422222],
        ],
      },
      attendees: 2,
      participants: ["Boende"],
      findings: [{ text: "HEMLIGT-FYND vid porten", owner: "Tekniska förvaltningen" }],
    }),
  );
  await ok(
    planner("POST", "/api/visits", {
      kind: "info_session",
      date: ANNOUNCED.date,
      lon: Number(ANNOUNCED.lon),
      lat: Number(ANNOUNCED.lat),
      topic: "grannsamverkan",
      organisers: ["police", "municipality"],
      venue: "Torget",
    }),
  );
  await ok(
    planner("POST", "/api/dna-kits", { area_id: "12300002", handed_out_on: "2026-10-20", kits: 3 }),
  );
  await ok(
    planner("POST", "/api/watch-groups", {
      area_id: "12300003",
      name: "HEMLIG-GRUPP",
      status: "active",
      households: 4,
      started_on: "2026-11-03",
      contact_name: "Hemlig Kontaktsson",
      contact_phone: "070-9998877",
      contact_email: "hemlig@example.se",
    }),
  );
  await ok(
    planner("POST", "/api/messages", {
      sent_on: "2026-11-03",
      channel: "coyards",
      subject: "HEMLIGT-UTSKICK",
      area_ids: ["12300001"],
    }),
  );
  const presence = await police("POST", "/presence", {
    starts_at: "2026-11-28T21:13:00Z",
    ends_at: "2026-11-28T21:47:00Z",
    actor: "police",
    kind: "foot",
    place: { type: "Point", coordinates: [13.2191234, 55.6447891] },
    notes: "HEMLIG-NARVARO",
  });
  expect(presence.status, JSON.stringify(presence.body)).toBe(201);
  const lagesbild = await police("POST", "/lagesbild", {
    date: "2026-11-24",
    participants: ["Kommunpolis"],
    areas: [{ area_id: "12300001", reason: "HEMLIG-ORSAK", bands: [] }],
    notes: "HEMLIG-LAGESBILD",
  });
  expect(lagesbild.status, JSON.stringify(lagesbild.body)).toBe(201);
  // Burglaries are recorded per area and quarter (by import); one small count in an ended quarter.
  t.db
    .prepare("INSERT INTO burglaries (area_id, quarter, count) VALUES ('12300002', '2026-Q3', 3)")
    .run();
  crawl = await crawlPublic(t.as(null), kommunSeeds(["1230"]));
  // The static export of every report, in both languages, as `npm run export-report` writes it.
  for (const path of [...crawl.bodies.keys()].filter(isKommunReport)) {
    const report = JSON.parse(crawl.bodies.get(path) as string) as QuarterReport;
    for (const lang of ["sv", "en"] as const) {
      const files = renderStaticReport(report, lang, "");
      for (const [name, text] of Object.entries(files)) {
        crawl.bodies.set(`export ${report.quarter} ${lang} ${name}`, text);
      }
    }
  }
});
afterAll(() => t.close());

describe("the public crawl", () => {
  it("reaches every public surface: API, meta, calendar, reports, and every /ogc page and item", () => {
    const paths = [...crawl.bodies.keys()];
    expect(paths).toEqual(
      expect.arrayContaining([
        "/api/meta",
        "/api/public/areas",
        "/api/public/promises",
        "/api/public/sessions.ics",
        "/api/public/reports/2018-Q3",
        "/api/public/reports/2019-Q4",
        "/api/public/areas?kommun=1230",
        "/api/public/areas?kommun=all",
        "/api/public/reports/2019-Q4?kommun=1230",
        "/api/public/police-area",
        "/api/public/police-area/reports/2019-Q4",
        "/ogc/collections/areas/items?limit=100&f=geojson",
        "export 2019-Q4 sv html",
        "export 2019-Q4 en svg",
        "export 2019-Q4 sv geojson",
      ]),
    );
    for (const c of ["areas", "activity", "sessions"]) {
      expect(
        paths.some((p) => p.startsWith(`/ogc/collections/${c}/items/`)),
        c,
      ).toBe(true);
    }
    // The planning collections are not listed for the public and answer 401 when asked for.
    expect(crawl.bodies.get("/ogc/collections")).not.toContain("planning_");
    expect(paths.some((p) => p.includes("planning_"))).toBe(false);
  });

  it("sees what is public: the announced session with its day and place (to three decimals)", () => {
    const all = [...crawl.bodies.values()].join("\n");
    expect(all).toContain(ANNOUNCED.date);
    expect(all).toContain(ANNOUNCED.lon.slice(0, 6));
    expect(all).not.toContain(ANNOUNCED.lon.slice(0, 7));
    expect(crawl.bodies.get("/api/public/sessions.ics")).toContain("DTSTART;VALUE=DATE:20261210");
  });

  it("carries no coordinate, day, note or person of any internal record", () => {
    for (const [path, body] of crawl.bodies) {
      for (const secret of SECRETS) expect(body, `${path} holds ${secret}`).not.toContain(secret);
    }
  });

  it("names no internal kind and no internal field", () => {
    checkKeys(crawl);
  });

  it("dates nothing finer than a month, but announced sessions and published survey figures", () => {
    const months = new Set<string>();
    for (let y = 2010; y <= 2030; y++) {
      for (let m = 1; m <= 12; m++) {
        const first = `${y}-${String(m).padStart(2, "0")}-01`;
        months.add(first);
        months.add(new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10));
      }
    }
    const allowed = new Set([
      ...months,
      "2026-11-30", // today
      "2018-07-12", // the day before the promise period starts (the baselines' day)
      "2018-07-13", // the period's first day
      "2018-11-18", // a published survey result
      ANNOUNCED.date,
    ]);
    for (const [path, text] of crawl.bodies) {
      // A published source's address may carry its own publication day (a news article's URL):
      // that dates the source, not any record.
      // Only web addresses are skipped (in JSON, HTML and the calendar alike); a record's own
      // day can never be one, since the secret days are checked above in every body as written.
      const body = text.replace(/https?:\/\/[^\s"'<>]*/g, "URL");
      for (const m of body.matchAll(/\b(\d{4}-\d{2}-\d{2})\b/g)) {
        expect(allowed.has(m[1] as string), `${path} dates ${m[1]}`).toBe(true);
      }
    }
  });

  it("answers the planning collections with 401 and a challenge, never their data", async () => {
    for (const path of [
      "/ogc/collections/planning_areas",
      "/ogc/collections/planning_visits/items",
      "/ogc/collections/planning_visits/items/1",
    ]) {
      const res = await t.as(null).request(path);
      expect(res.status, path).toBe(401);
      expect(res.headers.get("www-authenticate")).toMatch(/Basic.*Bearer/);
      expect(await res.text()).not.toMatch(/HEMLIG|13\.20/);
    }
  });
});

// The whole police area on the embedded data: a planner of Lomma writes the same kinds of secret
// in a Lomma area, and every public URL is crawled for every kommun and for the police area.
describe("the public crawl of the whole police area (embedded data)", () => {
  const e = createTestApp(EMBEDDED_DATA);
  const lomma = e.asAccount({ role: "planner", kommuner: ["1262"] });
  const write = jsonSender(lomma);
  const KOMMUNER = ["1230", "1231", "1261", "1262"];
  const LOMMA_SECRETS = ["13.0771234", "55.6734567", "2026-11-27", "2026-09-16", "HEMLIG-LOMMA"];
  let lommaArea: string;
  let embedded: Crawl;

  beforeAll(async () => {
    lommaArea = e.db
      .prepare("SELECT id FROM areas WHERE kommun = '1262' ORDER BY id LIMIT 1")
      .pluck()
      .get() as string;
    for (const [date, kind] of [
      ["2026-11-27", "contact_meeting"],
      ["2026-09-16", "safety_walk"],
    ] as const) {
      const r = await write("POST", "/api/visits", {
        kind,
        date,
        area_id: lommaArea,
        lon: 13.0771234,
        lat: 55.6734567,
        attendees: 2,
        notes: "HEMLIG-LOMMA",
      });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
    }
    e.db
      .prepare("INSERT INTO burglaries (area_id, quarter, count) VALUES (?, '2026-Q3', 2)")
      .run(lommaArea);
    embedded = await crawlPublic(e.as(null), kommunSeeds(KOMMUNER));
  }, 120_000);
  afterAll(() => e.close());

  it("reaches every public answer of every kommun and of the police area", () => {
    const paths = [...embedded.bodies.keys()];
    for (const k of [...KOMMUNER, "all"]) {
      expect(paths, k).toContain(`/api/public/areas?kommun=${k}`);
      expect(paths, k).toContain(`/api/public/sessions.ics?kommun=${k}`);
    }
    expect(paths).toContain("/api/public/promises?kommun=1230");
    expect(paths).toContain("/api/public/police-area");
    expect(paths.some((p) => /^\/api\/public\/police-area\/reports\/\d{4}-Q\d$/.test(p))).toBe(
      true,
    );
    expect(paths.some((p) => /reports\/\d{4}-Q\d\?kommun=1230$/.test(p))).toBe(true);
    // Every ?kommun= answer was either an answer, a 404 for a kommun with no promises, or the way
    // to the police area's: never an error.
    for (const [path, status] of embedded.statuses) {
      if (path.includes("kommun=")) expect([200, 302, 404], `${path}: ${status}`).toContain(status);
    }
  });

  it("carries none of the Lomma planner's secrets", () => {
    for (const [path, body] of embedded.bodies) {
      for (const secret of LOMMA_SECRETS) {
        expect(body, `${path} holds ${secret}`).not.toContain(secret);
      }
    }
  });

  it("names no internal field, and people counts only as released", () => {
    checkKeys(embedded);
  });

  it("dates nothing finer than a month but announced sessions, periods and published results", () => {
    const allowed = new Set<string>(["2026-11-30"]);
    for (let y = 2000; y <= 2035; y++) {
      for (let m = 1; m <= 12; m++) {
        allowed.add(`${y}-${String(m).padStart(2, "0")}-01`);
        allowed.add(new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10));
      }
    }
    // The promise periods' days (and the day before each, the baselines' day), published goal
    // entries, and the sessions announced from today on: public by definition.
    const periods = e.db
      .prepare(
        "SELECT starts_on, ends_on, date(starts_on, '-1 day') AS before FROM promise_periods",
      )
      .all() as { starts_on: string; ends_on: string; before: string }[];
    for (const p of periods) for (const d of [p.starts_on, p.ends_on, p.before]) allowed.add(d);
    const entries = e.db
      .prepare(
        `SELECT pp.date FROM promise_progress pp JOIN promises p ON p.id = pp.promise_id
         WHERE p.category = 'goal'`,
      )
      .pluck()
      .all() as string[];
    for (const d of entries) allowed.add(d);
    const upcoming = e.db
      .prepare("SELECT date FROM visits WHERE kind = 'info_session' AND date >= '2026-11-30'")
      .pluck()
      .all() as string[];
    for (const d of upcoming) allowed.add(d);
    for (const [path, text] of embedded.bodies) {
      const body = text.replace(/https?:\/\/[^\s"'<>]*/g, "URL");
      for (const m of body.matchAll(/\b(\d{4}-\d{2}-\d{2})\b/g)) {
        expect(allowed.has(m[1] as string), `${path} dates ${m[1]}`).toBe(true);
      }
    }
  });
});
