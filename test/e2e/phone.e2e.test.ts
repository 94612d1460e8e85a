// The coverage map on a phone-sized screen (375×667, touch): everything fits, the controls are
// folded, and the side panel is a bottom sheet.
import { describe, expect, it } from "vitest";
import { PHONE } from "./browser.ts";
import { sampleAreaColours } from "./colours.ts";
import { browserSpec } from "./spec.ts";

// The coverage map reads areas with burglary figures: for logged-in roles only.
const spec = browserSpec({ role: "planner", viewport: PHONE });

/** Elements whose box reaches outside the viewport horizontally (hidden ones excluded). */
function overflowing() {
  return spec.page.evaluate(() => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>("header *, main *")) {
      if (el.closest(".maplibregl-canvas-container, .maplibregl-marker")) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (r.left < -1 || r.right > window.innerWidth + 1) {
        out.push(
          `${el.tagName.toLowerCase()}.${el.className} ${Math.round(r.left)}–${Math.round(r.right)}`,
        );
      }
    }
    return { out, scrollWidth: document.documentElement.scrollWidth };
  });
}

describe("the coverage map on a phone", () => {
  it("fits the screen with folded controls and the areas in their colours", async () => {
    await spec.driver.openMap();
    const page = spec.page;
    const { out, scrollWidth } = await overflowing();
    expect(out).toEqual([]);
    expect(scrollWidth).toBeLessThanOrEqual(PHONE.width);
    expect(await page.getByTestId("controls").getAttribute("open")).toBeNull();
    expect(await page.getByTestId("lang-en").isVisible()).toBe(true);
    // The demo-data explanation opens by tap and stays on screen.
    await page.getByTestId("demo-badge").click();
    expect(await page.getByTestId("demo-explanation").isVisible()).toBe(true);
    expect((await overflowing()).out).toEqual([]);
    await page.getByTestId("demo-badge").click();
    const report = await sampleAreaColours(
      spec.driver,
      "watch_coverage",
      ["Kyrkheddinge", "Tottarp", "Jakriborg"],
      "phone-map",
    );
    for (const r of report)
      expect(r.share, `${r.name} should be ${r.expected}`).toBeGreaterThan(0.3);
    expect(spec.session.externalRequests).toEqual([]);
  });

  it("opens an area from the list as a bottom sheet that leaves part of the map visible", async () => {
    await spec.driver.openMap();
    await spec.driver.selectAreaFromList("Hagalid");
    const sheet = await spec.page.getByTestId("side-panel").boundingBox();
    expect(sheet).not.toBeNull();
    if (!sheet) return;
    expect(Math.round(sheet.y + sheet.height)).toBe(PHONE.height);
    expect(sheet.height).toBeLessThanOrEqual(PHONE.height * 0.6);
    expect(sheet.width).toBeLessThanOrEqual(PHONE.width);
    expect((await overflowing()).out).toEqual([]);
    expect((await spec.driver.panelFigures()).watch_status).toBeTruthy();
    await spec.driver.screenshot("phone-area-panel");
    await spec.driver.closePanel();
  });

  it("opens an area when it is tapped on the map", async () => {
    await spec.driver.openMap();
    await spec.driver.clickAreaOnMap("Tottarp", "touch");
    expect(await spec.page.getByTestId("panel-title").textContent()).toBe("Tottarp");
  });

  it("unfolds the controls to switch the measure", async () => {
    await spec.driver.openMap();
    await spec.driver.switchMeasure("dna_uptake");
    expect((await overflowing()).out).toEqual([]);
    await spec.driver.screenshot("phone-controls");
    expect(await spec.page.getByTestId("legend").textContent()).toContain("Märk-DNA");
  });
});
