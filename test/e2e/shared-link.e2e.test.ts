// A view sent as a link: what a planner set up on /karta (measure, period, open area) opens the
// same in a colleague's fresh browser.
import { describe, expect, it } from "vitest";
import { DESKTOP } from "./browser.ts";
import { browserSpec, withBrowser } from "./spec.ts";

const spec = browserSpec({ role: "planner" });

describe("a link to a view", () => {
  it("copied from /karta with a measure, period and area opens the same view in a new context", async () => {
    const { driver, page } = spec;
    await driver.openMap();
    await driver.switchMeasure("visits");
    const period = await driver.choosePeriodPreset("promisePeriod");
    // The promises were signed on 13 July 2018.
    expect(period).toEqual({ from: "2018-07-13", to: "2019-12-31" });
    await driver.selectAreaFromList("Hjärup Södra");
    const sent = await driver.mapState();
    expect(sent).toMatchObject({ measure: "visits", period: "2018-07-13/2019-12-31" });
    const figures = await driver.panelFigures();
    const link = page.url();

    await withBrowser(spec.server.origin, DESKTOP, "planner", async (colleague) => {
      await colleague.page.goto(link);
      await colleague.page.getByTestId("panel-title").filter({ hasText: "Hjärup Södra" }).waitFor();
      await colleague.driver.waitForMapIdle({ attr: "selected", value: sent.selected ?? "" });
      expect(await colleague.driver.mapState()).toEqual(sent);
      expect(await colleague.driver.panelFigures()).toEqual(figures);
      expect(await colleague.page.getByTestId("measure-visits").isChecked()).toBe(true);
      expect(await colleague.page.getByTestId("period-from").inputValue()).toBe("2018-07-13");
      expect(await colleague.page.getByTestId("period-to").inputValue()).toBe("2019-12-31");
      expect(colleague.page.url()).toBe(link);
    });
  });

  it("carries the default period's dates, so the link shows the same figures tomorrow", async () => {
    const { driver, page } = spec;
    await driver.openMap();
    const meta = await driver.workMeta();
    const url = new URL(page.url());
    expect(url.searchParams.get("from")).toBe(meta.default_period.from);
    expect(url.searchParams.get("to")).toBe(meta.default_period.to);
    expect(await page.getByTestId("period-preset-last12Months").getAttribute("aria-pressed")).toBe(
      "true",
    );
  });
});
