// The coverage settings and one area's year table in a real browser: the effective minutes
// changed through the form are saved (the API and a reload say so, and the coverage is recomputed
// with them), a value the server refuses shows its error at the field, and an area's year table
// shows the same numbers as GET /api/internal/coverage/:areaId; on a phone it scrolls in its box.
import { beforeAll, describe, expect, it } from "vitest";
import type {
  AreaHeatTable,
  CoverageSettingsBody,
  CoverageTable,
} from "../../server/coverage/types.ts";
import { PHONE } from "./browser.ts";
import { createPoliceDriver } from "./police-driver.ts";
import { browserSpec, withBrowser } from "./spec.ts";

const spec = browserSpec({ role: "police" });
let police: ReturnType<typeof createPoliceDriver>;

beforeAll(() => {
  police = createPoliceDriver(spec.driver, spec.server.origin);
});

const settings = () => spec.driver.api<CoverageSettingsBody>("/api/internal/coverage/settings");

describe("the coverage settings", () => {
  it("saves a new effective-visit threshold, which survives a reload", async () => {
    const { page } = spec;
    const before = await settings();
    const next = before.effective_minutes === 25 ? 26 : 25;
    await police.open("tackning");
    // Closed by default.
    expect(await page.getByTestId("coverage-settings").getAttribute("open")).toBeNull();
    await police.openSettings();
    expect(await page.getByTestId("field-effective_minutes").inputValue()).toBe(
      String(before.effective_minutes),
    );

    expect(await police.saveSetting("effective_minutes", String(next))).toBe(200);
    await page.locator("[data-testid=settings-status]:not(:empty)").waitFor();
    await page.locator(`[data-testid=current-effective_minutes][data-value="${next}"]`).waitFor();
    expect((await settings()).effective_minutes).toBe(next);
    // Saving recomputed coverage: the table reads the new rule, and so does the tab's hint.
    const table = await spec.driver.api<CoverageTable>("/api/internal/coverage");
    expect(table.settings.effective_minutes).toBe(next);

    await page.reload();
    await page.getByTestId("coverage-tab").waitFor();
    await police.openSettings();
    expect(await page.getByTestId("field-effective_minutes").inputValue()).toBe(String(next));
    expect(await page.getByTestId("current-effective_minutes").getAttribute("data-value")).toBe(
      String(next),
    );
    // The other settings were sent back unchanged.
    const after = await settings();
    expect({ ...after, effective_minutes: before.effective_minutes }).toEqual(before);
  });

  it("shows the server's refusal at the field and keeps the saved value", async () => {
    const { page } = spec;
    const saved = await settings();
    await police.open("tackning");
    await police.openSettings();
    // 241 is over the server's 240; the form does not judge it itself, the server does.
    expect(await police.saveSetting("effective_minutes", "241")).toBe(400);
    const error = page.getByTestId("error-effective_minutes");
    await error.waitFor();
    // Said in Swedish, with the allowed range; not the server's English words.
    expect(await error.textContent()).toBe("Ange ett heltal 1–240.");
    expect(await page.getByTestId("field-effective_minutes").getAttribute("aria-invalid")).toBe(
      "true",
    );
    // Other fields are not marked.
    expect(await page.getByTestId("error-radius_m").count()).toBe(0);
    expect(await settings()).toEqual(saved);
    await spec.driver.screenshot("police-settings-error");
    // Typing again clears the server's error.
    await page.getByTestId("field-effective_minutes").fill("12");
    expect(await page.getByTestId("error-effective_minutes").count()).toBe(0);
  });
});

describe("an area's year table", () => {
  it("shows the per-area endpoint's numbers by month and by week", async () => {
    const { page } = spec;
    await police.open("tackning");
    const table = await spec.driver.api<CoverageTable>("/api/internal/coverage");
    // The area with the most effective minutes in the period, so the checked value is not zero.
    const area = [...table.areas].sort(
      (a, b) => b.total.effective_minutes - a.total.effective_minutes,
    )[0];
    if (!area) throw new Error("no areas");
    const year = await spec.driver.api<AreaHeatTable>(`/api/internal/coverage/${area.area_id}`);
    // The busiest month × band of its year.
    const pairs = year.months.flatMap((m) => year.bands.map((b) => ({ m, band: b.key })));
    const best = pairs.sort(
      (x, y) =>
        (y.m.cells[y.band]?.effective_minutes ?? 0) - (x.m.cells[x.band]?.effective_minutes ?? 0),
    )[0];
    if (!best) throw new Error("no months");
    const { m: month, band } = best;
    expect(month.cells[band]?.effective_minutes).toBeGreaterThan(0);

    await police.openYearTable(area.area_id, "months");
    expect(await page.getByTestId("year-table").getAttribute("data-year")).toBe(String(year.year));
    expect(await police.yearCell(month.key, band)).toBe(month.cells[band]?.effective_minutes);
    expect(await police.yearCell("year", "total")).toBe(year.year_total.total.effective_minutes);
    // Numbers, not colour alone: the cell's text is its whole minutes.
    const cell = page.locator(
      `[data-testid=year-cell][data-row="${month.key}"][data-band="${band}"] .heat__min`,
    );
    expect(await cell.textContent()).toBe(
      String(Math.round(month.cells[band]?.effective_minutes ?? 0)),
    );
    expect(await page.locator("[data-testid=year-table] tbody tr").count()).toBe(12);

    await police.openYearTable(area.area_id, "weeks");
    expect(await page.locator("[data-testid=year-table] tbody tr").count()).toBe(year.weeks.length);
    const week = year.weeks.find((w) => (w.cells[band]?.effective_minutes ?? 0) > 0);
    if (week) {
      expect(await police.yearCell(week.key, band)).toBe(week.cells[band]?.effective_minutes);
    }
    // A table with headers for screen readers: a caption and column and row headers.
    expect(await page.locator("[data-testid=year-table] caption").textContent()).toContain(
      year.name,
    );
    expect(await page.locator("[data-testid=year-table] thead th[scope=col]").count()).toBe(
      year.bands.length + 2,
    );
  });

  it("fits a phone: the year table scrolls inside its own box", async () => {
    await withBrowser(spec.server.origin, PHONE, "police", async ({ driver: phoneDriver }) => {
      const phonePolice = createPoliceDriver(phoneDriver, spec.server.origin);
      await phonePolice.open("tackning");
      const table = await phoneDriver.api<CoverageTable>("/api/internal/coverage");
      const id = table.areas[0]?.area_id ?? "";
      await phonePolice.openYearTable(id, "weeks");
      await phonePolice.openSettings();
      const { out, scrollWidth } = await phonePolice.overflowing();
      expect(out).toEqual([]);
      expect(scrollWidth).toBeLessThanOrEqual(PHONE.width);
      await phoneDriver.screenshot("phone-police-year-table");
    });
  });
});
