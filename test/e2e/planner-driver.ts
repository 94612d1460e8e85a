// Domain actions for the planner's views: the ranking (weights, rows, what the map outlines), the
// session form, the spreadsheet import (preview, column mapping, commit), and the phone-layout
// check. Built on the map driver.
import type { Priorities } from "../../server/priorities/routes.ts";
import type { PartKey } from "../../server/priorities/score.ts";
import type { Driver } from "./driver.ts";

export interface RankingRow {
  id: string;
  name: string;
  rank: number;
  score: number | null;
}

export function createPlannerDriver(driver: Driver, origin: string) {
  const { page } = driver;

  /** The table as the user sees it, top to bottom. */
  async function rankingRows(): Promise<RankingRow[]> {
    return page.$$eval("[data-testid=ranking-row]", (rows) =>
      rows.map((r) => {
        const el = r as HTMLElement;
        return {
          id: el.dataset.areaId ?? "",
          name: el.dataset.areaName ?? "",
          rank: Number(el.dataset.rank),
          score: el.dataset.score === "" ? null : Number(el.dataset.score),
        };
      }),
    );
  }

  /** Waits until the ranking has settled and the map outlines the table's top three. */
  async function waitForRanking() {
    await page.locator("[data-testid=ranking-row]").first().waitFor({ timeout: 30_000 });
    await page.waitForFunction(
      () => {
        const table = document.querySelector<HTMLElement>(".planner__table");
        const rows = [...document.querySelectorAll<HTMLElement>("[data-testid=ranking-row]")];
        const top = rows
          .filter((r) => r.dataset.score !== "")
          .sort((a, b) => Number(a.dataset.rank) - Number(b.dataset.rank))
          .slice(0, 3)
          .map((r) => r.dataset.areaId)
          .join(",");
        const map = document.querySelector<HTMLElement>("[data-testid=planner-map]");
        return (
          table?.dataset.fetching === "false" &&
          map?.dataset.top === top &&
          document.body.dataset.mapReady === "true"
        );
      },
      null,
      { timeout: 30_000 },
    );
  }

  return {
    rankingRows,
    waitForRanking,

    async openRanking(query = "") {
      await page.goto(`${origin}/prioritering${query ? `?${query}` : ""}`);
      await waitForRanking();
    },

    /** The area ids the map outlines (in rank order) and the numbered badges it shows. */
    async topOnMap() {
      const outlined = (await page.getByTestId("planner-map").getAttribute("data-top")) ?? "";
      const badges = await page.$$eval("[data-testid=top-badge]", (els) =>
        els.map((e) => (e as HTMLElement).dataset.areaId ?? ""),
      );
      return { outlined: outlined ? outlined.split(",") : [], badges };
    },

    /** Where each numbered badge is centred on the page, with its area id. */
    async badgeCentres() {
      await driver.waitForMapIdle();
      return page.$$eval("[data-testid=top-badge]", (els) =>
        els.map((e) => {
          const r = e.getBoundingClientRect();
          const id = (e as HTMLElement).dataset.areaId ?? "";
          return { id, x: r.left + r.width / 2, y: r.top + r.height / 2 };
        }),
      );
    },

    /** Sets a weight the keyboard way: focus the slider, Home, then arrow right. */
    async setWeight(part: PartKey, value: number) {
      const slider = page.getByTestId(`weight-${part}`);
      await slider.focus();
      await page.keyboard.press("Home");
      for (let i = 0; i < value; i++) await page.keyboard.press("ArrowRight");
      await page.waitForFunction(
        ([p, v]) => new URLSearchParams(window.location.search).get(`w_${p}`) === String(v),
        [part, value] as const,
      );
      await waitForRanking();
    },

    priorities: (search: string) => driver.api<Priorities>(`/api/priorities?${search}`),

    /** Chooses a row the keyboard way (focus, Enter): the map flies to the area. */
    async selectRow(name: string) {
      const row = page.locator(`[data-testid=ranking-row][data-area-name="${name}"]`);
      await row.focus();
      await page.keyboard.press("Enter");
      // Enter on a row flies the map to the area and outlines it.
      const id = (await row.getAttribute("data-area-id")) ?? "";
      await driver.waitForMapIdle({ attr: "selected", value: id });
    },

    /** Follows the selected row's "record a session here" link to the form. */
    async openSessionForm() {
      await page.getByTestId("ranking-selected").getByRole("link").click();
      await page.getByTestId("session-form").waitFor();
      await driver.waitForMapIdle();
    },

    /** Places the session on the map by clicking inside the area; returns the area the form names. */
    async pickPointIn(areaName: string) {
      const area = await driver.areaByName(areaName);
      const [point] = await driver.visiblePointsIn(area);
      if (!point) throw new Error(`no visible point in ${areaName}`);
      await page.mouse.click(point.x, point.y);
      const picked = page.getByTestId("place-picked");
      await picked.waitFor();
      return picked.getAttribute("data-area-id");
    },

    async fillSession(values: { date: string; attendees: string; kits: string }) {
      await page.getByTestId("field-date").fill(values.date);
      await page.getByTestId("field-attendees").fill(values.attendees);
      await page.getByTestId("field-kits").fill(values.kits);
    },

    async save() {
      await page.getByTestId("save").click();
    },

    /** Opens the import view with a kind chosen. */
    async openImport(kind: "visits" | "watch-groups" | "dna-kits") {
      await page.goto(`${origin}/import`);
      await page.getByTestId("import-kind").selectOption(kind);
    },

    /** Chooses a file and previews it; resolves once the report is shown. */
    async previewFile(path: string) {
      await page.getByTestId("import-file").setInputFiles(path);
      await page.getByTestId("import-preview").click();
      await page.getByTestId("import-report").waitFor();
    },

    /** The mapping step's rows: each column of the file and how it is read. */
    mappingRows: () =>
      page.$$eval("[data-testid=mapping-row]", (rows) =>
        rows.map((r) => ({
          column: (r as HTMLElement).dataset.column ?? "",
          how: (r as HTMLElement).dataset.how ?? "",
        })),
      ),

    /**
     * Chooses what a column holds the keyboard way: focus its select (by its label, the column's
     * name) and pick the option by its visible label; waits for the new preview.
     */
    async mapColumn(column: string, optionLabel: string) {
      const select = page.getByLabel(column, { exact: true });
      await select.focus();
      await select.selectOption({ label: optionLabel });
      await page
        .locator(`[data-testid=mapping-row][data-column="${column}"]:not([data-how=unknown])`)
        .waitFor();
      await page.getByTestId("import-report").waitFor();
    },

    /** Commits the previewed file; resolves with the message the view shows when done. */
    async commitImport() {
      await page.getByTestId("import-commit").click();
      const done = page.getByTestId("import-done");
      await done.waitFor();
      return (await done.textContent()) ?? "";
    },

    /** Elements of the header and the view that reach outside the viewport horizontally. */
    overflowing: () =>
      page.evaluate(() => {
        const out: string[] = [];
        for (const el of document.querySelectorAll<HTMLElement>("header *, main *")) {
          // A wide table scrolls inside its own box; the box itself must fit.
          const inScroller = el.parentElement?.closest(".planner__table");
          if (el.closest(".maplibregl-canvas-container, .maplibregl-marker") || inScroller)
            continue;
          const r = el.getBoundingClientRect();
          if (r.width === 0 || r.height === 0) continue;
          if (r.left < -1 || r.right > window.innerWidth + 1) {
            out.push(
              `${el.tagName.toLowerCase()}.${el.className} ${Math.round(r.left)}–${Math.round(r.right)}`,
            );
          }
        }
        return { out, scrollWidth: document.documentElement.scrollWidth };
      }),
  };
}
