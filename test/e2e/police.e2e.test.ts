// The police path in a real browser: a lägesbild week with a flagged area that presence did not
// reach; a presence logged through the form (a point clicked inside that area, effective, in a
// requested band, inside the week's window) → the week's follow-through rises in the UI and the
// API alike, the map's outline turns to "reached", and the heat table's cell grows. Also the
// lägesbild form (a missed week recorded, then deleted), the CSV import's dry run and commit, and
// the police views on a phone: nothing reaches outside the screen.
import { beforeAll, describe, expect, it } from "vitest";
import { weekMonday } from "../../server/coverage/weeks.ts";
import { createI18n } from "../../web/i18n/i18n.ts";
import { HEAT_COLOURS } from "../../web/police/heat.ts";
import { weekLabel } from "../../web/public/wording.ts";
import { PHONE } from "./browser.ts";
import { hexToRgb } from "./map-geometry.ts";
import { createPoliceDriver, findTarget, slotIn } from "./police-driver.ts";
import { browserSpec, withBrowser } from "./spec.ts";

const spec = browserSpec({ role: "police" });
let police: ReturnType<typeof createPoliceDriver>;

beforeAll(() => {
  police = createPoliceDriver(spec.driver, spec.server.origin);
});

describe("the police path", () => {
  it("logs presence in a flagged area and the week's follow-through rises", async () => {
    const { page } = spec;
    const before = await police.overview();
    const { week, area, band } = findTarget(before.weeks, before.bands);
    await police.open("lagesbild");
    const areaFeature = (await spec.driver.areas()).features.find((f) => f.id === area.area_id);
    await police.selectWeek(week);
    const shown = await police.weekState(area.area_id);
    expect(shown).toEqual({ reached: week.reached, flagged: week.flagged, areaReached: false });
    expect(await police.flagsOnMap()).toContain(`${area.area_id}:0`);
    await page.locator(`[data-testid=flag-badge][data-area-id="${area.area_id}"]`).waitFor();
    await spec.driver.screenshot("police-lagesbild-before");

    await police.tab("tackning");
    await page.getByTestId("band-select").selectOption(band.key);
    const cellBefore = await police.cellMinutes(area.area_id, band.key);
    // The table is one tab stop; the arrow keys move between its cells.
    await page.locator("[data-testid=heat-cell][tabindex='0']").focus();
    for (const key of ["ArrowRight", "ArrowRight", "ArrowDown", "ArrowLeft"])
      await page.keyboard.press(key);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.pos)).toBe(
      "1:1",
    );
    await spec.driver.screenshot("police-coverage-before");

    await police.tab("narvaro");
    if (!areaFeature) throw new Error(`no area ${area.area_id}`);
    const [from, to] = slotIn(week, band);
    // An end before the start is named at its field as soon as it is typed.
    await police.logPresenceAt(areaFeature, from, from.replace(/T\d\d:\d\d/, "T00:00"));
    await page.getByTestId("error-ends_at").waitFor();
    expect(await page.getByTestId("error-ends_at").textContent()).toBe(
      "Slutet måste vara efter starten.",
    );
    await page.getByTestId("field-ends_at").fill(to);
    await page.getByTestId("error-ends_at").waitFor({ state: "detached" });
    await spec.driver.screenshot("police-presence-form");
    await page.getByTestId("save").click();
    await page.getByTestId("police-message").waitFor();

    await police.tab("lagesbild");
    await police.selectWeek(week);
    const after = await police.weekState(area.area_id, week.reached + 1);
    expect(after).toEqual({ reached: week.reached + 1, flagged: week.flagged, areaReached: true });
    const api = (await police.overview()).weeks.find((w) => w.id === week.id);
    expect(api?.reached).toBe(after.reached);
    expect(api?.areas.find((a) => a.area_id === area.area_id)?.reached).toBe(true);
    expect(await police.flagsOnMap()).toContain(`${area.area_id}:1`);
    // The police see the effective minutes behind each band (planners only reached or not).
    const bands = page.locator(
      `[data-testid=flag-item][data-area-id="${area.area_id}"] [data-testid=flag-bands]`,
    );
    expect(await bands.textContent()).toMatch(/✓ \d+ min|\(\d+ min\)/);
    await spec.driver.screenshot("police-lagesbild-after");

    await police.tab("tackning");
    await page.getByTestId("band-select").selectOption(band.key);
    await page
      .locator(
        `[data-testid=heat-cell][data-area-id="${area.area_id}"][data-band="${band.key}"]:not([data-minutes="${cellBefore}"])`,
      )
      .waitFor();
    expect(await police.cellMinutes(area.area_id, band.key)).toBeCloseTo(cellBefore + 30, 1);
    await spec.driver.screenshot("police-coverage-after");
  });
});

describe("the weekly lägesbild form", () => {
  it("records a missed week's exchange (held rises), then deletes it (missed again)", async () => {
    const { page } = spec;
    const before = await police.overview();
    const missed = before.exchanges.missed[0];
    if (!missed) throw new Error("the demo data has no missed week");
    await police.open("lagesbild");
    await page.locator(`[data-testid=exchanges][data-held="${before.exchanges.held}"]`).waitFor();
    const missedWords = weekLabel(missed, createI18n("sv").t);
    expect((await page.getByTestId("missed-weeks").textContent())?.split(", ")).toContain(
      missedWords,
    );

    const form = page.getByTestId("lagesbild-form");
    await page.getByTestId("field-week").fill(missed);
    await page.getByTestId("field-date").fill(weekMonday(missed) ?? "");
    await page.getByTestId("field-participants").fill("Kommunpolis, Trygghetssamordnare");
    await form.getByRole("button", { name: "Lägg till område" }).click();
    const flag = form.getByTestId("flag-draft").first();
    await flag.locator("select").selectOption({ index: 1 });
    // A flagged area without a reason is refused at its field before anything is sent.
    await page.getByTestId("save").click();
    await page.getByTestId("error-areas.0.reason").waitFor();
    await page.getByTestId("field-areas.0.reason").fill("Inbrott i villaområdet");
    await flag.getByRole("checkbox").first().check();
    await spec.driver.screenshot("police-lagesbild-form");
    await page.getByTestId("save").click();
    await page.getByTestId("police-message").waitFor();
    await page
      .locator(`[data-testid=exchanges][data-held="${before.exchanges.held + 1}"]`)
      .waitFor();
    const after = await police.overview();
    expect(after.exchanges.held).toBe(before.exchanges.held + 1);
    expect(after.exchanges.missed).not.toContain(missed);
    // Weeks are worded "v. 7 2019", never "2019-W07"; the one just held is no longer listed.
    const missedList = (await page.getByTestId("missed-weeks").textContent()) ?? "";
    expect(missedList).not.toMatch(/\d{4}-W\d{2}/);
    expect(missedList.split(", ")).not.toContain(missedWords);

    // Deleted again (after a confirm): the week is missed once more.
    const created = after.weeks.find((w) => w.week === missed);
    if (!created) throw new Error(`no week ${missed} after saving`);
    await police.selectWeek(created);
    page.once("dialog", (d) => void d.accept());
    await page.getByTestId("week-detail").getByRole("button", { name: "Ta bort" }).click();
    await page.locator(`[data-testid=exchanges][data-held="${before.exchanges.held}"]`).waitFor();
    expect((await police.overview()).exchanges.missed).toContain(missed);
  });
});

describe("importing a presence log", () => {
  const header = "Från;Till;Aktör;Typ;Område;Lon;Lat;Anteckningar";
  const csv = (rows: string[]) => `${[header, ...rows].join("\r\n")}\r\n`;

  it("previews bad rows by line, imports a good file, then opens and deletes an entry", async () => {
    const { page } = spec;
    const { features } = await spec.driver.api<{ features: { id: string }[] }>("/api/areas");
    const id = String(features[0]?.id);
    await police.open("narvaro");
    const total = await police.listTotal();
    // The presence log's map says what it draws: effective minutes, logged presence, the form's place.
    const legend = page.getByTestId("police-map").getByTestId("map-key");
    await legend.getByTestId("key-heat-0").waitFor();
    // Each shade is drawn as a box of its colour (the police view has no other legend to style it).
    const boxes = await legend.locator("[data-testid^=key-heat-] .swatch").evaluateAll((els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        return {
          w: Math.round(r.width),
          h: Math.round(r.height),
          bg: getComputedStyle(e).backgroundColor,
        };
      }),
    );
    expect(boxes.map((b) => b.bg)).toEqual(
      HEAT_COLOURS.slice(0, boxes.length).map((hex) => {
        const [r, g, b] = hexToRgb(hex);
        return `rgb(${r}, ${g}, ${b})`;
      }),
    );
    for (const box of boxes) {
      expect(box.w).toBeGreaterThanOrEqual(16);
      expect(box.h).toBeGreaterThanOrEqual(10);
    }
    expect(await legend.getByTestId("key-saved").textContent()).toBe(
      "Registrerad närvaro under perioden",
    );
    expect(await legend.getByTestId("key-sketch").textContent()).toContain("Platsen i formuläret");

    const good = `2019-11-05 21:00;2019-11-05 21:40;polis;bil;${id};;;Kväll`;
    await police.previewImport(
      csv([good, `2019-11-06 22:00;2019-11-06 21:00;polis;häst;${id};;;`]),
    );
    await page.locator("[data-testid=import-error][data-line='3']").first().waitFor();
    expect(await page.getByTestId("presence-import-commit").count()).toBe(0);
    await spec.driver.screenshot("police-import-errors");

    // Saved by Excel on Swedish Windows: Windows-1252, which the browser sends as it is.
    const second = `2019-11-06 10:00;2019-11-06 10:30;kommun;fot;${id};;;Åkervägen`;
    await police.previewImport(csv([good, second]), "latin1");
    await page.getByTestId("presence-import-source").filter({ hasText: "windows-1252" }).waitFor();
    await page.getByTestId("presence-import-commit").click();
    await page.getByTestId("police-message").waitFor();
    await page
      .locator("#presence-list-title + p", { hasText: new RegExp(`${total + 2}$`) })
      .waitFor();
    expect(await police.listTotal()).toBe(total + 2);
    const imported = await spec.driver.api<{ items: { notes: string }[] }>(
      "/api/internal/presence?from=2019-11-05&to=2019-11-06",
    );
    expect(imported.items.map((p) => p.notes)).toEqual(
      expect.arrayContaining(["Kväll", "Åkervägen"]),
    );

    // The newest entry opens in the form for a change, and can be deleted (after a confirm).
    const first = page.getByTestId("presence-item").first();
    const itemId = await first.getAttribute("data-id");
    await first.getByRole("button", { name: "Ändra" }).click();
    await page.getByRole("heading", { name: `Ändra närvaro nr ${itemId}` }).waitFor();
    expect(await page.getByTestId("field-starts_at").inputValue()).toMatch(/^\d{4}-\d\d-\d\dT/);
    page.once("dialog", (d) => void d.accept());
    await first.getByRole("button", { name: "Ta bort" }).click();
    await page
      .locator(`[data-testid=presence-item][data-id="${id}"]`)
      .waitFor({ state: "detached" });
    await page
      .locator("#presence-list-title + p", { hasText: new RegExp(`${total + 1}$`) })
      .waitFor();
    const api = await spec.driver
      .api<{ id: number }>(`/api/internal/presence/${itemId}`)
      .catch(() => null);
    expect(api).toBeNull();
  });
});

describe("the police views on a phone", () => {
  it("fit a 375 px wide screen", async () => {
    await withBrowser(spec.server.origin, PHONE, "police", async ({ driver: phoneDriver }) => {
      const phonePolice = createPoliceDriver(phoneDriver, spec.server.origin);
      for (const tab of ["tackning", "narvaro", "lagesbild"] as const) {
        await phonePolice.open(tab);
        const { out, scrollWidth } = await phonePolice.overflowing();
        expect(out, tab).toEqual([]);
        expect(scrollWidth).toBeLessThanOrEqual(PHONE.width);
        await phoneDriver.screenshot(`phone-police-${tab}`);
      }
    });
  });
});
