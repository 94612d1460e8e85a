// Domain actions for the police views (/polis/...): the lägesbild weeks and their follow-through,
// the presence form with a point clicked on the map, the heat table's cells, and the phone check.
import type { BandInfo } from "../../server/coverage/types.ts";
import type {
  AreaFollowThrough,
  LagesbildOverview,
  LagesbildWeek,
} from "../../server/lagesbild/types.ts";
import type { Driver } from "./driver.ts";
import { createPlannerDriver } from "./planner-driver.ts";

export interface WeekState {
  reached: number;
  flagged: number;
  areaReached: boolean;
}

/**
 * The demo data's last year, which the API takes when no period is named. The views open on the
 * twelve months up to today, which the 2018–2019 demo data does not reach, so specs name it.
 */
export const DEMO_YEAR = "from=2019-01-01&to=2019-12-31";

export interface Target {
  week: LagesbildWeek;
  area: AreaFollowThrough;
  band: BandInfo;
}

/**
 * A closed week with a flagged area not reached (one `inArea` accepts), where one band is all
 * that is missing.
 */
export function findTarget(
  weeks: LagesbildWeek[],
  bands: BandInfo[],
  inArea: (areaId: string) => boolean = () => true,
): Target {
  for (const week of [...weeks].reverse()) {
    if (week.window.open) continue;
    for (const area of week.areas) {
      if (area.reached || !inArea(area.area_id)) continue;
      const missing = area.band_detail.filter((b) => !b.reached);
      const key = area.band_detail.length === 0 ? "weekday-18-24" : missing[0]?.band;
      const band = bands.find((b) => b.key === key);
      if (band && missing.length <= 1) return { week, area, band };
    }
  }
  throw new Error("no week with an unreached flagged area in the demo data");
}

/** 30 minutes from a quarter past the band's first hour, on a day of the window of its type. */
export function slotIn(week: LagesbildWeek, band: BandInfo): [string, string] {
  for (let d = Date.parse(`${week.window.from}T12:00:00Z`); ; d += 86_400_000) {
    const date = new Date(d).toISOString().slice(0, 10);
    if (date > week.window.to) break;
    const day = new Date(d).getUTCDay();
    const weekend = day === 0 || day === 6;
    if (weekend !== (band.day_type === "weekend")) continue;
    const hh = String(band.from_hour).padStart(2, "0");
    return [`${date}T${hh}:15`, `${date}T${hh}:45`];
  }
  throw new Error(`no ${band.day_type} in ${week.window.from}–${week.window.to}`);
}

export function createPoliceDriver(driver: Driver, origin: string) {
  const { page } = driver;

  async function open(tab: "tackning" | "narvaro" | "lagesbild") {
    await page.goto(`${origin}/polis/${tab}?${DEMO_YEAR}`);
    await page.getByTestId(`police-tab-${tab}`).waitFor();
    await driver.waitForMapIdle();
  }

  return {
    open,

    /** Switches tab through the page's own links (no reload: the query cache carries over). */
    async tab(tab: "tackning" | "narvaro" | "lagesbild") {
      await page.getByTestId(`police-tab-${tab}`).click();
      await page.locator(`[data-testid=police-view][data-tab=${tab}]`).waitFor();
    },

    overview: () => driver.api<LagesbildOverview>(`/api/internal/lagesbild?${DEMO_YEAR}`),

    /** Selects a week in the weeks table and waits for its detail. */
    async selectWeek(week: LagesbildWeek) {
      await page.locator(`[data-testid=week-row][data-id="${week.id}"] button`).click();
      await page.locator(`[data-testid=week-detail][data-week="${week.week}"]`).waitFor();
    },

    /** What the selected week's detail says, once it shows `reached` (when given). */
    async weekState(areaId: string, reached?: number): Promise<WeekState> {
      const detail = page.getByTestId("week-detail");
      if (reached !== undefined) {
        await page.locator(`[data-testid=week-detail][data-reached="${reached}"]`).waitFor();
      }
      const item = detail.locator(`[data-testid=flag-item][data-area-id="${areaId}"]`);
      return {
        reached: Number(await detail.getAttribute("data-reached")),
        flagged: Number(await detail.getAttribute("data-flagged")),
        areaReached: (await item.getAttribute("data-reached")) === "true",
      };
    },

    /** The map's outline state of flagged areas: "id:1" reached, "id:0" not. */
    async flagsOnMap() {
      await page.locator("[data-testid=police-map][data-flags]").waitFor();
      return (await page.getByTestId("police-map").getAttribute("data-flags")) ?? "";
    },

    /** Effective minutes of one heat-table cell. */
    async cellMinutes(areaId: string, band: string) {
      const cell = page.locator(
        `[data-testid=heat-cell][data-area-id="${areaId}"][data-band="${band}"]`,
      );
      await cell.waitFor();
      return Number(await cell.getAttribute("data-minutes"));
    },

    /** Fills the presence form with a point clicked inside the area on the map: the area is
     * first chosen from the list (the map zooms to it), then the place switched to a point. */
    async logPresenceAt(area: Parameters<Driver["visiblePointsIn"]>[0], from: string, to: string) {
      await page.getByTestId("place-area").check();
      await page.getByTestId("field-area_id").selectOption(String(area.id));
      await driver.waitForMapIdle({ attr: "selected", value: String(area.id) });
      await page.getByTestId("place-point").check();
      const [p] = await driver.visiblePointsIn(area, 1);
      if (!p) throw new Error("no point to click");
      await page.mouse.click(p.x, p.y);
      await page.locator(`[data-testid=place-picked][data-area-id="${area.id}"]`).waitFor();
      await page.getByTestId("field-starts_at").fill(from);
      await page.getByTestId("field-ends_at").fill(to);
    },

    /** Picks a CSV file (UTF-8, or Latin-1 as Excel's Windows-1252) and previews it (a dry run). */
    async previewImport(csv: string, encoding: "utf8" | "latin1" = "utf8") {
      const box = page.getByTestId("presence-import");
      if ((await box.getAttribute("open")) === null) await box.locator("summary").click();
      const buffer = Buffer.from(csv, encoding);
      await page
        .getByTestId("presence-import-file")
        .setInputFiles({ name: "narvaro.csv", mimeType: "text/csv", buffer });
      await page.getByTestId("presence-import-preview").click();
    },

    /** Total presence in the list's period, as the list says it. */
    async listTotal() {
      await page.getByTestId("presence-item").first().waitFor();
      const text = (await page.locator("#presence-list-title + p").textContent()) ?? "";
      return Number(/(\d+)\s*$/.exec(text.trim())?.[1]);
    },

    /** Opens the coverage tab's settings (a closed <details> at first). */
    async openSettings() {
      const box = page.getByTestId("coverage-settings");
      if ((await box.getAttribute("open")) === null) await box.locator("summary").click();
      await page.getByTestId("settings-form").waitFor();
    },

    /** Types a value into a settings field and saves; resolves with the PUT's status. */
    async saveSetting(field: "radius_m" | "effective_minutes" | "band_hours", value: string) {
      await page.getByTestId(`field-${field}`).fill(value);
      const answer = page.waitForResponse(
        (r) =>
          r.url().endsWith("/api/internal/coverage/settings") && r.request().method() === "PUT",
      );
      await page.getByTestId("settings-save").click();
      return (await answer).status();
    },

    /** Picks an area in the coverage tab's list and opens its year table (rows: months|weeks). */
    async openYearTable(areaId: string, rows: "months" | "weeks" = "months") {
      await page.getByTestId("year-area").selectOption(areaId);
      const toggle = page.getByTestId("year-toggle");
      if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
      await page.locator(`[data-testid=area-year][data-area-id="${areaId}"]`).waitFor();
      await page.getByTestId(`year-rows-${rows}`).check();
      await page.locator(`[data-testid=year-table][data-rows=${rows}]`).waitFor();
    },

    /** One year-table cell's effective minutes (row: '2019-02', '2019-W07' or 'year'). */
    async yearCell(row: string, band: string) {
      const cell = page.locator(`[data-testid=year-cell][data-row="${row}"][data-band="${band}"]`);
      await cell.waitFor();
      return Number(await cell.getAttribute("data-minutes"));
    },

    /** Elements reaching outside the viewport (wide tables scroll inside their own box). */
    overflowing: createPlannerDriver(driver, origin).overflowing,
  };
}
