// The coverage map on a desktop screen, in real Chromium against the real server.
import { describe, expect, it } from "vitest";
import { formatDate, formatInteger, formatShare } from "../../web/i18n/format.ts";
import { BASE_COLORS } from "../../web/map/map-style.ts";
import { near, sampleAreaColours } from "./colours.ts";
import { hexToRgb } from "./map-geometry.ts";
import { browserSpec } from "./spec.ts";

// The coverage map reads areas with burglary figures: for logged-in roles only.
const spec = browserSpec({ role: "planner" });

// Areas of every kind: active with high and low coverage, starting, none (hatched), large, small.
const SAMPLE = ["Borggård", "Mellanvången", "Hjärup Södra", "Bråhög", "Kyrkheddinge", "Tottarp"];

describe("the coverage map", () => {
  it("draws each area in the colour of its watch-coverage class, with nothing fetched from outside", async () => {
    await spec.driver.openMap();
    const report = await sampleAreaColours(
      spec.driver,
      "watch_coverage",
      SAMPLE,
      "desktop-coverage",
    );
    // The sample is only a test if it spans several classes.
    expect(new Set(report.map((r) => r.expected)).size).toBeGreaterThanOrEqual(3);
    for (const r of report)
      expect(r.share, `${r.name} should be ${r.expected}`).toBeGreaterThan(0.3);
    // The offline base map is drawn from the API's layers: a neighbour in its grey.
    const neighbours = await spec.driver.api<GeoJSON.FeatureCollection>("/api/basemap/neighbours");
    const lund = neighbours.features.find((f) => f.properties?.name === "Lund");
    if (!lund) throw new Error("no Lund in the base map");
    const points = await spec.driver.visiblePointsIn(lund as GeoJSON.Feature<GeoJSON.Polygon>, 3);
    const lundPixels = (
      await spec.driver.pixelsAround(await spec.page.screenshot(), points)
    ).flat();
    const grey = hexToRgb(BASE_COLORS.neighbour);
    expect(lundPixels.filter((p) => near(p, grey)).length / lundPixels.length).toBeGreaterThan(0.5);
    expect(await spec.page.getByTestId("demo-badge").textContent()).toBe("Demodata");
    expect(spec.session.externalRequests).toEqual([]);
    expect(spec.session.pageErrors).toEqual([]);
  });

  it("recolours the areas when another measure is chosen", async () => {
    // Days since the last visit spread over several classes only in the demo data's own year.
    await spec.driver.openMap("?from=2019-01-01&to=2019-12-31");
    await spec.driver.switchMeasure("days_since_last_visit");
    // Uppåkra's built-up pieces are too thin at this zoom for a clean sample; Annero is not.
    const names = [...SAMPLE, "Annero", "Central Norra"];
    const report = await sampleAreaColours(
      spec.driver,
      "days_since_last_visit",
      names,
      "desktop-days",
    );
    expect(new Set(report.map((r) => r.expected)).size).toBeGreaterThanOrEqual(3);
    for (const r of report)
      expect(r.share, `${r.name} should be ${r.expected}`).toBeGreaterThan(0.3);
    const legend = await spec.page.getByTestId("legend").textContent();
    expect(legend).toContain("Dagar sedan senaste besök");
    expect(legend).toContain("Inget besök registrerat");
  });

  it("opens an area's figures when it is clicked on the map, matching the API", async () => {
    await spec.driver.openMap();
    const name = "Hjärup Södra";
    await spec.driver.clickAreaOnMap(name);
    const figures = await spec.driver.panelFigures();
    const work = await spec.driver.workMeta();
    const { id } = await spec.driver.areaByName(name);
    const detail = await spec.driver.areaDetail(String(id), work.default_period);
    const a = detail.area;
    expect(figures).toMatchObject({
      households: formatInteger(a.households, "sv"),
      eligible_voters: formatInteger(a.eligible_voters ?? 0, "sv"),
      watch_groups: formatInteger(a.watch_groups, "sv"),
      watch_households: formatInteger(a.watch_households, "sv"),
      watch_coverage: formatShare(a.watch_coverage, "sv"),
      dna_households: formatInteger(a.dna_households, "sv"),
      dna_uptake: formatShare(a.dna_uptake, "sv"),
      visits: formatInteger(a.visits, "sv"),
      burglaries: formatInteger(a.burglaries, "sv"),
    });
    expect(figures.last_visit).toBe(
      a.last_visit ? formatDate(a.last_visit, "sv") : "Inget besök registrerat",
    );
    const page = spec.page;
    expect(await page.getByTestId("visit").count()).toBe(detail.visits.length);
    expect(await page.getByTestId("group").count()).toBe(detail.watch_groups.length);
    await spec.driver.screenshot("desktop-area-panel");
  });

  it("opens the same panel from the keyboard via the area list, and Escape closes it", async () => {
    await spec.driver.openMap();
    await spec.driver.selectAreaFromList("Borggård");
    const fromList = await spec.driver.panelFigures();
    await spec.driver.closePanel();
    // Focus goes back to where the user was in the list.
    const focused = await spec.page.evaluate(() =>
      document.activeElement?.getAttribute("data-area-name"),
    );
    expect(focused).toBe("Borggård");
    await spec.driver.clickAreaOnMap("Borggård");
    expect(await spec.driver.panelFigures()).toEqual(fromList);
  });

  it("switches labels, legend and figures to English", async () => {
    await spec.driver.openMap();
    await spec.driver.switchLanguage("en");
    const page = spec.page;
    expect(await page.getByTestId("legend").textContent()).toContain(
      "Neighbourhood watch (share of households)",
    );
    expect(await page.getByTestId("demo-badge").textContent()).toBe("Demo data");
    expect(await page.getByTestId("map").getAttribute("aria-label")).toContain(
      "Map of residential areas",
    );
    await spec.driver.selectAreaFromList("Borggård");
    const figures = await spec.driver.panelFigures();
    expect(figures.watch_status).toBe("Active neighbourhood watch");
    expect(figures.households).toMatch(/^\d{1,3}(,\d{3})*$/);
    await spec.driver.screenshot("desktop-english");
  });

  it("explains a bad period and redraws the map for a good one", async () => {
    await spec.driver.openMap();
    const page = spec.page;
    await page.getByTestId("period-from").fill("2019-09-01");
    await page.getByTestId("period-to").fill("2019-06-30");
    await expect
      .poll(() => page.getByTestId("period-error").textContent())
      .toContain("Från-datumet måste vara samma som eller före till-datumet");
    expect(await page.getByTestId("period-from").getAttribute("aria-invalid")).toBe("true");
    await page.getByTestId("period-from").fill("2019-01-01");
    await spec.driver.waitForMapIdle({ attr: "period", value: "2019-01-01/2019-06-30" });
    expect(await page.getByTestId("period-error").count()).toBe(0);
    const collection = await spec.driver.areas();
    expect(collection.period).toEqual({ from: "2019-01-01", to: "2019-06-30" });
  });
});
