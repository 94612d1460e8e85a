// The public map of a deployment covering the whole police area (issue 15): it opens on the
// deployment's default kommun (Staffanstorp), a resident switches to Kävlinge and the areas shown
// change (the list and the map alike), the URL keeps the choice, and the whole police area is a
// choice too. The page asks the public API for the kommun it shows. On /loften, a kommun with
// earlier promise periods (Kävlinge) offers them, and a link keeps the period chosen.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { Page } from "./browser.ts";
import { browserSpec } from "./spec.ts";

const STAFFANSTORP = "1230";
const KAVLINGE = "1261";

/** The embedded areas the server was seeded from, with each one's kommun. */
const AREAS = JSON.parse(
  readFileSync(resolve(import.meta.dirname, "../../data/areas.geojson"), "utf8"),
) as GeoJSON.FeatureCollection<
  GeoJSON.Polygon | GeoJSON.MultiPolygon,
  { id: string; name: string; kommun: string }
>;
const areasOf = (kommun: string) => AREAS.features.filter((f) => f.properties.kommun === kommun);
const namesOf = (kommun: string) =>
  areasOf(kommun)
    .map((f) => f.properties.name)
    .sort();

const spec = browserSpec();

/** The names in the page's area list, sorted. */
const listed = (page: Page) =>
  page.$$eval("[data-testid=area-item]", (els) =>
    els.map((e) => (e as HTMLElement).dataset.areaName ?? "").sort(),
  );

/** The `kommun` the page sent with each /api/public/areas request (null: none). */
function areaRequests(page: Page): (string | null)[] {
  const asked: (string | null)[] = [];
  page.on("request", (req) => {
    const url = new URL(req.url());
    if (url.pathname === "/api/public/areas") asked.push(url.searchParams.get("kommun"));
  });
  return asked;
}

/** How many sample points inside the area are on the visible map (0 when it is out of view). */
async function inView(feature: (typeof AREAS.features)[number]): Promise<number> {
  try {
    return (await spec.driver.visiblePointsIn(feature, 5)).length;
  } catch (e) {
    if (/no visible point/.test(String(e))) return 0;
    throw e;
  }
}

describe("the public map across the police area", () => {
  it("opens on Staffanstorp and switches to Kävlinge, whose areas it then shows", async () => {
    const { page, driver } = spec;
    const origin = spec.server.origin;
    const asked = areaRequests(page);
    // Staffanstorp 17 and Kävlinge 18 valdistrikt (SOURCES-lpo.md), as in the file.
    expect(namesOf(STAFFANSTORP)).toHaveLength(17);
    expect(namesOf(KAVLINGE)).toHaveLength(18);

    await page.goto(`${origin}/`);
    await page.getByTestId("public-map").waitFor();
    await driver.waitForMapIdle();
    const select = page.getByTestId("kommun-select");
    expect(await select.inputValue()).toBe(STAFFANSTORP);
    expect(
      await select.locator("option").evaluateAll((os) => os.map((o) => o.textContent)),
    ).toEqual(["Hela lokalpolisområdet", "Staffanstorp", "Burlöv", "Kävlinge", "Lomma"]);
    expect(await listed(page)).toEqual(namesOf(STAFFANSTORP));
    expect(asked).toContain(STAFFANSTORP);
    // The map is on Staffanstorp: its areas are in view, Kävlinge's (to the north-west) are not.
    const [kavlingeArea] = areasOf(KAVLINGE).filter((f) => f.properties.name === "Kävlinge Öster");
    const [staffanstorpArea] = areasOf(STAFFANSTORP);
    if (!kavlingeArea || !staffanstorpArea) throw new Error("areas missing from the file");
    expect(await inView(staffanstorpArea)).toBeGreaterThan(0);
    expect(await inView(kavlingeArea)).toBe(0);
    await driver.screenshot("kommun-public-staffanstorp");

    // The keyboard way: focus the kommun select and choose Kävlinge.
    await select.focus();
    await select.selectOption(KAVLINGE);
    await page.locator(`[data-testid=public-map][data-kommun="${KAVLINGE}"]`).waitFor();
    expect(new URL(page.url()).searchParams.get("kommun")).toBe(KAVLINGE);
    await page.waitForFunction(
      (n) => document.querySelectorAll("[data-testid=area-item]").length === n,
      namesOf(KAVLINGE).length,
    );
    expect(await listed(page)).toEqual(namesOf(KAVLINGE));
    expect(asked).toContain(KAVLINGE);
    // The map followed: Kävlinge's areas are in view now.
    await driver.waitForMapIdle();
    expect(await inView(kavlingeArea)).toBeGreaterThan(0);
    await driver.screenshot("kommun-public-kavlinge");

    // A link carries the choice: the page opened anew shows Kävlinge.
    await page.goto(`${origin}/?kommun=${KAVLINGE}`);
    await page.getByTestId("public-map").waitFor();
    expect(await page.getByTestId("kommun-select").inputValue()).toBe(KAVLINGE);
    await page.waitForFunction(
      (n) => document.querySelectorAll("[data-testid=area-item]").length === n,
      namesOf(KAVLINGE).length,
    );

    // The whole police area: every area, each naming its kommun; the API is asked for `all`.
    await page.getByTestId("kommun-select").selectOption("alla");
    await page.waitForFunction(
      (n) => document.querySelectorAll("[data-testid=area-item]").length === n,
      AREAS.features.length,
    );
    expect(asked).toContain("all");
    const lomma = page.locator("[data-testid=area-item][data-area-name='Lomma Hamn']");
    expect(await lomma.textContent()).toContain("Lomma Hamn · Lomma");
    await driver.screenshot("kommun-public-all");
  });

  it("shows the whole police area's summary on /loften, each kommun linking to its own page", async () => {
    const { page, driver } = spec;
    const origin = spec.server.origin;
    const paths: string[] = [];
    page.on("request", (req) => {
      const url = new URL(req.url());
      if (url.pathname.startsWith("/api/public/")) paths.push(`${url.pathname}${url.search}`);
    });
    await page.goto(`${origin}/loften`);
    await page.getByTestId("promise-period").waitFor();
    const select = page.getByTestId("kommun-select");
    expect(await select.inputValue()).toBe(STAFFANSTORP);
    // The keyboard way to the whole police area.
    await select.focus();
    await select.selectOption("alla");
    const summary = page.getByTestId("police-area-summary");
    await summary.waitFor();
    expect(new URL(page.url()).searchParams.get("kommun")).toBe("alla");
    // The police area's own route, never the kommun shape asked with kommun=all.
    expect(paths).toContain("/api/public/police-area");
    expect(paths.filter((p) => p.startsWith("/api/public/promises?kommun=all"))).toEqual([]);
    const cards = page.getByTestId("police-area-kommun");
    expect(
      (await cards.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.kommun))).sort(),
    ).toEqual(["1230", "1231", "1261", "1262"]);
    // The latest ended quarter, summed over the kommuner, as the API gives it ("<5" stays "<5").
    const api = (await (await fetch(`${origin}/api/public/police-area`)).json()) as {
      quarters: { quarter: string; kits_total: { display: string }; info_sessions: number }[];
    };
    const latest = api.quarters.at(-1);
    if (!latest) throw new Error("the seeded police area has no ended quarter");
    const figures = page.getByTestId("police-area-quarter");
    expect(await figures.getByTestId("total-kits").textContent()).toBe(latest.kits_total.display);
    expect(
      Number((await figures.getByTestId("total-info_sessions").textContent())?.replace(/\D/g, "")),
    ).toBe(latest.info_sessions);
    // Every figure names what it counts and the caption its quarter's dates.
    expect(await figures.locator("caption").textContent()).toMatch(/Summor över kommunerna/);
    await driver.screenshot("kommun-public-loften-all");
    // Lomma's link opens Lomma's own promises.
    await page.locator("[data-testid=police-area-kommun][data-kommun='1262'] a").click();
    await page.getByTestId("promise-period").waitFor();
    expect(new URL(page.url()).searchParams.get("kommun")).toBe("1262");
    expect(await page.getByTestId("kommun-select").inputValue()).toBe("1262");

    // The police area's reports: its own list and a quarter summed, per kommun, from its own route.
    await page.goto(`${origin}/rapporter?kommun=alla`);
    const first = page.getByTestId("report-link").last();
    await first.waitFor();
    const quarter = await first.getAttribute("data-quarter");
    await first.click();
    const report = page.getByTestId("police-area-report");
    await report.waitFor();
    expect(paths).toContain(`/api/public/police-area/reports/${quarter}`);
    const columns = await report
      .locator("[data-testid=police-area-per-kommun] thead th[data-kommun]")
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.kommun).sort());
    expect(columns).toEqual(["1230", "1231", "1261", "1262"]);

    // Before Staffanstorp's promises began (2018-Q2) its märk-DNA cell is "—", and the page says
    // why under the table.
    await page.goto(`${origin}/rapporter/2018-Q2?kommun=alla`);
    await page.getByTestId("police-area-report").waitFor();
    const kitsRow = page.locator("[data-testid=police-area-per-kommun] tr[data-count=kits]");
    expect(await kitsRow.locator("td[data-kommun='1230']").textContent()).toBe("—");
    expect(await page.getByTestId("kits-dash").first().textContent()).toMatch(
      /första löftesperiod hade inte börjat/,
    );

    // A phone: the summary and the report fit 375 px (the per-kommun table scrolls in its region).
    await page.setViewportSize({ width: 375, height: 740 });
    for (const path of ["/loften?kommun=alla", `/rapporter/${quarter}?kommun=alla`]) {
      await page.goto(`${origin}${path}`);
      await page
        .locator("[data-testid=police-area-summary], [data-testid=police-area-report]")
        .waitFor();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, path).toBeLessThanOrEqual(375);
    }
    await driver.screenshot("kommun-public-loften-all-phone");
  });

  it("reads an earlier promise period of Kävlinge, which a link keeps; another kommun opens on its current one", async () => {
    const { page, driver } = spec;
    const origin = spec.server.origin;
    type Progress = {
      period: { id: number; name: string };
      periods: { id: number; name: string }[];
      activities: { id: number }[];
    };
    const api = async (query: string) =>
      (await (await fetch(`${origin}/api/public/promises?${query}`)).json()) as Progress;
    const current = await api(`kommun=${KAVLINGE}`);
    // Kävlinge's four periods (data/promises.json): 2017, 2018, 2019 and 2021.
    expect(current.periods.map((p) => p.name)).toEqual([
      "Medborgarlöften 2017",
      "Medborgarlöften 2018",
      "Medborgarlöften 2019",
      "Medborgarlöften 2021",
    ]);
    const oldest = current.periods[0] as { id: number; name: string };
    const earlier = await api(`kommun=${KAVLINGE}&period=${oldest.id}`);

    await page.goto(`${origin}/loften?kommun=${KAVLINGE}`);
    const select = page.getByTestId("promise-period-select");
    await select.waitFor();
    expect(
      await select.locator("option").evaluateAll((os) => os.map((o) => o.textContent)),
    ).toEqual([...current.periods].reverse().map((p) => p.name));
    expect(await select.inputValue()).toBe(String(current.period.id));
    expect(await page.getByTestId("promise-period").textContent()).toContain(current.period.name);
    // Kävlinge 2021 has no outcome goals: said in words, not an empty table.
    expect(await page.getByTestId("no-goals").count()).toBe(1);
    expect(await page.getByTestId("goals").count()).toBe(0);

    // The keyboard way to the oldest: the page shows that period's promises, as the API has them.
    await select.focus();
    await select.selectOption(String(oldest.id));
    await page.getByTestId("promise-period").getByText(oldest.name).waitFor();
    expect(new URL(page.url()).searchParams.get("period")).toBe(String(oldest.id));
    const shown = await page
      .getByTestId("promise")
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.promiseId));
    expect(earlier.activities.length).toBeGreaterThan(0);
    expect(shown).toEqual(earlier.activities.map((a) => String(a.id)));
    expect(shown).not.toEqual(current.activities.map((a) => String(a.id)));
    // The select kept the focus while the period loaded.
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe(
      "promise-period-select",
    );
    await driver.screenshot("kommun-public-loften-earlier-period");

    // A link to it opens the same period.
    await page.goto(page.url());
    await page.getByTestId("promise-period").getByText(oldest.name).waitFor();

    // Kävlinge 2019's burglary goal stands on its published January–September figures, in
    // either language.
    const y2019 = current.periods.find((p) => p.name === "Medborgarlöften 2019");
    await page.goto(`${origin}/loften?kommun=${KAVLINGE}&period=${y2019?.id}`);
    const goal = page.locator("[data-testid=goal][data-indicator=burglaries_not_increase]");
    await goal.waitFor();
    const figure = (which: string) =>
      goal.getByTestId(`goal-${which}`).getByTestId("figure-value").textContent();
    expect([await figure("baseline"), await figure("current")]).toEqual(["23", "15"]);
    await driver.switchLanguage("en");
    await goal.getByText("published, against the same months a year earlier").waitFor();
    expect(await goal.getByTestId("goal-baseline").textContent()).toContain(
      "January–September 2018",
    );
    await driver.switchLanguage("sv");

    // Lomma has periods of its own: choosing it drops Kävlinge's period from the URL.
    await page.getByTestId("kommun-select").selectOption("1262");
    await page.waitForFunction(
      () => new URL(window.location.href).searchParams.get("kommun") === "1262",
    );
    expect(new URL(page.url()).searchParams.get("period")).toBeNull();
    await page.getByTestId("promise-period").getByText("Medborgarlöften 2017").waitFor();
    // No signatories on record for Lomma's 2017: the line ends with its dates, no stray "·".
    expect((await page.getByTestId("promise-period").textContent())?.trim()).toMatch(/2017$/);

    // A period that is not Kävlinge's: the server's reason, and a way back to the current period.
    await page.goto(`${origin}/loften?kommun=${KAVLINGE}&period=999999`);
    const back = page.getByTestId("period-current");
    await back.waitFor();
    // In the reader's words, not the API's English.
    expect(await page.getByRole("alert").textContent()).toContain(
      "Den löftesperioden finns inte för kommunen",
    );
    await back.focus();
    await page.keyboard.press("Enter");
    await page.getByTestId("promise-period").getByText(current.period.name).waitFor();
    // The button went with the error; the focus is on the page's heading, not lost.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("H2");
    expect(new URL(page.url()).searchParams.get("period")).toBeNull();
  });
});
