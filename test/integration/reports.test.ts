// Quarterly reports over the fixture (clock 2026-11-30; period 2018-07-13..2019-12-31, 537 days),
// with values worked out by hand, and their static export. 2018-Q4 holds nothing but Alfa's active
// group and two quarters of kits under 5; 2019-Q2 holds info session 2 (Alfa, 2019-06-10) with 15
// kits and the lägesbild weeks W18 and W20.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { QuarterReport, ReportListItem } from "../../server/privacy/report.ts";
import { en } from "../../web/i18n/en.ts";
import { sv } from "../../web/i18n/sv.ts";
import { jsonSender } from "../helpers/json-request.ts";
import { createTestApp, FIXTURE_DATA, FIXTURE_KOMMUN } from "../helpers/test-app.ts";

const t = createTestApp();
const out = mkdtempSync(join(tmpdir(), "grannkoll-report-"));
afterAll(() => {
  t.close();
  rmSync(out, { recursive: true, force: true });
});
const send = jsonSender(t.as(null));
const small = { value: null, display: "<5" };
const get = async (q: string) =>
  (await send("GET", `/api/public/reports/${q}`)).body as unknown as QuarterReport;

describe("GET /api/public/reports", () => {
  it("lists the ended quarters of the promise period with their stable addresses", async () => {
    const res = await send("GET", "/api/public/reports");
    const reports = res.body.reports as ReportListItem[];
    expect(reports.map((r) => r.quarter)).toEqual([
      "2018-Q3",
      "2018-Q4",
      "2019-Q1",
      "2019-Q2",
      "2019-Q3",
      "2019-Q4",
    ]);
    expect(reports[1]).toEqual({
      quarter: "2018-Q4",
      from: "2018-10-01",
      to: "2018-12-31",
      period_id: 1,
      period_name: "Medborgarlöften 2018–2019",
      url: "/rapporter/2018-Q4",
    });
  });
});

describe("GET /api/public/reports/:quarter", () => {
  it("says what was promised and how it stood at the quarter's end, provisionally", async () => {
    const r = await get("2018-Q4");
    expect(r.provisional).toBe(true);
    // 172 of 537 days gone: 5 × 172/537 = 1.6 → 1 expected, 1 session done: on track. Nothing
    // else was recorded by 2018-12-31.
    expect(r.promised.map((p) => [p.id, p.done, p.status, p.provisional])).toEqual([
      [1, 1, "on_track", true],
      [2, 0, "no_record", true],
      [3, 0, "no_record", true],
      [4, 0, "no_record", true],
      [5, 0, "no_record", true],
      [6, 0, "no_record", true],
      [7, 0, "no_record", true],
    ]);
    expect(r.promised[4]?.gaps).toEqual([
      "2018-07",
      "2018-08",
      "2018-09",
      "2018-10",
      "2018-11",
      "2018-12",
    ]);
  });

  it("counts what was done in the quarter: activities exactly, kits as a released count", async () => {
    expect((await get("2019-Q2")).done_in_quarter).toEqual({
      info_sessions: 1,
      contact_meetings: 0,
      safety_walks: 0,
      messages: 0,
      lagesbild_weeks: 2,
      watch_areas: 1,
      kits: { value: 15, display: "15" },
    });
    expect((await get("2018-Q4")).done_in_quarter).toMatchObject({ info_sessions: 0, kits: small });
  });

  it("judges a goal 'uncertain' when the released ranges overlap", async () => {
    const r = await get("2018-Q4");
    // 10 before the period, then two quarters under 5: 10–18 against 10.
    expect(r.indicators.find((g) => g.id === 9)).toMatchObject({
      status: "uncertain",
      baseline: { value: 10, as_of: "2018-06-30" },
      current: { min: 10, max: 18, approximate: true, as_of: "2018-12-31" },
    });
    // By 2019-Q2 the released 15 settles it: 25–37 against 10.
    const later = await get("2019-Q2");
    expect(later.indicators.find((g) => g.id === 9)).toMatchObject({
      status: "met",
      current: { min: 25, max: 37, as_of: "2019-06-30" },
    });
  });

  it("maps where per area, exactly, with no points or routes", async () => {
    const r = await get("2019-Q2");
    expect(r.map.features.map((f) => f.properties)).toEqual([
      {
        id: "12300001",
        name: "Alfa",
        watch: "active",
        info_sessions: 1,
        safety_walks: 0,
        demo: true,
      },
      // Beta's group 4 starts 2019-11-01: none yet.
      {
        id: "12300002",
        name: "Beta",
        watch: "invitation",
        info_sessions: 0,
        safety_walks: 0,
        demo: false,
      },
      {
        id: "12300003",
        name: "Gamma",
        watch: "invitation",
        info_sessions: 0,
        safety_walks: 0,
        demo: false,
      },
    ]);
    expect(r.map.features.map((f) => f.geometry.type)).toEqual(["Polygon", "Polygon", "Polygon"]);
  });

  it("names every kind of invented record its figures rest on", async () => {
    // From the period's first month (July 2018) to 2018-12-31: Alfa's group and kit 1 (stocks),
    // session 1, 2018-Q4's burglaries; not Beta's contact meeting of March 2018, before the period.
    expect((await get("2018-Q4")).demo).toEqual([
      "watch_groups",
      "info_sessions",
      "dna_kits",
      "burglaries",
    ]);
    // 2019-Q4 adds the walks, the message and the lägesbild.
    expect((await get("2019-Q4")).demo).toEqual([
      "watch_groups",
      "info_sessions",
      "safety_walks",
      "dna_kits",
      "burglaries",
      "messages",
      "lagesbild",
    ]);
  });

  it("refuses a malformed quarter with 400, and a quarter not ended or outside every period with 404", async () => {
    const bad = await send("GET", "/api/public/reports/2018-Q5");
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({
      error: { code: "invalid_path", fields: [{ field: "quarter" }] },
    });
    for (const q of ["2020-Q1", "2018-Q2", "2030-Q1"]) {
      const res = await send("GET", `/api/public/reports/${q}`);
      expect(res.status, q).toBe(404);
      expect(res.body).toMatchObject({
        error: { code: "not_found", message: expect.stringContaining(q) },
      });
    }
  });
});

function exportReport(args: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", "scripts/export-report.ts", ...args], {
    env: { ...process.env, DB_PATH: t.dbPath, DATA_DIR: FIXTURE_DATA, KOMMUNER: FIXTURE_KOMMUN },
    encoding: "utf8",
  });
}

/** The visible text of an HTML page: inline tags dropped, others a space, no stylesheet. */
const textOf = (html: string) =>
  html
    .replace(/<style[\s\S]*?<\/style>/g, " ")
    .replace(/<\/?(a|span|strong)\b[^>]*>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/[\s\u00a0\u202f]+/g, " ");

// Each case starts the CLI in its own Node process: a second or two alone, far more on a loaded
// two-core machine, so these get more than the default five seconds.
describe("npm run export-report", { timeout: 60_000 }, () => {
  it("writes the report page's own Swedish document, its map and its data as a folder", () => {
    const dir = join(out, "2018-Q4");
    const run = exportReport(["2018-Q4", dir]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const html = readFileSync(join(dir, "index.html"), "utf8");
    const text = textOf(html);
    expect(html).toMatch(/^<!doctype html>\n<html lang="sv">/);
    // The same i18n strings the web page shows: statuses, headings, the demo line.
    expect(sv.pub.status.on_track).toBe("I fas");
    expect(sv.pub.status.uncertain).toBe("Kan inte avgöras");
    expect(text).toContain(`● ${sv.pub.status.on_track} (preliminärt)`);
    expect(text).toContain(`? ${sv.pub.status.uncertain}`);
    expect(text).toContain("Medborgarlöften – rapport för kvartal 4 2018");
    expect(text).toContain("Det här gjordes under kvartal 4 2018");
    expect(text).toContain("1 (mål: minst 5)");
    expect(text).toContain("inget registrerat");
    expect(text).toContain("Månader utan utskick: juli 2018, augusti 2018");
    expect(text).toContain("v. 29 2018");
    expect(text).not.toMatch(/2018-Q4|2018-W29/);
    // Figures say their period; the range of kits says why it is one; decimal commas.
    expect(text).toContain("10–18 31 dec. 2018");
    expect(text).toContain(sv.pub.figures.rangeNote);
    expect(text).toContain("2,12 Trygghetsmätningen 2017");
    expect(text).toContain("Källa: medborgarlöftet 2018–2019");
    expect(text).toContain("minst 3 000 av kommunens 8 855 hushåll");
    expect(text).toContain("(Källa: staffanstorp.se)");
    // Demo, named kind by kind, and the running line for print.
    expect(html).toContain('class="print-demo"');
    for (const kind of [
      "grannsamverkansgrupper",
      "informationsträffar i bostadsområden",
      "informationsträffar för kontaktpersoner",
      "utdelat märk-DNA",
      "bostadsinbrott",
    ]) {
      expect(text).toContain(kind);
    }
    // Self-contained: inline CSS with the print rules, no script, every local link present.
    expect(html).toContain("@media print");
    expect(html).toContain(".print-demo");
    expect(html).not.toContain("<script");
    const links = [...html.matchAll(/(?:src|href)="([^"#:]+)"/g)].map((m) => m[1] as string);
    expect(links.sort()).toEqual(["map.svg", "report.geojson"]);
    for (const ref of links) expect(existsSync(join(dir, ref)), ref).toBe(true);
    // The map inline in the page is the same drawing as map.svg.
    const svg = readFileSync(join(dir, "map.svg"), "utf8");
    expect(svg).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/,
    );
    expect(html).toContain(svg.slice(svg.indexOf("<svg") + 4, svg.indexOf("</svg>")));
    expect(svg.match(/<path /g)).toHaveLength(3);
    expect(textOf(svg)).toContain("Demodata – påhittade siffror");
    expect(textOf(svg)).toContain("Staffanstorp, kvartal 4 2018");
    // The data: demo on every feature and at the top, with the caption.
    const geojson = JSON.parse(readFileSync(join(dir, "report.geojson"), "utf8"));
    expect(geojson).toMatchObject({
      type: "FeatureCollection",
      quarter: "2018-Q4",
      demo: true,
      caption: "Demodata – påhittade siffror",
      demo_kinds: ["watch_groups", "info_sessions", "dna_kits", "burglaries"],
    });
    expect(
      geojson.features.map((f: { properties: { demo: boolean } }) => f.properties.demo),
    ).toEqual([true, false, false]);
    expect(html + svg + JSON.stringify(geojson)).not.toMatch(/Kontakt Person|example\.se/);
  });

  it("writes it in English with --lang en, with no Swedish words of the interface left", () => {
    const dir = join(out, "2018-Q4-en");
    const run = exportReport(["2018-Q4", dir, "--lang", "en"]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const html = readFileSync(join(dir, "index.html"), "utf8");
    const text = textOf(html);
    expect(html).toContain('<html lang="en">');
    expect(text).toContain(`● ${en.pub.status.on_track} (provisional)`);
    expect(text).toContain(`? ${en.pub.status.uncertain}`);
    expect(text).toContain("Citizen promises – report for Q4 2018");
    expect(text).toContain("1 (target: at least 5)");
    expect(text).not.toMatch(/\b(I fas|Kan inte avgöras|preliminärt|Källa|kvartal|mål)\b/);
    expect(readFileSync(join(dir, "map.svg"), "utf8")).toContain("Demo data – invented figures");
  });

  it("refuses a quarter without a report", () => {
    const run = exportReport(["2030-Q1", join(out, "x")]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("No report for 2030-Q1");
    expect(existsSync(join(out, "x"))).toBe(false);
  });

  it("names the kommun in every file and in the folder's default name", () => {
    const run = spawnSync(
      process.execPath,
      [
        "--import",
        // Run from the output folder, so tsx is named by its own address.
        import.meta.resolve("tsx"),
        join(process.cwd(), "scripts/export-report.ts"),
        "2018-Q4",
        "--kommun",
        "1230",
      ],
      {
        cwd: out,
        env: {
          ...process.env,
          DB_PATH: t.dbPath,
          DATA_DIR: FIXTURE_DATA,
          TSX_TSCONFIG_PATH: join(process.cwd(), "tsconfig.json"),
        },
        encoding: "utf8",
      },
    );
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const dir = join(out, "rapport-staffanstorp-2018-Q4");
    expect(readFileSync(join(dir, "index.html"), "utf8")).toContain(
      "<title>Grannkoll – Medborgarlöften – rapport för kvartal 4 2018 – Staffanstorp</title>",
    );
    expect(readFileSync(join(dir, "map.svg"), "utf8")).toContain(
      "Karta över bostadsområdena i Staffanstorp",
    );
    expect(JSON.parse(readFileSync(join(dir, "report.geojson"), "utf8"))).toMatchObject({
      kommun: "1230",
      kommun_name: "Staffanstorp",
    });
  }, 30_000);

  it("refuses a kommun the deployment does not cover", () => {
    const run = exportReport(["2018-Q4", join(out, "z"), "--kommun", "1262"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("--kommun 1262 is not one of this deployment's kommuner (1230)");
    expect(existsSync(join(out, "z"))).toBe(false);
    expect(exportReport(["2018-Q4", "--kommun", "Lomma"]).stderr).toContain("four digits");
  }, 30_000);

  it("refuses a language it does not have", () => {
    const lang = exportReport(["2018-Q4", join(out, "y"), "--lang", "de"]);
    expect(lang.status).toBe(2);
    expect(lang.stderr).toContain("--lang must be sv or en");
    expect(existsSync(join(out, "y"))).toBe(false);
  });
});
