// Domain actions on the public pages: open the landing map recording every API request, pick an
// area from the list, open a report, print it to PDF and take print-media screenshots.
import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { expect } from "vitest";
import type { PublicAreaCollection } from "../../server/privacy/areas.ts";
import type { PublicProgress } from "../../server/privacy/progress.ts";
import type { QuarterReport } from "../../server/privacy/report.ts";
import { PUBLIC_MAX_STALE_MS } from "../../server/public/routes.ts";
import type { Page } from "./browser.ts";
import type { Driver } from "./driver.ts";

const RESULTS = resolve(import.meta.dirname, "../../test-results");

export function createPublicDriver(driver: Driver, page: Page, origin: string) {
  const apiPaths: string[] = [];
  page.on("request", (req) => {
    const url = new URL(req.url());
    if (url.origin === origin && url.pathname.startsWith("/api/")) apiPaths.push(url.pathname);
  });

  return {
    /** Every /api/ path the page has requested so far. */
    apiPaths: () => [...apiPaths],
    publicAreas: () => driver.api<PublicAreaCollection>("/api/public/areas"),
    report: (quarter: string) => driver.api<QuarterReport>(`/api/public/reports/${quarter}`),
    promises: () => driver.api<PublicProgress>("/api/public/promises"),

    /**
     * Plans a public information session as a planner records it, for the invitation: logs in as
     * the planner in this browser, writes, and logs out again so the page is the public's. Public
     * answers may be up to PUBLIC_MAX_STALE_MS behind a write, so this returns once the public
     * areas carry the session: the page opened next must show it.
     */
    async planSession(areaId: string, date: string) {
      await driver.loginAs("planner");
      const res = await driver.send("POST", "/api/visits", {
        kind: "info_session",
        date,
        topic: "markdna",
        area_id: areaId,
        venue: "Torget", // announced: only then is an upcoming session public
      });
      await driver.send("POST", "/api/auth/logout");
      if (res.status !== 201)
        throw new Error(`POST /api/visits: ${res.status} ${JSON.stringify(res.body)}`);
      // The public answers may lag a write by PUBLIC_MAX_STALE_MS: wait until they carry it.
      const shown = async () => {
        const areas = await driver.api<PublicAreaCollection>("/api/public/areas");
        const host = areas.features.find((f) => f.id === areaId);
        return host?.properties.upcoming_sessions.some((s) => s.date === date) ?? false;
      };
      await expect
        .poll(shown, {
          timeout: PUBLIC_MAX_STALE_MS * 5,
          interval: 100,
          message: `the public areas carry the session on ${date}`,
        })
        .toBe(true);
    },

    async openLanding() {
      await page.goto(`${origin}/`);
      await page.getByTestId("public-map").waitFor();
      await driver.waitForMapIdle();
    },

    /** Chooses an area the keyboard way and waits for its panel. */
    async selectArea(name: string) {
      const toggle = page.getByTestId("area-list-toggle");
      if ((await toggle.count()) > 0 && (await toggle.getAttribute("aria-expanded")) !== "true") {
        await toggle.click();
      }
      const button = page.locator(`[data-testid="area-item"][data-area-name="${name}"]`);
      await button.focus();
      await page.keyboard.press("Enter");
      await page.getByTestId("panel-title").filter({ hasText: name }).waitFor();
    },

    async openLatestReport(): Promise<string> {
      await page.getByTestId("nav-rapporter").click();
      const first = page.getByTestId("report-link").first();
      const quarter = (await first.getAttribute("data-quarter")) ?? "";
      await first.click();
      await page.getByTestId("report").waitFor();
      return quarter;
    },

    /** Figures as the report page shows them, by count key. */
    async reportCounts(): Promise<Record<string, string>> {
      return page.evaluate(() =>
        Object.fromEntries(
          [...document.querySelectorAll<HTMLElement>("[data-count]")].map((row) => [
            row.dataset.count,
            row.querySelector("td")?.textContent ?? "",
          ]),
        ),
      );
    },

    /** The page as a PDF (print media, A4); saved to test-results/ and returned. */
    async printToPdf(name: string): Promise<Buffer> {
      await page.emulateMedia({ media: "print" });
      const pdf = await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
      mkdirSync(RESULTS, { recursive: true });
      writeFileSync(resolve(RESULTS, `${name}.pdf`), pdf);
      return pdf;
    },

    async printScreenshot(name: string) {
      await page.emulateMedia({ media: "print" });
      mkdirSync(RESULTS, { recursive: true });
      await page.screenshot({ path: resolve(RESULTS, `${name}.png`), fullPage: true });
      await page.emulateMedia({ media: "screen" });
    },

    /** Whether the map's demo watermark is there and nothing covers its middle. */
    mapDemoMarkOnTop() {
      return page
        .getByTestId("public-map")
        .getByTestId("demo-mark")
        .evaluate((el: HTMLElement) => {
          // It lets clicks through to the map; for the hit test it must take them for a moment.
          el.style.pointerEvents = "auto";
          const r = el.getBoundingClientRect();
          const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
          el.style.pointerEvents = "";
          return el.contains(top);
        });
    },

    /** Elements reaching outside the viewport horizontally, and the document's scroll width. */
    overflowing() {
      return page.evaluate(() => {
        const out: string[] = [];
        for (const el of document.querySelectorAll<HTMLElement>("header *, main *")) {
          if (el.closest(".maplibregl-canvas-container, .maplibregl-marker, [hidden]")) continue;
          // A closed <details> shows only its summary.
          if (el.closest("details:not([open]) > :not(summary)")) continue;
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
    },
  };
}

/** Pages in a PDF, counted from its page objects. */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}
