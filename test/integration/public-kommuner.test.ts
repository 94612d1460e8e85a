// The public side of the whole police area, over the embedded data (data/: the four kommuner of
// Lokalpolisområde Kävlinge). Area counts and eligible voters per kommun are checked against the
// raw file the areas were built from (Valmyndigheten's eligible voters per valdistrikt 2022, see
// ../shared/data/raw/lpo/SOURCES-lpo.md), computed here from the file itself. Then: each kommun's
// answers stand alone (its own areas, promises, reports and calendar), a kommun without promises
// says so, and the police area's summary holds each kommun's released figures and their sums.
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publicViewOf } from "../../server/app.ts";
import type { PublicAreaCollection } from "../../server/privacy/areas.ts";
import type { PoliceAreaSummary } from "../../server/privacy/police-area.ts";
import type { PublicProgress } from "../../server/privacy/progress.ts";
import type { PublicMeta } from "../../server/privacy/public-view.ts";
import type { QuarterReport } from "../../server/privacy/report.ts";
import { sumReleased } from "../../server/privacy/rules.ts";
import { jsonSender } from "../helpers/json-request.ts";
import { createTestApp, EMBEDDED_DATA, TEST_NOW } from "../helpers/test-app.ts";

const RAW = resolve(
  process.env.RAW_DIR ?? join(import.meta.dirname, "..", "..", "..", "shared", "data", "raw"),
  "lpo",
);
const VOTERS_FILE = "lpo_valdistrikt_2022_rostberattigade.csv";
/**
 * A byte copy of the raw voters file (Valmyndigheten, via ../shared/data/raw/lpo), so the check runs
 * on a clone without the raw folder; where the raw folder is, the copy must equal it.
 */
const VOTERS_COPY = join(import.meta.dirname, "..", "fixtures", "raw", VOTERS_FILE);
const votersText = () => {
  const copy = readFileSync(VOTERS_COPY, "utf8");
  const raw = join(RAW, VOTERS_FILE);
  if (existsSync(raw)) expect(copy).toBe(readFileSync(raw, "utf8"));
  return copy;
};
const KOMMUNER = ["1230", "1231", "1261", "1262"];

/** Districts and eligible voters (kommunval 2022) per kommun, from the raw CSV. */
function rawVoters(): Map<string, { areas: number; voters: number }> {
  const lines = votersText().trim().split(/\r?\n/);
  const header = (lines[0] as string).split(",");
  const kod = header.indexOf("kod");
  const voters = header.indexOf("rostberattigade_kf_2022");
  const out = new Map<string, { areas: number; voters: number }>();
  for (const line of lines.slice(1)) {
    const cells = line.split(",");
    const code = cells[kod] as string;
    // Districts have 8-digit codes; KKKK9800 holds early votes of no district (SOURCES-lpo.md).
    if (!/^\d{8}$/.test(code) || code.endsWith("9800")) continue;
    const k = code.slice(0, 4);
    const row = out.get(k) ?? { areas: 0, voters: 0 };
    row.areas += 1;
    row.voters += Number(cells[voters]);
    out.set(k, row);
  }
  return out;
}

const t = createTestApp(EMBEDDED_DATA);
afterAll(() => t.close());
/** The privacy filter itself, uncached, for answers right after a change. */
const view = publicViewOf({ db: t.db, dataDir: EMBEDDED_DATA, clock: () => TEST_NOW });

/** A promise period of a kommun, as data/promises.json gives it, when the seed has none for it. */
function ensurePeriod(kommun: string, name: string, from: string, to: string) {
  const has = t.db
    .prepare("SELECT 1 FROM promise_periods WHERE kommun = ? AND deleted_at IS NULL")
    .get(kommun);
  if (has) return;
  const id = t.db
    .prepare("INSERT INTO promise_periods (kommun, name, starts_on, ends_on) VALUES (?, ?, ?, ?)")
    .run(kommun, name, from, to).lastInsertRowid;
  const promise = t.db.prepare(
    `INSERT INTO promises (period_id, position, category, title_sv, title_en, target, deadline,
                           evidence, indicator)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  promise.run(id, 0, "activity", "Trygghetsvandringar", "Safety walks", 2, to, "safety_walk", null);
  promise.run(
    id,
    1,
    "goal",
    "Bostadsinbrotten ska inte öka",
    "No more burglaries",
    null,
    to,
    null,
    "burglaries_not_increase",
  );
}

beforeAll(() => {
  // Kävlinge 2019 and Burlöv 2018–19 as in data/promises.json (lpo_medborgarloften.csv).
  ensurePeriod("1261", "Medborgarlöften 2019", "2019-01-01", "2019-12-31");
  ensurePeriod("1231", "Medborgarlöften mars 2018–mars 2019", "2018-03-01", "2019-03-31");
});
const pub = jsonSender(t.as(null));
const get = async <T>(path: string) => {
  const res = await pub("GET", path);
  expect(res.status, `${path}: ${JSON.stringify(res.body).slice(0, 300)}`).toBe(200);
  return res.body as unknown as T;
};

describe("the deployment's kommuner in public", () => {
  it("names the kommuner, the default one and the police area in /api/meta", async () => {
    const meta = await get<PublicMeta>("/api/meta");
    expect(meta.kommuner).toEqual([
      { code: "1230", name: "Staffanstorp" },
      { code: "1231", name: "Burlöv" },
      { code: "1261", name: "Kävlinge" },
      { code: "1262", name: "Lomma" },
    ]);
    expect(meta.default_kommun).toBe("1230");
    expect(meta.police_area).toBe("Lokalpolisområde Kävlinge");
  });

  it("gives each kommun's areas and eligible voters as the raw file has them", async () => {
    const raw = rawVoters();
    expect([...raw.keys()].sort()).toEqual(KOMMUNER);
    const all = await get<PublicAreaCollection>("/api/public/areas");
    expect(all.features).toHaveLength([...raw.values()].reduce((n, r) => n + r.areas, 0));
    for (const k of KOMMUNER) {
      const mine = await get<PublicAreaCollection>(`/api/public/areas?kommun=${k}`);
      const expected = raw.get(k) as { areas: number; voters: number };
      expect(mine.features.length, k).toBe(expected.areas);
      expect(mine.features.every((f) => f.properties.kommun === k)).toBe(true);
      const voters = mine.features.reduce((n, f) => n + (f.properties.eligible_voters ?? 0), 0);
      expect(voters, k).toBe(expected.voters);
      // The same areas, in the same state, as in the answer for the whole deployment.
      const ids = new Set(mine.features.map((f) => f.id));
      expect(all.features.filter((f) => ids.has(f.id))).toEqual(mine.features);
    }
    expect(new Set(all.features.map((f) => f.properties.kommun_name))).toEqual(
      new Set(["Staffanstorp", "Burlöv", "Kävlinge", "Lomma"]),
    );
  });

  it("refuses a kommun that is malformed or not deployed, naming the parameter", async () => {
    for (const path of [
      "/api/public/areas?kommun=Lomma",
      "/api/public/areas?kommun=1280",
      "/api/public/promises?kommun=12621",
      "/api/public/reports?kommun=9999",
      "/api/public/sessions.ics?kommun=x",
      "/api/public/reports/2019-Q4?kommun=1280",
      "/api/public/areas?kommun=1262&kommun=1230",
    ]) {
      const res = await pub("GET", path);
      expect(res.status, path).toBe(400);
      expect(res.body, path).toMatchObject({
        error: {
          code: "invalid_query",
          // A repeated parameter is named as one, as on every other route.
          fields: [
            {
              field: "kommun",
              code: path.includes("&kommun=") ? "repeated_parameter" : "not_one_of",
            },
          ],
        },
      });
    }
  });
});

describe("each kommun's own promises and reports", () => {
  it("opens on the default kommun, Staffanstorp, without a parameter", async () => {
    const plain = await get<PublicProgress>("/api/public/promises");
    const named = await get<PublicProgress>("/api/public/promises?kommun=1230");
    expect(plain).toEqual(named);
    expect(plain).toMatchObject({ kommun: "1230", kommun_name: "Staffanstorp" });
  });

  it("counts a kommun's promises only against its own areas' records", async () => {
    // Move every one of Staffanstorp's visits into a Lomma area: Staffanstorp's counts fall to 0
    // for visits and Lomma's answers would change; restore afterwards.
    const before = view.promises(view.today(), "1230") as PublicProgress;
    const visitsPromise = before.activities.find((a) => a.evidence === "info_session");
    expect(visitsPromise?.done).toBeGreaterThan(0);
    const lomma = JSON.stringify(view.areas(view.today(), "1262"));
    t.db.exec("SAVEPOINT moved");
    try {
      t.db
        .prepare(
          `UPDATE visits SET area_id = (SELECT id FROM areas WHERE kommun = '1262' ORDER BY id LIMIT 1)
           WHERE area_id IN (SELECT id FROM areas WHERE kommun = '1230')`,
        )
        .run();
      const after = view.promises(view.today(), "1230") as PublicProgress;
      expect(after.activities.find((a) => a.id === visitsPromise?.id)?.done).toBe(0);
      expect(JSON.stringify(view.areas(view.today(), "1262"))).not.toBe(lomma);
    } finally {
      t.db.exec("ROLLBACK TO moved");
      t.db.exec("RELEASE moved");
    }
  });

  it("uses each kommun's own facts: Kävlinge's part-year burglaries say so", async () => {
    // Kävlinge's current period is 2021 (no goals); its 2019 promises hold the burglary goal.
    const current = await get<PublicProgress>("/api/public/promises?kommun=1261");
    expect(current.kommun_name).toBe("Kävlinge");
    expect(current.periods.map((p) => p.name)).toEqual([
      "Medborgarlöften 2017",
      "Medborgarlöften 2018",
      "Medborgarlöften 2019",
      "Medborgarlöften 2021",
    ]);
    const earlier = current.periods.find((p) => p.starts_on.startsWith("2019"));
    if (!earlier) throw new Error(`no 2019 period among ${JSON.stringify(current.periods)}`);
    const kavlinge = await get<PublicProgress>(
      `/api/public/promises?kommun=1261&period=${earlier.id}`,
    );
    expect(kavlinge.period.id).toBe(earlier.id);
    for (const g of kavlinge.goals) {
      for (const r of g.references) {
        // Only Kävlinge's own rows, and a part year is marked as one.
        expect(r.indicator.endsWith("_jan_sep")).toBe(r.part_year);
        if (r.part_year) expect(r.unit).toMatch(/Jan - Sep/);
      }
    }
    const burglaryGoal = kavlinge.goals.find((g) => g.indicator === "burglaries_not_increase");
    // Kävlinge's burglaries of January–September 2017–2019 (data/facts.csv), none of Staffanstorp's.
    expect(
      burglaryGoal?.references.map((r) => [r.indicator, r.year, r.value, r.part_year]),
    ).toEqual([
      ["bostadsinbrott_fullbordade_jan_sep", "2017", 37, true],
      ["bostadsinbrott_fullbordade_jan_sep", "2018", 23, true],
      ["bostadsinbrott_fullbordade_jan_sep", "2019", 15, true],
      ["bostadsinbrott_inkl_forsok_jan_sep", "2017", 46, true],
      ["bostadsinbrott_inkl_forsok_jan_sep", "2019", 24, true],
    ]);
    // Judged as the promise measures it, January–September against the same months a year
    // before, on its published figures (23 → 15), not on whole quarters of demo data.
    expect(burglaryGoal).toMatchObject({
      status: "met",
      demo: false,
      baseline: { value: 23, label: "Januari–september 2018", demo: false },
      current: { value: 15, label: "Januari–september 2019", as_of: "2019-09-30", demo: false },
    });
    expect(burglaryGoal?.baseline?.quarters).toBeUndefined();
    // A quarter's report, before the published January–September figures exist, sums whole
    // quarters: named by them, not by the published figure's label (found by review).
    const q2 = view.report("2019-Q2", view.today(), "1261");
    const inReport = q2?.indicators.find((g) => g.indicator === "burglaries_not_increase");
    expect(inReport?.baseline).toMatchObject({
      label: "",
      quarters: { first: "2018-Q1", last: "2018-Q2" },
    });
  });

  it("says a kommun without promises has none, and invents none", async () => {
    // Lomma's only period is in the embedded data; without any, the answer is a 404 naming Lomma.
    t.db.exec("SAVEPOINT none");
    try {
      t.db.prepare("UPDATE promise_periods SET deleted_at = 'x' WHERE kommun = '1262'").run();
      const res = await t.as(null).request("/api/public/promises?kommun=1262");
      expect(res.status).toBe(404);
      expect(await res.text()).toContain("Lomma");
      const summary = view.policeArea(view.today());
      expect(summary.kommuner.find((k) => k.code === "1262")).toMatchObject({
        period: null,
        promises: null,
      });
    } finally {
      t.db.exec("ROLLBACK TO none");
      t.db.exec("RELEASE none");
    }
  });

  it("gives each kommun its own reports, naming the kommun", async () => {
    for (const k of KOMMUNER) {
      const list = await get<{ kommun: string; reports: { quarter: string; url: string }[] }>(
        `/api/public/reports?kommun=${k}`,
      );
      expect(list.kommun).toBe(k);
      for (const r of list.reports.slice(0, 2)) {
        const report = await get<QuarterReport>(`/api/public/reports/${r.quarter}?kommun=${k}`);
        expect(report.kommun).toBe(k);
        expect(report.map.features.every((f) => f.id.startsWith(k))).toBe(true);
        if (k !== "1230") expect(r.url).toContain(`kommun=${k}`);
      }
    }
  });
});

describe("the police area as a whole", () => {
  it("leads ?kommun=all on promises and reports to the police area's answers", async () => {
    for (const [from, to] of [
      ["/api/public/promises?kommun=all", "/api/public/police-area"],
      ["/api/public/reports?kommun=all", "/api/public/police-area/reports"],
      ["/api/public/reports/2019-Q4?kommun=all", "/api/public/police-area/reports/2019-Q4"],
    ] as const) {
      const res = await t.as(null).request(from);
      expect(res.status, from).toBe(302);
      expect(res.headers.get("location")).toBe(to);
    }
    const all = await get<PublicAreaCollection>("/api/public/areas?kommun=all");
    expect(all.features).toHaveLength(57);
  });

  it("sums exact activities and publishes people counts only as sums of released values", async () => {
    const summary = await get<PoliceAreaSummary>("/api/public/police-area");
    expect(summary.police_area).toBe("Lokalpolisområde Kävlinge");
    expect(summary.kommuner.map((k) => k.code)).toEqual(KOMMUNER);
    expect(summary.quarters.length).toBeGreaterThan(0);
    for (const q of summary.quarters) {
      expect(q.kommuner.map((k) => k.kommun)).toEqual(KOMMUNER);
      expect(q.info_sessions).toBe(q.kommuner.reduce((n, k) => n + k.info_sessions, 0));
      expect(q.watch_areas).toBe(q.kommuner.reduce((n, k) => n + k.watch_areas, 0));
      const parts = q.kommuner.map((k) => k.kits);
      if (parts.includes(null)) expect(q.kits_total).toBeNull();
      else {
        const { display: _d, ...kits } = q.kits_total ?? { display: "" };
        expect(kits).toEqual(sumReleased(parts as NonNullable<(typeof parts)[number]>[]));
      }
    }
    // The survey index of the police area, with its source.
    expect(summary.facts.some((f) => f.indicator === "trygghetsmatning_totalindex")).toBe(true);
  });

  it("releases no kommun's kits before its own series, which its one stock already counts", async () => {
    // Staffanstorp's promises begin 2018-07-13: its released stock counts every kit before
    // 2018-Q3. Were its 2017–2018-Q2 quarters released too (the police area's quarters begin with
    // Kävlinge's 2017), a "<5" among them would be the stock minus the others (found by review).
    const summary = view.policeArea(view.today());
    const first = summary.quarters[0]?.quarter ?? "";
    expect(first).toBe("2017-Q1");
    for (const q of summary.quarters) {
      const staffanstorp = q.kommuner.find((k) => k.kommun === "1230");
      if (q.quarter < "2018-Q3") {
        expect(staffanstorp?.kits, q.quarter).toBeNull();
        expect(q.kits_total, q.quarter).toBeNull();
      } else expect(staffanstorp?.kits, q.quarter).not.toBeNull();
    }
    // The review's attack: three kits in 2017-Q2 move Staffanstorp's stock (released, by design)
    // and nothing else; the police area's answer stays byte for byte the same.
    const stockOf = (p: PublicProgress) =>
      JSON.stringify(p.goals.find((g) => g.indicator === "more_dna_households")?.baseline);
    const before = JSON.stringify(view.policeArea(view.today()));
    const stock = stockOf(view.promises(view.today(), "1230") as PublicProgress);
    t.db.exec("SAVEPOINT kit");
    try {
      t.db
        .prepare(
          `INSERT INTO dna_kits (area_id, handed_out_on, kits)
           VALUES ((SELECT id FROM areas WHERE kommun = '1230' ORDER BY id LIMIT 1), '2017-05-10', 3)`,
        )
        .run();
      expect(stockOf(view.promises(view.today(), "1230") as PublicProgress)).not.toBe(stock);
      expect(JSON.stringify(view.policeArea(view.today()))).toBe(before);
    } finally {
      t.db.exec("ROLLBACK TO kit");
      t.db.exec("RELEASE kit");
    }
  });

  it("keeps the kit series where it began when a period is added before it or a start is moved", async () => {
    // The review's second attack: a period added before Staffanstorp's first (or its start moved
    // earlier) moved the series, so the quarters its published stock counted came out one by one.
    const stockOf = (p: PublicProgress) =>
      JSON.stringify(p.goals.find((g) => g.indicator === "more_dna_households")?.baseline);
    const staffanstorp = () => view.promises(view.today(), "1230") as PublicProgress;
    const stock = stockOf(staffanstorp());
    const kitsOf = () =>
      view
        .policeArea(view.today())
        .quarters.filter((q) => q.quarter < "2018-Q3")
        .map((q) => q.kommuner.find((k) => k.kommun === "1230")?.kits);
    t.db.exec("SAVEPOINT earlier");
    try {
      const first = staffanstorp().periods[0] as { id: number };
      t.db
        .prepare("UPDATE promise_periods SET starts_on = '2018-01-01' WHERE id = ?")
        .run(first.id);
      const earlier = t.db
        .prepare(
          `INSERT INTO promise_periods (kommun, name, starts_on, ends_on)
           VALUES ('1230', 'Medborgarlöften 2017', '2017-01-01', '2017-12-31')`,
        )
        .run().lastInsertRowid as number;
      t.db
        .prepare(
          `INSERT INTO promises (period_id, position, category, title_sv, title_en, target,
             deadline, evidence, indicator)
           VALUES (?, 0, 'goal', 'Fler med märk-DNA', 'More property marking', NULL,
             '2017-12-31', NULL, 'more_dna_households')`,
        )
        .run(earlier);
      // Still no Staffanstorp kits before 2018-Q3 anywhere. The period now begins before its kit
      // series, so its märk-DNA goal is not judged (no stock at its new start can be told).
      expect(kitsOf().every((k) => k === null)).toBe(true);
      expect(JSON.parse(stock)).toMatchObject({ value: 294, as_of: "2018-06-30" });
      expect(stockOf(staffanstorp())).toBe("null");
      const period2017 = view.promises(view.today(), "1230", earlier) as PublicProgress;
      expect(period2017.trends.map((q) => q.kits)).toEqual([null, null, null, null]);
      const goal = period2017.goals.find((g) => g.indicator === "more_dna_households");
      expect(goal?.status).toBe("no_data");
      const report = view.report("2017-Q3", view.today(), "1230");
      expect(report).toBeDefined();
      expect(report?.done_in_quarter.kits ?? null).toBeNull();
    } finally {
      t.db.exec("ROLLBACK TO earlier");
      t.db.exec("RELEASE earlier");
    }
  });

  it("shows a kommun's quarter the same in its own report and in the police area's", async () => {
    const list = await get<{ reports: { quarter: string; kommuner: string[]; url: string }[] }>(
      "/api/public/police-area/reports",
    );
    const item = list.reports.find((r) => r.kommuner.includes("1230"));
    expect(item).toBeDefined();
    // The report page's address, as the web app names the whole police area in its URL.
    expect(item?.url).toBe(`/rapporter/${item?.quarter}?kommun=alla`);
    const quarter = item?.quarter as string;
    const area = await get<{ kommuner: { kommun: string; kits: unknown }[] }>(
      `/api/public/police-area/reports/${quarter}`,
    );
    const own = await get<QuarterReport>(`/api/public/reports/${quarter}?kommun=1230`);
    expect(area.kommuner.find((k) => k.kommun === "1230")?.kits).toEqual(own.done_in_quarter.kits);
  });

  it("reads an earlier period with ?period=, and refuses a period of another kommun or a bad one", async () => {
    const lomma = await t.as(null).request("/api/public/promises?kommun=1230");
    const staffanstorp = (await lomma.json()) as PublicProgress;
    const own = staffanstorp.periods[0];
    if (!own) throw new Error("Staffanstorp has no period");
    const kavlinge = (await get<PublicProgress>("/api/public/promises?kommun=1261")).periods;
    // Another kommun's, not an id, not one at all, an id written with a leading zero, or two.
    for (const bad of [
      `${kavlinge[0]?.id}`,
      "x",
      "-1",
      "99999",
      `0${own.id}`,
      `${own.id}&period=${own.id}`,
    ]) {
      const res = await t.as(null).request(`/api/public/promises?kommun=1230&period=${bad}`);
      expect(res.status, bad).toBe(400);
      const body = (await res.json()) as { error: { fields: { field: string }[] } };
      expect(body.error.fields[0]?.field).toBe("period");
    }
    const res = await t.as(null).request(`/api/public/promises?kommun=1230&period=${own.id}`);
    expect(res.status).toBe(200);
  });
});

describe("/ogc for the police area", () => {
  type Items = {
    features: { id: string | number; properties: { kommun: string } }[];
    numberMatched: number;
    links: { rel: string; href: string }[];
  };

  it("names the police area and its kommuner on the landing page and in the OpenAPI", async () => {
    const landing = await get<{ title: string; description: string }>("/ogc");
    expect(landing.title).toBe(
      "Grannkoll – Lokalpolisområde Kävlinge (Staffanstorp, Burlöv, Kävlinge och Lomma)",
    );
    const api = await pub("GET", "/ogc/api");
    const doc = api.body as unknown as {
      info: { description: string };
      components: { parameters: { kommun: { schema: { enum: string[] } } } };
    };
    expect(doc.info.description).toContain("Lokalpolisområde Kävlinge");
    expect(doc.components.parameters.kommun.schema.enum).toEqual(KOMMUNER);
  });

  it("selects one kommun's public areas with ?kommun=, the same ones the public API gives", async () => {
    for (const kommun of KOMMUNER) {
      const items = await get<Items>(`/ogc/collections/areas/items?kommun=${kommun}&limit=1000`);
      const api = await get<PublicAreaCollection>(`/api/public/areas?kommun=${kommun}`);
      expect(items.numberMatched).toBe(api.features.length);
      expect(items.features.map((f) => String(f.id)).sort()).toEqual(
        api.features.map((f) => String(f.properties.id)).sort(),
      );
      expect(new Set(items.features.map((f) => f.properties.kommun))).toEqual(new Set([kommun]));
    }
    // Without it, all four, and the page links carry the choice on.
    const all = await get<Items>("/ogc/collections/areas/items?limit=1000");
    expect(new Set(all.features.map((f) => f.properties.kommun))).toEqual(new Set(KOMMUNER));
    const page = await get<Items>("/ogc/collections/areas/items?kommun=1262&limit=5");
    const next = page.links.find((l) => l.rel === "next")?.href ?? "";
    expect(new URL(next).searchParams.get("kommun")).toBe("1262");
    expect(new URL(next).searchParams.get("offset")).toBe("5");
  });

  it("finds a feature of another kommun not under ?kommun=", async () => {
    const lomma = await get<Items>("/ogc/collections/areas/items?kommun=1262&limit=1");
    const id = lomma.features[0]?.id as string | number;
    expect((await pub("GET", `/ogc/collections/areas/items/${id}?kommun=1262`)).status).toBe(200);
    expect((await pub("GET", `/ogc/collections/areas/items/${id}?kommun=1230`)).status).toBe(404);
  });

  it("lets a logged-in planner pick any kommun in the public collections, not in the planning ones", async () => {
    const lomma = jsonSender(t.asAccount({ role: "planner", kommuner: ["1262"] }));
    const kavlinge = await lomma("GET", "/ogc/collections/areas/items?kommun=1261&limit=1000");
    expect(kavlinge.status).toBe(200);
    const features = (kavlinge.body as unknown as Items).features;
    expect(features).toHaveLength(18);
    expect(new Set(features.map((f) => f.properties.kommun))).toEqual(new Set(["1261"]));
    const planning = await lomma("GET", "/ogc/collections/planning_areas/items?kommun=1261");
    expect(planning.status).toBe(403);
    const own = await lomma("GET", "/ogc/collections/planning_areas/items?kommun=1262&limit=1000");
    expect((own.body as unknown as Items).features).toHaveLength(12);
    // A bad kommun is the same 400, naming the parameter, with a login or without.
    for (const send of [lomma, pub]) {
      for (const query of ["kommun=abc", "kommun=9999"]) {
        const res = await send("GET", `/ogc/collections/areas/items?${query}`);
        expect(res.status, query).toBe(400);
        const body = res.body as { error?: { fields?: { field: string }[] } };
        expect(body.error?.fields?.map((f) => f.field)).toEqual(["kommun"]);
      }
    }
    // An empty one picks none.
    const empty = await pub("GET", "/ogc/collections/areas/items?kommun=&limit=1000");
    expect((empty.body as unknown as Items).numberMatched).toBe(57);
  });

  it("refuses a kommun that is malformed, not served or repeated, naming the parameter", async () => {
    for (const [query, pattern] of [
      ["kommun=9999", /not one of this service's: 1230, 1231, 1261, 1262/],
      ["kommun=lomma", /four digits/],
      ["kommun=1230&kommun=1262", /more than once/],
    ] as const) {
      const res = await pub("GET", `/ogc/collections/areas/items?${query}`);
      expect(res.status, query).toBe(400);
      const body = res.body as { code?: string; error?: { message: string } };
      expect(body.code).toBe("InvalidParameterValue");
      expect(body.error?.message).toMatch(pattern);
    }
  });
});
