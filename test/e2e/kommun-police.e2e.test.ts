// The police across the whole police area (issue 15): the lägesbild opens on all four kommuner,
// a week's flagged areas stand in a section per kommun, and the kommun filter (kept in the URL)
// narrows the view to Burlöv. There the police follow a flagged area that presence did not reach:
// a presence logged in it through the form, and the area turns "reached" in Burlöv's section and
// on the map.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createPoliceDriver, findTarget, slotIn } from "./police-driver.ts";
import { browserSpec } from "./spec.ts";

const BURLOV = "1231";
const ALL = "alla";

/** The embedded areas the server was seeded from: each area's kommun, from the file. */
const AREAS = JSON.parse(
  readFileSync(resolve(import.meta.dirname, "../../data/areas.geojson"), "utf8"),
) as GeoJSON.FeatureCollection<GeoJSON.Geometry, { id: string; kommun: string }>;
const KOMMUN_OF = new Map(
  AREAS.features.map((f) => [String(f.properties.id), f.properties.kommun]),
);
const ORDER = ["1230", "1231", "1261", "1262"];

const spec = browserSpec({ role: "police" });
let police: ReturnType<typeof createPoliceDriver>;

beforeAll(() => {
  police = createPoliceDriver(spec.driver, spec.server.origin);
});

describe("the lägesbild across the police area", () => {
  it("filters to Burlöv and follows a flagged area there until it is reached", async () => {
    const { page } = spec;
    const overview = await police.overview();
    const { week, area, band } = findTarget(
      overview.weeks,
      overview.bands,
      (id) => KOMMUN_OF.get(id) === BURLOV,
    );

    await police.open("lagesbild");
    // The whole police area first: every kommun is a choice, and the map holds all four.
    const select = page.getByTestId("kommun-select");
    expect(await select.inputValue()).toBe(ALL);
    expect(
      await select.locator("option").evaluateAll((os) => os.map((o) => o.textContent)),
    ).toEqual(["Hela lokalpolisområdet", "Staffanstorp", "Burlöv", "Kävlinge", "Lomma"]);

    // The week's flagged areas, a section per kommun in the kommuner's order.
    await police.selectWeek(week);
    const sections = () =>
      page.$$eval("[data-testid=flag-kommun]", (els) =>
        els.map((e) => (e as HTMLElement).dataset.kommun ?? ""),
      );
    const kommunerFlagged = ORDER.filter((k) =>
      week.areas.some((a) => KOMMUN_OF.get(a.area_id) === k),
    );
    expect(await sections()).toEqual(kommunerFlagged);
    const burlov = page.locator(`[data-testid=flag-kommun][data-kommun="${BURLOV}"]`);
    expect(await burlov.locator("h4").textContent()).toBe("Burlöv");
    expect(
      await burlov.locator(`[data-testid=flag-item][data-area-id="${area.area_id}"]`).count(),
    ).toBe(1);
    // Four kommuner's flags on one map: badges that would cover each other show their mark only
    // (the missed ones keep their words first), so no two badges in words overlap.
    await spec.driver.waitForMapIdle();
    await page.waitForFunction(() => {
      const full = [...document.querySelectorAll<HTMLElement>("[data-testid=flag-badge]")]
        .filter((b) => b.dataset.compact === "false")
        .map((b) => b.getBoundingClientRect());
      return full.every((a, i) =>
        full
          .slice(i + 1)
          .every(
            (b) => a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top,
          ),
      );
    });
    const badges = await page.getByTestId("flag-badge").evaluateAll((els) =>
      els.map((e) => ({
        compact: (e as HTMLElement).dataset.compact,
        reached: (e as HTMLElement).dataset.reached,
        title: e.getAttribute("title") ?? "",
        mark: e.firstElementChild?.textContent,
      })),
    );
    expect(badges.length).toBe(week.areas.length);
    expect(badges.some((b) => b.compact === "false")).toBe(true);
    for (const b of badges) {
      expect(b.mark).toBe(b.reached === "true" ? "✓" : b.reached === "false" ? "✗" : "…");
      expect(b.title).not.toBe("");
    }
    await spec.driver.screenshot("kommun-police-all");

    // Burlöv only: the URL keeps it (and the week), one section, the map fits Burlöv's areas.
    await select.focus();
    await select.selectOption(BURLOV);
    await page.waitForFunction(
      (k) => new URLSearchParams(window.location.search).get("kommun") === k,
      BURLOV,
    );
    await page.locator(`[data-testid=week-detail][data-week="${week.week}"]`).waitFor();
    await page.waitForFunction(
      () => document.querySelectorAll("[data-testid=flag-kommun]").length === 1,
    );
    expect(await sections()).toEqual([BURLOV]);
    await spec.driver.waitForMapIdle();
    const flags = (await police.flagsOnMap()).split(",").filter(Boolean);
    expect(flags).toContain(`${area.area_id}:0`);
    expect(flags.every((f) => KOMMUN_OF.get(f.split(":")[0] ?? "") === BURLOV)).toBe(true);
    const feature = (await spec.driver.areas()).features.find((f) => f.id === area.area_id);
    if (!feature) throw new Error(`no area ${area.area_id}`);
    expect((await spec.driver.visiblePointsIn(feature)).length).toBeGreaterThan(0);
    const before = await police.weekState(area.area_id);
    expect(before.areaReached).toBe(false);
    await spec.driver.screenshot("kommun-police-burlov");

    // Follow it: presence logged in the area, in the band it lacked, inside the week's window.
    await police.tab("narvaro");
    expect(new URLSearchParams(new URL(page.url()).search).get("kommun")).toBe(BURLOV);
    const areaOptions = await page
      .getByTestId("field-area_id")
      .locator("option")
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    expect(areaOptions.every((id) => KOMMUN_OF.get(id) === BURLOV)).toBe(true);
    const [from, to] = slotIn(week, band);
    await police.logPresenceAt(feature, from, to);
    await page.getByTestId("save").click();
    await page.getByTestId("police-message").waitFor();

    await police.tab("lagesbild");
    await police.selectWeek(week);
    const after = await police.weekState(area.area_id, before.reached + 1);
    expect(after.areaReached).toBe(true);
    expect(after.flagged).toBe(before.flagged);
    expect(await sections()).toEqual([BURLOV]);
    expect(await police.flagsOnMap()).toContain(`${area.area_id}:1`);
    const api = (await police.overview()).weeks.find((w) => w.id === week.id);
    expect(api?.areas.find((a) => a.area_id === area.area_id)?.reached).toBe(true);
    await spec.driver.screenshot("kommun-police-followed");
  });
});
