// The public path, no login: the landing map reads only public endpoints, an area without
// grannsamverkan is an invitation, the latest quarterly report matches its API, and it prints to
// a clean A4 PDF. Figures that rest on demo rows say so where they stand: on the map, on each
// chart, beside the promise tally and on every printed page. And the landing map on a phone.
import { beforeAll, describe, expect, it } from "vitest";
import { formatInteger } from "../../web/i18n/format.ts";
import { PHONE } from "./browser.ts";
import { pdfPageTexts } from "./pdf-text.ts";
import { createPublicDriver, pdfPageCount } from "./public-driver.ts";
import { browserSpec, withBrowser } from "./spec.ts";

const spec = browserSpec();
let pub: ReturnType<typeof createPublicDriver>;

beforeAll(() => {
  pub = createPublicDriver(spec.driver, spec.page, spec.server.origin);
});

// The session check (open, null for the public) besides the public data.
const PUBLIC_API = /^\/api\/(public\/|meta$|basemap\/|auth\/session$)/;
const DEMO = "Demodata – påhittade siffror";

describe("the public map", () => {
  it("reads only public endpoints and invites an area without grannsamverkan", async () => {
    const { page } = spec;
    const before = await pub.publicAreas();
    const host = before.features.find((f) => f.properties.watch === "active");
    const date = `${new Date().getUTCFullYear() + 1}-03-15`;
    await pub.planSession(host?.id ?? "", date);
    await pub.openLanding();
    await page.getByTestId("public-summary").waitFor();
    expect(await page.getByTestId("upcoming").textContent()).toContain(host?.properties.name);
    await page.getByTestId("promise-tally").waitFor();
    // The embedded data is demo: the map and the tally say so where they stand.
    const mark = page.getByTestId("public-map").getByTestId("demo-mark");
    expect(await mark.isVisible()).toBe(true);
    expect(await mark.textContent()).toBe(DEMO);
    expect(await pub.mapDemoMarkOnTop()).toBe(true);
    expect(await page.getByTestId("promise-tally").getAttribute("data-demo")).toBe("true");
    expect(await page.getByTestId("promise-tally").getByTestId("demo-tag").textContent()).toBe(
      "demodata",
    );
    await spec.driver.screenshot("public-landing");

    const areas = await pub.publicAreas();
    const invited = areas.features.find((f) => f.properties.watch === "invitation");
    expect(invited, "the demo data has an area without grannsamverkan").toBeDefined();
    const name = invited?.properties.name ?? "";
    await pub.selectArea(name);
    await page.getByTestId("invitation").waitFor();
    expect(await page.getByTestId("panel-watch").textContent()).toBe("Välkommen att starta");
    expect(await page.getByTestId("panel-dna").textContent()).toBe(
      invited?.properties.dna_uptake_class,
    );
    const next = await page.getByTestId("next-session").textContent();
    expect(invited?.properties.next_session_nearby?.area_name).toBe(host?.properties.name);
    expect(next).toContain(
      `Närmaste informationsträff: 15 mars ${date.slice(0, 4)} i ${host?.properties.name}`,
    );
    const text = (await page.locator("main").textContent()) ?? "";
    expect(text).not.toMatch(/inbrott|prioriter|kontaktperson/i);
    await spec.driver.screenshot("public-invitation");

    // English on request: the same panel in words a visitor reads.
    await page.getByTestId("lang-en").click();
    await page.getByTestId("invitation").filter({ hasText: "Start neighbourhood watch" }).waitFor();
    expect(await page.getByTestId("panel-watch").textContent()).toBe("Welcome to start");
    await spec.driver.screenshot("public-invitation-english");
    await page.getByTestId("lang-sv").click();
    await page.getByTestId("invitation").filter({ hasText: "Starta grannsamverkan" }).waitFor();

    // Escape closes the panel, and focus goes back to the area in the list.
    await page.keyboard.press("Escape");
    await page.locator("[data-testid=side-panel][data-state=list]").waitFor();
    const focused = await page.evaluate(() =>
      document.activeElement?.getAttribute("data-area-name"),
    );
    expect(focused).toBe(name);

    const paths = pub.apiPaths();
    expect(paths).toContain("/api/public/areas");
    expect(paths.filter((p) => !PUBLIC_API.test(p))).toEqual([]);
    expect(spec.session.pageErrors).toEqual([]);
  });

  it("shows promise progress with statuses in words, exact counts and charts marked demo", async () => {
    const { page } = spec;
    await page.getByTestId("nav-loften").click();
    await page.getByTestId("promise-list").waitFor();
    await page.locator('[data-testid="chart-burglaries"] canvas').waitFor();
    const statuses = await page.getByTestId("promise-status").allTextContents();
    expect(statuses.length).toBeGreaterThan(0);
    for (const s of statuses) expect(s).toMatch(/^[✔●▲✖?–○] \S/);
    // Exact counts against the target, recurring promises in months.
    const progress = await pub.promises();
    const sessions = progress.activities.find((a) => a.evidence === "info_session");
    const monthly = progress.activities.find((a) => a.unit === "month");
    const done = await page.getByTestId("promise-done").allTextContents();
    expect(done).toContain(`${sessions?.done} (mål: minst ${sessions?.target})`);
    // "17 av 18", or "17 av 18 månader" when the measure beside it does not already say months.
    expect(done.some((d) => d.startsWith(`${monthly?.done} av ${monthly?.target}`))).toBe(true);
    // Every chart whose quarters hold demo rows of what it draws carries the watermark.
    for (const id of ["activities", "kits", "watch", "burglaries"]) {
      const chart = page.getByTestId(`chart-${id}`);
      expect(await chart.getAttribute("data-demo"), id).toBe("true");
      expect(await chart.getByTestId("demo-mark").isVisible(), id).toBe(true);
    }
    // Quarters as words in the tables, never "2018-Q4".
    const table = page.getByTestId("chart-kits").getByTestId("trend-table");
    expect(await table.locator("tbody th").first().textContent()).toBe("kv. 3 2018");
    expect(await page.locator("main").textContent()).not.toMatch(/\d{4}-Q\d|\d{4}-W\d/);
    // Real facts beside the goals, with their sources.
    expect(await page.getByTestId("goal-refs").first().textContent()).toContain(
      "Verkliga uppgifter",
    );
    await spec.driver.screenshot("public-promises");
    await page.getByTestId("chart-burglaries").scrollIntoViewIfNeeded();
    await spec.driver.screenshot("public-promises-charts");

    // Printed, every page carries the demo line (a fixed element, drawn last on each page).
    const pages = pdfPageTexts(await pub.printToPdf("public-promises"));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages[0]).toContain("Medborgarlöften: så går det");
    for (const [i, text] of pages.entries())
      expect(text.endsWith(DEMO), `page ${i + 1}`).toBe(true);
    await page.emulateMedia({ media: "screen" });
  });

  it("opens the latest report, with the API's figures, and prints it to A4", async () => {
    const { page } = spec;
    const quarter = await pub.openLatestReport();
    expect(page.url()).toBe(`${spec.server.origin}/rapporter/${quarter}`);
    const report = await pub.report(quarter);
    const shown = await pub.reportCounts();
    expect(shown).toEqual(
      Object.fromEntries(
        Object.entries(report.done_in_quarter).map(([k, v]) => [
          k,
          typeof v === "number" ? formatInteger(v, "sv") : (v?.display ?? "—"),
        ]),
      ),
    );
    expect(await page.getByTestId("report-map").locator("path").count()).toBe(
      report.map.features.length,
    );
    // The map says it rests on demo rows, inside the image itself.
    expect(report.map.demo).toBe(true);
    const caption = page.getByTestId("report-map-demo");
    expect(await caption.isVisible()).toBe(true);
    expect(await caption.textContent()).toBe(DEMO);
    // The explanation names every kind of invented record the report rests on.
    const kinds = await page.getByTestId("report-demo-kinds").locator("li").allTextContents();
    expect(kinds).toHaveLength(report.demo.length);
    expect(kinds).toContain("informationsträffar i bostadsområden");
    await spec.driver.screenshot("public-report");

    const pdf = await pub.printToPdf(`public-report-${quarter}`);
    expect(pdf.length).toBeGreaterThan(10_000);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const pages = pdfPageTexts(pdf);
    expect(pages).toHaveLength(pdfPageCount(pdf));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages.length).toBeLessThanOrEqual(8);
    expect(pages[0]).toContain(
      `Medborgarlöften – rapport för kvartal ${quarter.slice(6)} ${quarter.slice(0, 4)}`,
    );
    // The running demo line on every printed page, drawn last (a fixed element).
    for (const [i, text] of pages.entries())
      expect(text.endsWith(DEMO), `page ${i + 1}`).toBe(true);
    expect(await page.locator("header.header").isVisible()).toBe(false);
    await pub.printScreenshot("public-report-print");

    const paths = pub.apiPaths();
    expect(paths.filter((p) => !PUBLIC_API.test(p))).toEqual([]);
  });

  it("says clearly when a quarter has no report", async () => {
    const { page } = spec;
    await page.goto(`${spec.server.origin}/rapporter/2031-Q2`);
    await page.getByTestId("report-missing").waitFor();
    expect(await page.getByTestId("report-missing").textContent()).toContain("kvartal 2 2031");
  });
});

describe("the public map on a phone", () => {
  it("fits 375 px without horizontal overflow", async () => {
    await withBrowser(spec.server.origin, PHONE, null, async ({ page, driver: d, session }) => {
      const p = createPublicDriver(d, page, spec.server.origin);
      await p.openLanding();
      let { out, scrollWidth } = await p.overflowing();
      expect(out).toEqual([]);
      expect(scrollWidth).toBeLessThanOrEqual(PHONE.width);
      // The map's demo watermark is not hidden under the folded controls.
      expect(await p.mapDemoMarkOnTop()).toBe(true);
      await d.screenshot("phone-public-landing");
      const areas = await p.publicAreas();
      const invited = areas.features.find((f) => f.properties.watch === "invitation");
      await p.selectArea(invited?.properties.name ?? "");
      await page.getByTestId("invitation").waitFor();
      ({ out, scrollWidth } = await p.overflowing());
      expect(out).toEqual([]);
      expect(scrollWidth).toBeLessThanOrEqual(PHONE.width);
      await d.screenshot("phone-public-invitation");
      await page.goto(`${spec.server.origin}/loften`);
      await page.getByTestId("promise-list").waitFor();
      ({ out, scrollWidth } = await p.overflowing());
      expect(out).toEqual([]);
      // Each chart's table, opened, fits its card: no header runs over the next or is cut off.
      const tables = await page.$$eval("[data-testid=trend-table]", (els) =>
        els.map((table) => {
          (table.closest("details") as HTMLDetailsElement).open = true;
          const card = table.closest("figure") as HTMLElement;
          const cells = [...table.querySelectorAll("th, td")];
          return {
            wide: table.scrollWidth > card.clientWidth,
            clipped: cells.some((c) => c.scrollWidth > c.clientWidth + 1),
          };
        }),
      );
      expect(tables.length).toBeGreaterThan(0);
      expect(tables).toEqual(tables.map(() => ({ wide: false, clipped: false })));
      await d.screenshot("phone-public-promises");
      await page.goto(`${spec.server.origin}/rapporter/2018-Q4`);
      await page.getByTestId("report").waitFor();
      ({ out, scrollWidth } = await p.overflowing());
      expect(out).toEqual([]);
      await d.screenshot("phone-public-report");
      expect(session.pageErrors).toEqual([]);
    });
  });
});

describe("views loaded on demand", () => {
  it("loads no other view's code on the landing map, and says when a view's code is loading or cannot load", async () => {
    const { page } = spec;
    const scripts: string[] = [];
    const seen = (req: { url: () => string }) => {
      const path = new URL(req.url()).pathname;
      if (path.startsWith("/assets/") && /\.m?js$/.test(path)) scripts.push(path);
    };
    page.on("request", seen);
    try {
      await pub.openLanding();
    } finally {
      page.off("request", seen);
    }
    // MapLibre (and its worker) for the map; not the planner's, police's or admin's views, nor
    // the promise charts (uPlot).
    expect(scripts.some((s) => /\/maplibre-[\w-]+\.js$/.test(s))).toBe(true);
    expect(scripts.some((s) => /\/maplibre-gl-worker-[\w-]+\.mjs$/.test(s))).toBe(true);
    expect(
      scripts.filter((s) => /\/(admin|police|ranking|record|import|promises)-view-/.test(s)),
    ).toEqual([]);

    // Held back: the loading line, announced, in Swedish.
    let release = () => {};
    const held = new Promise<void>((r) => {
      release = r;
    });
    await page.route("**/assets/promises-view-*.js", async (route) => {
      await held;
      await route.continue();
    });
    try {
      await page.getByTestId("nav-loften").click();
      const loading = page.getByTestId("view-loading");
      await loading.waitFor();
      expect(await loading.getAttribute("role")).toBe("status");
      expect(await loading.textContent()).toBe("Laddar sidan …");
      release();
      await page.getByTestId("promises-view").waitFor();
      expect(await loading.count()).toBe(0);
    } finally {
      release();
      await page.unroute("**/assets/promises-view-*.js");
    }

    // Not to be had: an error in words with a way to try again, not an empty page.
    await page.route("**/assets/reports-list-*.js", (route) => route.abort("internetdisconnected"));
    try {
      await page.getByTestId("nav-rapporter").click();
      const alert = page.getByRole("alert").filter({ hasText: "Kunde inte hämta data" });
      await alert.waitFor();
      expect(await alert.getByRole("button", { name: "Försök igen" }).count()).toBe(1);
      expect(await page.locator("header.header").isVisible()).toBe(true);
    } finally {
      await page.unroute("**/assets/reports-list-*.js");
    }
  });
});
