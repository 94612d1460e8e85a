// Domain actions on the map page, for short specs: open the map, pick an area from the list or on
// the map, read the panel, switch measure or language, read the colours the map really drew.
import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { AreaCollection, AreaDetail } from "../../server/areas/types.ts";
import type { Role } from "../../server/auth/roles.ts";
import type { PublicMeta, WorkMeta } from "../../server/meta/routes.ts";
import type { Measure } from "../../web/map/classify.ts";
import { ACCOUNTS } from "../helpers/accounts.ts";
import type { Page } from "./browser.ts";
import { type Box, interiorPoints, parseCamera, type ScreenPoint } from "./map-geometry.ts";

const RESULTS = resolve(import.meta.dirname, "../../test-results");

export type Rgb = [number, number, number];
type PolygonFeature = GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>;

/**
 * Runs a request again once when the kept-alive connection it went out on had just been closed by
 * the server (Node closes idle connections after 5 s; the request context may reuse one just then).
 */
async function onceMoreOnReset<T>(request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (e) {
    if (!/ECONNRESET|socket hang up/.test(String(e))) throw e;
    return request();
  }
}

export function createDriver(page: Page, origin: string) {
  // The API is asked through the page's own request context, so it carries the browser's session
  // cookie: what the test reads is what the logged-in user may read.
  let csrf = "";

  async function api<T>(path: string): Promise<T> {
    const res = await onceMoreOnReset(() => page.request.get(`${origin}${path}`));
    if (!res.ok()) throw new Error(`GET ${path}: ${res.status()} ${await res.text()}`);
    return (await res.json()) as T;
  }

  /** A write as the logged-in user (with the session's CSRF token); status and parsed body. */
  async function send(
    method: "POST" | "PATCH" | "DELETE",
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: unknown }> {
    const res = await page.request.fetch(`${origin}${path}`, {
      method,
      headers: { "x-csrf-token": csrf },
      ...(body === undefined ? {} : { data: body }),
    });
    const text = await res.text();
    return { status: res.status(), body: text ? JSON.parse(text) : null };
  }

  /**
   * Logs in as a role through POST /api/auth/login in the browser's own context, so the page gets
   * the session cookie (the login form itself is tested in auth.e2e.test.ts). The page is not
   * reloaded: the next page.goto starts the app with the session.
   */
  async function loginAs(role: Role) {
    const res = await onceMoreOnReset(() =>
      page.request.post(`${origin}/api/auth/login`, { data: ACCOUNTS[role] }),
    );
    if (res.status() !== 200)
      throw new Error(`login as ${role}: ${res.status()} ${await res.text()}`);
    csrf = ((await res.json()) as { csrf_token: string }).csrf_token;
  }

  const mapReady = () => document.body.dataset.mapReady === "true";

  /**
   * Waits until the map has drawn and settled; `until` (evaluated in the page) must hold too, so
   * an action's own change is awaited, not a "ready" left over from before it. MapLibre writes the
   * camera into the URL (#karta=zoom/lat/lng) a moment after a move ends, so the URL must also
   * agree, to its precision, with the camera the map noted when the move ended (data-camera).
   */
  async function waitForMapIdle(until?: { attr: string; value: string }) {
    await page.waitForFunction(
      ([attr, value]) => {
        const map = document.querySelector<HTMLElement>('[data-testid="map"]');
        const ok = attr === "" || map?.dataset[attr] === value;
        if (!ok || document.body.dataset.mapReady !== "true") return false;
        const url = /karta=([-\d.]+)\/([-\d.]+)\/([-\d.]+)/.exec(window.location.hash);
        const noted = map?.dataset.camera?.split("/").map(Number);
        if (!url || !noted) return false;
        const [zoom = 0, lat = 0, lng = 0] = noted;
        const [urlZoom, urlLat, urlLng] = url.slice(1).map(Number) as [number, number, number];
        // MapLibre's rounding: zoom to 0.01, degrees to the digits one pixel needs at that zoom.
        const digits = Math.ceil((zoom * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10);
        const step = 10 ** -digits;
        return (
          Math.abs(urlZoom - zoom) <= 0.006 &&
          Math.abs(urlLat - lat) <= step &&
          Math.abs(urlLng - lng) <= step
        );
      },
      [until?.attr ?? "", until?.value ?? ""] as const,
      { timeout: 30_000 },
    );
  }

  async function areas(): Promise<AreaCollection> {
    const period = await page.getByTestId("map").getAttribute("data-period");
    const [from, to] = (period ?? "").split("/");
    return api<AreaCollection>(`/api/areas?from=${from}&to=${to}`);
  }

  async function areaByName(name: string) {
    const found = (await areas()).features.find((f) => f.properties.name === name);
    if (!found) throw new Error(`no area named '${name}'`);
    return found;
  }

  async function mapBox(): Promise<Box> {
    const box = await page.getByTestId("map").boundingBox();
    if (!box) throw new Error("the map is not visible");
    return box;
  }

  /** Points inside the area where the map canvas itself is on top (no card, label or control). */
  async function visiblePoints(name: string, count = 1): Promise<ScreenPoint[]> {
    return visiblePointsIn(await areaByName(name), count);
  }

  async function visiblePointsIn(area: PolygonFeature, count = 1): Promise<ScreenPoint[]> {
    const name = String(area.properties?.name ?? area.id);
    const camera = parseCamera(await page.evaluate(() => window.location.hash));
    const candidates = interiorPoints(area, camera, await mapBox()).slice(0, 400);
    const visible = await page.evaluate(
      ({ points, count }) => {
        const covers = [...document.querySelectorAll(".map-label, .map-tooltip")].map((el) =>
          el.getBoundingClientRect(),
        );
        const pad = 6;
        return points
          .filter(({ x, y }) => {
            const top = document.elementFromPoint(x, y);
            if (!top?.classList.contains("maplibregl-canvas")) return false;
            return !covers.some(
              (r) => x > r.left - pad && x < r.right + pad && y > r.top - pad && y < r.bottom + pad,
            );
          })
          .slice(0, count);
      },
      { points: candidates, count },
    );
    if (visible.length === 0) throw new Error(`no visible point inside '${name}' on the map`);
    return visible;
  }

  return {
    page,
    api,
    send,
    loginAs,
    areas,
    areaByName,
    waitForMapIdle,

    meta: () => api<PublicMeta>("/api/meta"),
    /** The logged-in views' meta: the data's range and the default period. */
    workMeta: () => api<WorkMeta>("/api/meta/work"),
    /** The areas' built-up parts, as the map draws them in full colour. */
    builtUpParts: () =>
      api<GeoJSON.FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon>>(
        "/api/basemap/built_up",
      ),
    areaDetail: (id: string, period: { from: string; to: string }) =>
      api<AreaDetail>(`/api/areas/${id}?from=${period.from}&to=${period.to}`),

    /**
     * A fresh start: no remembered language, default period and measure, whole kommun in view;
     * `query` (e.g. "?from=2019-01-01&to=2019-12-31") opens a view as a link names it.
     */
    async openMap(query = "") {
      if (page.url().startsWith(origin)) await page.evaluate(() => localStorage.clear());
      await page.goto(`${origin}/karta${query}`);
      await page.waitForFunction(mapReady, null, { timeout: 30_000 });
      await waitForMapIdle();
    },

    /** Chooses an area the keyboard way: focus its button in the list and press Enter. */
    async selectAreaFromList(name: string) {
      const toggle = page.getByTestId("area-list-toggle");
      if ((await toggle.count()) > 0 && (await toggle.getAttribute("aria-expanded")) !== "true") {
        await toggle.click();
      }
      const button = page.locator(`[data-testid="area-item"][data-area-name="${name}"]`);
      const id = await button.getAttribute("data-area-id");
      await button.focus();
      await page.keyboard.press("Enter");
      await page.getByTestId("panel-title").filter({ hasText: name }).waitFor();
      await waitForMapIdle({ attr: "selected", value: id ?? "" });
    },

    /**
     * Clicks a point well inside the area. With a mouse it first hovers and checks that the
     * tooltip names the area; on a touch screen it taps (there is no hover).
     */
    async clickAreaOnMap(name: string, how: "mouse" | "touch" = "mouse") {
      const [point] = await visiblePoints(name);
      if (!point) throw new Error(`no point for '${name}'`);
      if (how === "touch") {
        await page.touchscreen.tap(point.x, point.y);
      } else {
        await page.mouse.move(point.x, point.y);
        await page.getByTestId("map-tooltip").filter({ hasText: name }).waitFor({ timeout: 5_000 });
        await page.mouse.click(point.x, point.y);
      }
      await page.getByTestId("panel-title").filter({ hasText: name }).waitFor();
      const { id } = await areaByName(name);
      await waitForMapIdle({ attr: "selected", value: String(id) });
    },

    async closePanel() {
      await page.keyboard.press("Escape");
      await page.getByTestId("area-panel").waitFor({ state: "detached" });
    },

    /** The panel's figures by API field name, as the user reads them. */
    async panelFigures(): Promise<Record<string, string>> {
      await page.locator('[data-testid="area-panel"][data-loaded="true"]').waitFor();
      return page.evaluate(() => {
        const figures: Record<string, string> = {};
        for (const el of document.querySelectorAll<HTMLElement>(
          "[data-testid=area-panel] [data-figure]",
        )) {
          figures[el.dataset.figure ?? ""] = el.textContent ?? "";
        }
        return figures;
      });
    },

    async switchMeasure(measure: Measure) {
      const controls = page.getByTestId("controls");
      if ((await controls.getAttribute("open")) === null) await controls.locator("summary").click();
      await page.getByTestId(`measure-${measure}`).check();
      await waitForMapIdle({ attr: "measure", value: measure });
    },

    /** Chooses one of the period picker's presets and waits for the map to draw that period. */
    async choosePeriodPreset(kind: string) {
      const controls = page.getByTestId("controls");
      if ((await controls.getAttribute("open")) === null) await controls.locator("summary").click();
      await page.getByTestId(`period-preset-${kind}`).first().click();
      const from = await page.getByTestId("period-from").inputValue();
      const to = await page.getByTestId("period-to").inputValue();
      await waitForMapIdle({ attr: "period", value: `${from}/${to}` });
      return { from, to };
    },

    /** What the map shows, as it says on its element: measure, period and the open area. */
    async mapState() {
      const map = page.getByTestId("map");
      return {
        measure: await map.getAttribute("data-measure"),
        period: await map.getAttribute("data-period"),
        selected: await map.getAttribute("data-selected"),
      };
    },

    async switchLanguage(lang: "sv" | "en") {
      await page.getByTestId(`lang-${lang}`).click();
      await page.waitForFunction((l) => document.documentElement.lang === l, lang);
    },

    /** Moves the mouse off the map so no tooltip or hover outline is in the picture. */
    async parkMouse() {
      await page.mouse.move(0, 0);
      await page.getByTestId("map-tooltip").waitFor({ state: "detached" });
    },

    async screenshot(name: string): Promise<Buffer> {
      mkdirSync(RESULTS, { recursive: true });
      const png = await page.screenshot();
      writeFileSync(resolve(RESULTS, `${name}.png`), png);
      return png;
    },

    visiblePoints,
    visiblePointsIn,
    mapBox,
    /** How many of the points have the map itself on top (no card, control or sheet over it). */
    async countOnMap(points: ScreenPoint[]): Promise<number> {
      return page.evaluate(
        (ps) =>
          ps.filter(({ x, y }) =>
            document.elementFromPoint(x, y)?.classList.contains("maplibregl-canvas"),
          ).length,
        points,
      );
    },
    /** The camera MapLibre keeps in the URL. */
    camera: async () => parseCamera(await page.evaluate(() => window.location.hash)),

    /**
     * The colours around each point in a PNG screenshot, (2r+1)² pixels per point. The PNG is
     * decoded by the browser itself (createImageBitmap), so no image library is needed and the
     * map's WebGL canvas needs no preserveDrawingBuffer.
     */
    async pixelsAround(png: Buffer, points: ScreenPoint[], r = 3): Promise<Rgb[][]> {
      return page.evaluate(
        async ({ base64, points, r }) => {
          const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
          const bitmap = await createImageBitmap(new Blob([bytes], { type: "image/png" }));
          const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
          const ctx = canvas.getContext("2d");
          if (!ctx) throw new Error("no 2d context");
          ctx.drawImage(bitmap, 0, 0);
          return points.map(({ x, y }) => {
            const { data } = ctx.getImageData(x - r, y - r, 2 * r + 1, 2 * r + 1);
            const out: [number, number, number][] = [];
            for (let i = 0; i < data.length; i += 4)
              out.push([data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0]);
            return out;
          });
        },
        { base64: png.toString("base64"), points, r },
      );
    },
  };
}

export type Driver = ReturnType<typeof createDriver>;
