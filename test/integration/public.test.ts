// Every /api/public/* endpoint over the fixture, checked for what must never be public: contact
// persons, presence, lägesbild content, per-area burglary figures, rankings, internal notes, and
// counts under 5 written as numbers. Fixture (see watch-groups.test.ts): Alfa 12300001 (groups
// 1–2 active, kits 10 + 15 of 200 households), Beta 12300002 (group 4 starting, 5 active from
// 2020-02-01; kits 5 of 100), Gamma 12300003 (no group). Clock: 2026-11-30.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PublicAreaCollection } from "../../server/public/areas.ts";
import { isSafeCount } from "../../server/public/small-counts.ts";
import { jsonSender } from "../helpers/json-request.ts";
import { createTestApp } from "../helpers/test-app.ts";

const t = createTestApp();
afterAll(() => t.close());
const send = jsonSender(t.app);

const PERSONAL = /Kontakt Person|070-17406|kontakt\d@|example\.se|Anna Nilsson|070-999/;
const PRESENCE = /2019-05-01T18|18:00|18:30/;
const LAGESBILD =
  /Inbrott i villaområdet|Oro bland boende|Skadegörelse|Kommunpolis|Trygghetssamordnare|Fixture:/;
const FORBIDDEN_KEYS = new Set([
  "contact_name",
  "contact_phone",
  "contact_email",
  "notes",
  "note",
  "priority",
  "priorities",
  "score",
  "rank",
  "risk",
  "presence",
  "starts_at",
  "ends_at",
  "reason",
  "bands",
  "participants",
  "attendees",
  "households",
  "ids",
  "units",
  "burglaries_by_quarter",
  "subject",
]);
/** Numbers that are not counts: ids, the promise's own target, positions and survey indexes. */
const NUMBER_KEYS = new Set(["id", "period_id", "target", "lon", "lat", "distance_km"]);
const COUNT_KEYS = new Set([
  "info_sessions",
  "contact_meetings",
  "safety_walks",
  "messages",
  "lagesbild_weeks",
  "kits",
  "watch_areas",
  "done",
  "burglaries",
  "burglaries_year_before",
]);

/** Every problem found in a public response, as "path: why". */
function problems(value: unknown, path = "$", parent?: Record<string, unknown>): string[] {
  const key = path.split(".").at(-1) ?? "";
  if (key === "coordinates") return [];
  if (typeof value === "number") {
    const index = key === "value" && (parent?.kind === "index" || "label" in (parent ?? {}));
    return value < 5 && !NUMBER_KEYS.has(key) && !index
      ? [`${path}: ${value} is a number under 5`]
      : [];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => problems(v, `${path}.${i}`, parent));
  if (value === null || typeof value !== "object") return [];
  const obj = value as Record<string, unknown>;
  const out: string[] = [];
  for (const [k, v] of Object.entries(obj)) {
    if (FORBIDDEN_KEYS.has(k)) out.push(`${path}.${k}: not public`);
    if (COUNT_KEYS.has(k) && v !== null && !isSafeCount(v))
      out.push(`${path}.${k}: not a SmallCount`);
    // Burglary figures are kommun totals only: never on an area.
    if (/burglar/.test(k) && ("area_id" in obj || path.includes("features")))
      out.push(`${path}.${k}: per area`);
    out.push(...problems(v, `${path}.${k}`, obj));
  }
  return out;
}

let endpoints: string[] = [];
const bodies = new Map<string, string>();

beforeAll(async () => {
  // An upcoming public session in Beta, and an internal note that must stay internal.
  const visit = await send("POST", "/api/visits", {
    kind: "info_session",
    date: "2027-01-15",
    topic: "markdna",
    lon: 13.215,
    lat: 55.645,
    notes: "Anna Nilsson 070-999 bokar lokalen",
  });
  expect(visit.status).toBe(201);
  const entry = await send("POST", "/api/promises/6/progress", {
    date: "2019-03-01",
    note: "Anna Nilsson 070-999 leder SIG",
    label: "SIG startad",
  });
  expect(entry.status).toBe(201);
  const list = await send("GET", "/api/public/reports");
  const reports = (list.body.reports as { quarter: string }[]).map(
    (r) => `/api/public/reports/${r.quarter}`,
  );
  endpoints = ["/api/public/areas", "/api/public/promises", "/api/public/reports", ...reports];
  for (const path of endpoints) {
    const res = await t.app.request(path);
    expect(res.status, path).toBe(200);
    bodies.set(path, await res.text());
  }
});

describe("every public endpoint", () => {
  it("is walked: areas, promises, the report list and six quarterly reports", () => {
    expect(endpoints).toHaveLength(3 + 6);
  });

  it("holds no contact person, presence, lägesbild content or internal note", () => {
    for (const [path, text] of bodies) {
      expect(text, path).not.toMatch(PERSONAL);
      expect(text, path).not.toMatch(PRESENCE);
      expect(text, path).not.toMatch(LAGESBILD);
      expect(text, path).not.toContain("bokar lokalen");
    }
  });

  it("has no forbidden fields, no per-area burglary figures and no count under 5 as a number", () => {
    for (const [path, text] of bodies) expect(problems(JSON.parse(text)), path).toEqual([]);
  });

  it("the walker itself catches a leak", () => {
    const leak = {
      features: [{ burglaries: 3, contact_name: "x", kits: { value: 2, display: "2" } }],
    };
    expect(problems(leak)).toEqual([
      "$.features.0.burglaries: not a SmallCount",
      "$.features.0.burglaries: per area",
      "$.features.0.burglaries: 3 is a number under 5",
      "$.features.0.contact_name: not public",
      "$.features.0.kits: not a SmallCount",
      "$.features.0.kits.value: 2 is a number under 5",
    ]);
  });
});

describe("GET /api/public/areas", () => {
  const areas = () => JSON.parse(bodies.get("/api/public/areas") as string) as PublicAreaCollection;
  const area = (id: string) => areas().features.find((f) => f.id === id)?.properties;

  it("shows watch status, with no group as an invitation, and märk-DNA in coarse classes", () => {
    expect(
      areas().features.map((f) => [f.id, f.properties.watch, f.properties.dna_uptake_class]),
    ).toEqual([
      ["12300001", "active", "10–25 %"], // 25 kits / 200 households
      ["12300002", "active", "<10 %"], // 5 / 100; group 5 active since 2020-02-01
      ["12300003", "invitation", "<10 %"],
    ]);
    expect(areas().as_of).toBe("2026-11-30");
  });

  it("counts sessions and walks per ended month, never contact meetings", () => {
    const small = { value: null, display: "<5" };
    expect(area("12300001")?.activity.map((m) => m.month)).toEqual([
      "2018-09",
      "2019-06",
      "2019-10",
    ]);
    expect(area("12300001")?.activity[0]).toEqual({
      month: "2018-09",
      info_sessions: small,
      safety_walks: small,
    });
    // Beta's contact meeting (2018-03) is not listed; its walk of 2019-12-31 is.
    expect(area("12300002")?.activity.map((m) => m.month)).toEqual(["2019-12"]);
  });

  it("lists upcoming sessions, and the nearest one for an invitation area", () => {
    const session = {
      date: "2027-01-15",
      area_id: "12300002",
      area_name: "Beta",
      topic: "markdna",
      lon: 13.215,
      lat: 55.645,
    };
    expect(area("12300002")?.upcoming_sessions).toEqual([session]);
    // Gamma's centre (13.225, 55.645) is 0.01° of longitude away: 1.112 km × cos(55.645°) ≈ 0.63 km.
    expect(area("12300003")?.next_session_nearby).toEqual({ ...session, distance_km: 0.6 });
    expect(area("12300001")?.next_session_nearby).toBeNull();
  });

  it("is cached with an ETag and answers 304 to a repeat", async () => {
    const first = await t.app.request("/api/public/areas");
    const etag = first.headers.get("etag") as string;
    expect(etag).toBeTruthy();
    const again = await t.app.request("/api/public/areas", { headers: { "If-None-Match": etag } });
    expect(again.status).toBe(304);
  });
});

describe("GET /api/public/promises", () => {
  it("gives the period's progress with small counts and no internal detail", () => {
    const body = JSON.parse(bodies.get("/api/public/promises") as string);
    expect(body.period).toMatchObject({
      name: "Medborgarlöften 2018–2019",
      starts_on: "2018-07-13",
    });
    const byId = new Map(body.activities.map((a: { id: number }) => [a.id, a]));
    expect(byId.get(3)).toMatchObject({
      target: 2,
      done: { value: null, display: "<5" },
      status: "achieved",
    });
    expect(byId.get(6)).toMatchObject({ status: "achieved" }); // SIG: the manual entry above
    const safety = body.goals.find((g: { id: number }) => g.id === 11);
    expect(safety).toMatchObject({
      status: "met",
      baseline: { kind: "index", value: 2.12 },
      current: { kind: "index", value: 1.87 },
    });
    // Burglaries, kommun total: 10 in 2018-Q4..2019-Q4 against 3 a year earlier.
    const burglaries = body.goals.find((g: { id: number }) => g.id === 8);
    expect(burglaries).toMatchObject({
      status: "not_met",
      current: { value: { value: 10, display: "10" } },
      baseline: { value: { value: null, display: "<5" } },
    });
  });
});
