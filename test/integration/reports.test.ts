// Quarterly reports over the fixture (clock 2026-11-30; period 2018-07-13..2019-12-31). 2019-Q2
// holds info session 2 (Alfa, 2019-06-10, at 13.205/55.645) with 15 kits, lägesbild weeks W18 and
// W20, and 4 burglaries in Beta; 2018-Q4 holds nothing but Alfa's active group.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { QuarterReport, ReportListItem } from "../../server/reports/report.ts";
import { jsonSender } from "../helpers/json-request.ts";
import { createTestApp, FIXTURE_DATA } from "../helpers/test-app.ts";

const t = createTestApp();
const out = mkdtempSync(join(tmpdir(), "grannkoll-report-"));
afterAll(() => {
  t.close();
  rmSync(out, { recursive: true, force: true });
});
const send = jsonSender(t.app);
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
  it("says what was promised and how it stood at the quarter's end", async () => {
    const r = await get("2019-Q2");
    expect(r.promised).toHaveLength(7);
    // 353 of 537 days gone: 5 × 353/537 = 3.29, so 2 sessions is behind; walks 2 × 353/537 = 1.3
    // with none done is behind; a target of 1 expects floor(0.66) = 0, so still on track.
    expect(r.promised.map((p) => [p.id, p.status])).toEqual([
      [1, "behind"],
      [2, "on_track"],
      [3, "behind"],
      [4, "behind"],
      [5, "behind"],
      [6, "on_track"],
      [7, "on_track"],
    ]);
    expect(r.promised[0]?.title_sv).toMatch(/^Minst fem informationstillfällen/);
  });

  it("counts what was done in the quarter, under 5 as '<5'", async () => {
    const r = await get("2019-Q2");
    expect(r.done_in_quarter).toEqual({
      info_sessions: small,
      contact_meetings: small,
      safety_walks: small,
      messages: small,
      lagesbild_weeks: small,
      kits: { value: 15, display: "15" },
      watch_areas: small,
    });
    expect(r.data_quality.demo_parts).toEqual([
      "visits",
      "dna_kits",
      "watch_groups",
      "burglaries",
      "lagesbild",
    ]);
  });

  it("maps where: areas with their counts, the session's point, nothing for contact meetings", async () => {
    const r = await get("2019-Q2");
    const areas = r.map.features.filter((f) => f.properties.kind === "area");
    expect(
      areas.map((f) => [
        f.properties.kind === "area" && f.properties.id,
        f.properties.kind === "area" && f.properties.had_activity,
      ]),
    ).toEqual([
      ["12300001", true],
      ["12300002", false],
      ["12300003", false],
    ]);
    const points = r.map.features.filter((f) => f.properties.kind === "info_session");
    expect(points).toEqual([
      {
        type: "Feature",
        geometry: { type: "Point", coordinates: [13.205, 55.645] },
        properties: {
          kind: "info_session",
          date: "2019-06-10",
          area_id: "12300001",
          topic: "markdna",
        },
      },
    ]);
  });

  it("gives the outcome indicators with their sources, and labels the demo parts", async () => {
    const r = await get("2018-Q4");
    const safety = r.indicators.find((g) => g.id === 11);
    expect(safety?.baseline).toMatchObject({
      value: 2.12,
      source_url: expect.stringContaining("sydsvenskan.se"),
    });
    expect(safety?.current).toMatchObject({ value: 1.87, label: "Trygghetsmätningen 2018" });
    expect(r.data_quality.demo).toBe(true);
    expect(r.data_quality.demo_parts).toEqual(["watch_groups", "burglaries"]);
    expect(r.data_quality.note_sv).toMatch(/demodata/);
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

describe("npm run export-report", () => {
  it("writes a self-contained folder: HTML with the promises, counts and demo note, its map and GeoJSON", () => {
    const dir = join(out, "2019-Q2");
    const run = spawnSync(
      process.execPath,
      ["--import", "tsx", "scripts/export-report.ts", "2019-Q2", dir],
      {
        env: { ...process.env, DB_PATH: t.dbPath, DATA_DIR: FIXTURE_DATA },
        encoding: "utf8",
      },
    );
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const html = readFileSync(join(dir, "index.html"), "utf8");
    expect(html).toContain("Minst fem informationstillfällen");
    expect(html).toContain("Minst två trygghetsvandringar");
    expect(html).toMatch(/Märk-DNA-satser utdelade<\/td><td class="n">15</);
    expect(html).toContain("&lt;5");
    expect(html).toContain("Demodata.");
    expect(html).toContain("@media print");
    expect(html).not.toContain("<script");
    for (const ref of [...html.matchAll(/(?:src|href)="([^"#:]+)"/g)].map((m) => m[1] as string)) {
      expect(existsSync(join(dir, ref)), ref).toBe(true);
    }
    expect(html).toContain('src="map.svg"');
    const svg = readFileSync(join(dir, "map.svg"), "utf8");
    expect(svg.match(/<path /g)).toHaveLength(3);
    expect(svg.match(/<circle /g)).toHaveLength(1);
    const geojson = JSON.parse(readFileSync(join(dir, "report.geojson"), "utf8"));
    expect(geojson.type).toBe("FeatureCollection");
    expect(geojson.features).toHaveLength(4);
    expect(html + svg + JSON.stringify(geojson)).not.toMatch(/Kontakt Person|example\.se/);
  });

  it("refuses a quarter without a report", () => {
    const run = spawnSync(
      process.execPath,
      ["--import", "tsx", "scripts/export-report.ts", "2030-Q1", join(out, "x")],
      {
        env: { ...process.env, DB_PATH: t.dbPath, DATA_DIR: FIXTURE_DATA },
        encoding: "utf8",
      },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("No report for 2030-Q1");
    expect(existsSync(join(out, "x"))).toBe(false);
  });
});
