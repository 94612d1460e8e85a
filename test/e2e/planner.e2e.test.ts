// The planner's path in a real browser: weigh the ranking, see the map follow, record a session in
// the top area through the form and watch its score drop without a reload; import a CSV through
// the preview, and GeoJSON places; and the new views on a phone.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { AreaCollection } from "../../server/areas/types.ts";
import { PHONE } from "./browser.ts";
import { containsOnScreen } from "./map-geometry.ts";
import { createPlannerDriver } from "./planner-driver.ts";
import { browserSpec, withBrowser } from "./spec.ts";

const FIXTURES = resolve(import.meta.dirname, "../fixtures/csv");
const GEOJSON = resolve(import.meta.dirname, "../fixtures/geojson");

const spec = browserSpec({ role: "planner" });
let planner: ReturnType<typeof createPlannerDriver>;

beforeAll(() => {
  planner = createPlannerDriver(spec.driver, spec.server.origin);
});

describe("the planner's ranking", () => {
  it("re-ranks when a weight changes, and a recorded session lowers the top area's score", async () => {
    const { page } = spec;
    await page.goto(`${spec.server.origin}/`);
    await page.getByTestId("nav-prioritering").click();
    await planner.waitForRanking();
    expect(await page.getByTestId("nav-prioritering").getAttribute("aria-current")).toBe("page");
    const before = await planner.rankingRows();
    const topBefore = await planner.topOnMap();
    expect(topBefore.outlined).toEqual(before.slice(0, 3).map((r) => r.id));
    expect(topBefore.badges).toEqual(topBefore.outlined);
    // Each badge sits in its area's built-up part, where it is seen and where people live.
    const parts = (await spec.driver.builtUpParts()).features;
    const camera = await spec.driver.camera();
    const box = await spec.driver.mapBox();
    const badges = await planner.badgeCentres();
    expect(badges.map((b) => b.id)).toEqual(topBefore.badges);
    for (const b of badges) {
      const part = parts.find((p) => p.id === b.id);
      if (!part) throw new Error(`no built-up part for ${b.id}`);
      expect(containsOnScreen(part, camera, box, b), b.id).toBe(true);
    }
    // The map's legend says what the colours, the outlines and the numbers mean.
    const legend = page.getByTestId("planner-map").getByTestId("map-key");
    expect(await legend.getByTestId("legend").textContent()).toContain("Grannsamverkan");
    expect(await legend.getByTestId("key-top").textContent()).toContain("högst rankade");
    await spec.driver.screenshot("planner-ranking");

    // Only burglaries and recency count: a different order, and the map outlines the new top.
    await planner.setWeight("coverage", 0);
    await planner.setWeight("dna", 0);
    await planner.setWeight("reach", 0);
    await planner.setWeight("burglary", 10);
    const after = await planner.rankingRows();
    expect(after.map((r) => r.id)).not.toEqual(before.map((r) => r.id));
    const topAfter = await planner.topOnMap();
    expect(topAfter.outlined).toEqual(after.slice(0, 3).map((r) => r.id));
    expect(topAfter.outlined).not.toEqual(topBefore.outlined);
    const search = new URL(page.url()).search.slice(1);
    expect(search).toContain("w_coverage=0");
    expect(search).toContain("w_burglary=10");
    // The table shows what the API says for the same query.
    const api = await planner.priorities(search);
    expect(after.map((r) => [r.id, r.score])).toEqual(api.areas.map((a) => [a.id, a.score]));
    await spec.driver.screenshot("planner-reweighted");

    // Record an information session in the top area, through the form, on the map.
    const top = after[0];
    if (!top || top.score === null) throw new Error("no top area");
    await page.evaluate(() => {
      (window as unknown as { notReloaded: boolean }).notReloaded = true;
    });
    await planner.selectRow(top.name);
    await spec.driver.screenshot("planner-top-selected");
    // The selection's export carries the area.
    const csvLink = page.getByTestId("ranking-exports").locator("a").first();
    const csv = await page.request.get(
      `${spec.server.origin}${await csvLink.getAttribute("href")}`,
    );
    expect(csv.headers()["content-type"]).toContain("text/csv");
    expect(await csv.text()).toContain(top.name);
    await planner.openSessionForm();
    expect(new URL(page.url()).pathname).toBe("/registrera");
    expect(await planner.pickPointIn(top.name)).toBe(top.id);
    const { to } = api.period;
    await planner.fillSession({ date: to, attendees: "25", kits: "12" });
    await spec.driver.screenshot("planner-session-form");
    await planner.save();
    await page.getByTestId("record-message").waitFor();
    expect(await page.getByTestId("record-item").first().textContent()).toContain(top.name);

    // Back to the same ranking: the area's score dropped, in the table and in the API.
    await page.goBack();
    await planner.waitForRanking();
    const rows = await planner.rankingRows();
    const now = rows.find((r) => r.id === top.id);
    const apiNow = (await planner.priorities(search)).areas.find((a) => a.id === top.id);
    expect(now?.score).toBeLessThan(top.score);
    expect(now?.score).toBe(apiNow?.score);
    expect((await planner.topOnMap()).outlined).toEqual(rows.slice(0, 3).map((r) => r.id));
    expect(
      await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded),
    ).toBe(true);
    await spec.driver.screenshot("planner-after-session");
  });

  it("shows a bad field as the user types and the English explanation", async () => {
    const { page } = spec;
    await page.goto(`${spec.server.origin}/registrera?typ=markdna`);
    await page.getByTestId("kits-form").waitFor();
    await page.getByTestId("field-kits").fill("0");
    expect(await page.getByTestId("error-kits").textContent()).toContain("minst 1");
    // The demo data's burglaries are of 2018–2019: the default period (up to today) has none.
    await planner.openRanking("from=2019-01-01&to=2019-12-31");
    // Sorting by keyboard: the burglary column, highest first, missing values last.
    await page.getByTestId("sort-burglary").focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => window.location.search.includes("sort=burglary-desc"));
    const header = page.locator("th", { has: page.getByTestId("sort-burglary") });
    expect(await header.getAttribute("aria-sort")).toBe("descending");
    const cells = await page.$$eval("[data-testid=ranking-row] td[data-part=burglary]", (tds) =>
      tds.map((td) => ({ points: td.getAttribute("data-points"), text: td.textContent ?? "" })),
    );
    const numbers = cells.filter((c) => c.points !== null).map((c) => Number(c.points));
    expect(numbers.length).toBeGreaterThan(0);
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    // A part reads as points with their unit and what they are out of, not as a count.
    expect(cells.find((c) => c.points !== null)?.text).toMatch(
      /^\d+,\d p\d+,\d av \d+,\d möjliga poäng$/,
    );
    await spec.driver.switchLanguage("en");
    expect(await page.getByTestId("ranking-why").first().textContent()).toMatch(
      /households|neighbourhood watch|burglar/,
    );
    await spec.driver.screenshot("planner-ranking-english");
    await spec.driver.switchLanguage("sv");
  });
});

describe("importing a CSV file", () => {
  it("previews every bad row, refuses nothing silently, and commits a good file", async () => {
    const { page } = spec;
    await page.goto(`${spec.server.origin}/import`);
    await page.getByTestId("import-kind").selectOption("dna-kits");
    const bad = join(FIXTURES, "markdna-felrad.csv");
    const lines = readFileSync(bad, "utf8").trim().split(/\r?\n/).length - 1;
    await page.getByTestId("import-file").setInputFiles(bad);
    await page.getByTestId("import-preview").click();
    await page.getByTestId("import-report").waitFor();
    expect(await page.getByTestId("import-rows").textContent()).toContain(`${lines} rader`);
    const errors = await page.getByTestId("import-errors").textContent();
    expect(errors).toMatch(/Rad \d/);
    // The reasons in Swedish, not the server's English words.
    expect(errors).toMatch(/är inget|finns inte|inget område|måste vara/);
    expect(errors).not.toMatch(/ is not |no area with/);
    expect(await page.getByTestId("import-commit").isDisabled()).toBe(true);
    await spec.driver.screenshot("planner-import-errors");

    // A good file in Excel's Swedish form: BOM, semicolons, a Swedish date.
    const { features } = await spec.driver.api<AreaCollection>("/api/areas");
    const [a, b] = features.map((f) => f.properties.name);
    const csv = `\ufeffområde;datum;antal\r\n${a};2019-03-01;12\r\n${b};5/4/2019;5\r\n`;
    const dir = mkdtempSync(join(tmpdir(), "grannkoll-csv-"));
    const file = join(dir, "markdna-bra.csv");
    writeFileSync(file, csv);
    expect(readFileSync(file, "utf8")).toContain(String(a));
    const kitsBefore = (await spec.driver.api<{ dna_kits: unknown[] }>("/api/dna-kits")).dna_kits
      .length;
    await page.getByTestId("import-file").setInputFiles(file);
    await page.getByTestId("import-preview").click();
    await page.getByTestId("import-sample").waitFor();
    expect(await page.getByTestId("import-valid").textContent()).toContain("2");
    await page.getByTestId("import-commit").click();
    await page.getByTestId("import-done").waitFor();
    expect(await page.getByTestId("import-progress").getAttribute("data-step")).toBe("done");
    const kitsAfter = (await spec.driver.api<{ dna_kits: unknown[] }>("/api/dna-kits")).dna_kits
      .length;
    expect(kitsAfter).toBe(kitsBefore + 2);
    await spec.driver.screenshot("planner-import-done");
  });
});

describe("importing GeoJSON places", () => {
  it("previews two sessions and a walk from their geometry and commits them", async () => {
    const { page } = spec;
    await page.goto(`${spec.server.origin}/import`);
    await page.getByTestId("import-kind").selectOption("visits");
    const visitsBefore = (await spec.driver.api<{ visits: unknown[] }>("/api/visits")).visits
      .length;
    await page.getByTestId("import-file").setInputFiles(join(GEOJSON, "places.geojson"));
    await page.getByTestId("import-preview").click();
    await page.getByTestId("import-sample").waitFor();
    expect(await page.getByTestId("import-rows").textContent()).toContain("3 rader");
    expect(await page.getByTestId("import-valid").textContent()).toContain("3");
    expect(await page.getByTestId("import-report").textContent()).toContain("EPSG:4326");
    // The sample in words, never the API's values.
    const sample = await page.getByTestId("import-sample").textContent();
    expect(sample).toContain("Trygghetsvandring");
    expect(sample).not.toMatch(/safety_walk|info_session/);
    await spec.driver.screenshot("planner-import-geojson");
    await page.getByTestId("import-commit").click();
    await page.getByTestId("import-done").waitFor();
    const visitsAfter = (await spec.driver.api<{ visits: unknown[] }>("/api/visits")).visits.length;
    expect(visitsAfter).toBe(visitsBefore + 3);
  });
});

describe("the planner's views on a phone", () => {
  it("fit 375 px, with the views behind a menu", async () => {
    const { origin } = spec.server;
    await withBrowser(origin, PHONE, "planner", async ({ page, driver: d, session }) => {
      const p = createPlannerDriver(d, origin);
      await page.goto(`${origin}/`);
      await page.getByTestId("nav-toggle").click();
      await page.getByTestId("nav-prioritering").click();
      await p.waitForRanking();
      expect((await p.overflowing()).out).toEqual([]);
      await d.screenshot("phone-planner-ranking");
      for (const [path, name] of [
        ["/registrera?typ=mote", "phone-planner-record"],
        ["/registrera?typ=grupp", "phone-planner-group"],
        ["/import", "phone-planner-import"],
      ] as const) {
        await page.goto(`${origin}${path}`);
        await page.locator("main").waitFor();
        if (path.startsWith("/registrera")) await d.waitForMapIdle();
        const { out, scrollWidth } = await p.overflowing();
        expect(out, path).toEqual([]);
        expect(scrollWidth).toBeLessThanOrEqual(PHONE.width);
        await d.screenshot(name);
      }
      await page.getByTestId("nav-toggle").click();
      await d.screenshot("phone-planner-menu");
      expect(await page.getByTestId("nav-map").isVisible()).toBe(true);
      expect(session.pageErrors).toEqual([]);
    });
  });
});
