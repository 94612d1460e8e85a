// Where people live, on the planners' map and the public map: each area's built-up part in full
// colour over the pale rest of the area, and the map opened on the built-up parts, so that on a
// phone (390×844) the eleven neighbourhoods of Staffanstorp tätort are seen at a useful size. A
// tap anywhere in an area still opens it; zooming out shows the whole kommun.
import { difference } from "@turf/difference";
import { featureCollection } from "@turf/helpers";
import { describe, expect, it } from "vitest";
import { classIndex, SCALES } from "../../web/map/classify.ts";
import { fitPadding } from "../../web/map/fit-padding.ts";
import { BASE_COLORS, classColor, paleColor } from "../../web/map/map-style.ts";
import { dnaClassLower } from "../../web/public/public-areas.ts";
import { DESKTOP, PHONE_LARGE } from "./browser.ts";
import { expectedColour, near } from "./colours.ts";
import type { Driver, Rgb } from "./driver.ts";
import { type Box, hexToRgb, pixelsInside, screenAreaPx, screenBounds } from "./map-geometry.ts";
import { createPublicDriver } from "./public-driver.ts";
import { browserSpec, withBrowser } from "./spec.ts";

// The planners' map on the phone; the public map in a second browser of the same size.
const spec = browserSpec({ role: "planner", viewport: PHONE_LARGE });

/** The eleven valdistrikt of Staffanstorp tätort (data/README.md). */
const TATORT_NEIGHBOURHOODS = [
  "Borggård",
  "Central Södra",
  "Bråhög",
  "Aspvägen",
  "Stanstorp",
  "Mellanvången",
  "Annero",
  "Central Norra",
  "Kyrkbyn",
  "Vikhem",
  "Hagalid",
];
/**
 * Smallest screen size of each neighbourhood at first load. Bråhög (0.28 km², the smallest) covers
 * about 300 px² when the map opens on the built-up parts; opened on the whole kommun it would
 * cover about 120 px², and Central Norra about 170, too small to find.
 */
const MIN_NEIGHBOURHOOD_PX = 250;
/** Central Norra (hatched: no grannsamverkan) must show this many pixels of its class colour. */
const MIN_CENTRAL_NORRA_FILL_PX = 150;

type Polygonal = GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>;
interface MapArea {
  id: string;
  name: string;
  feature: Polygonal;
  /** The colour of the area's class on this map. */
  colour: string;
}

/** The colour most pixels of a small window have: the fill between any hatch lines. */
function dominant(pixels: Rgb[]): Rgb {
  const counts = new Map<string, { rgb: Rgb; n: number }>();
  for (const p of pixels) {
    const key = p.join(",");
    const c = counts.get(key) ?? { rgb: p, n: 0 };
    c.n++;
    counts.set(key, c);
  }
  return [...counts.values()].sort((a, b) => b.n - a.n)[0]?.rgb ?? [0, 0, 0];
}
const luminance = ([r, g, b]: Rgb) => 0.2126 * r + 0.7152 * g + 0.0722 * b;
const distance = (a: Rgb, b: Rgb) => a.reduce((s, v, i) => s + Math.abs(v - (b[i] ?? 0)), 0);
const LAND = hexToRgb(BASE_COLORS.land);

const inside = (inner: Box, outer: Box, slack = 1) =>
  inner.x >= outer.x - slack &&
  inner.y >= outer.y - slack &&
  inner.x + inner.width <= outer.x + outer.width + slack &&
  inner.y + inner.height <= outer.y + outer.height + slack;

/** The map box less the fit padding: where the app fits what it opens on. */
function clearBox(box: Box, padding: ReturnType<typeof fitPadding>): Box {
  return {
    x: box.x + padding.left,
    y: box.y + padding.top,
    width: box.width - padding.left - padding.right,
    height: box.height - padding.top - padding.bottom,
  };
}

async function builtUpOf(d: Driver, areas: MapArea[]) {
  // The layer holds every kommun's parts: the map fits those of the areas it shows.
  const shown = new Set(areas.map((a) => String(a.id)));
  const parts = (await d.builtUpParts()).features.filter((p) => shown.has(String(p.id)));
  return (name: string) => {
    const area = areas.find((a) => a.name === name);
    const part = parts.find((p) => p.id === area?.id);
    if (!area || !part) throw new Error(`no built-up part for '${name}'`);
    const rest = difference(featureCollection([area.feature, part]));
    if (!rest) throw new Error(`no rural remainder in '${name}'`);
    return { area, part, rest: rest as Polygonal, all: parts };
  };
}

/**
 * What both maps must show at first load on a phone: opened on the built-up parts, the eleven
 * neighbourhoods large and in view, Central Norra's colour over many pixels, and a rural area's
 * remainder pale (hatch faint) beside its built-up part in full colour (hatch strong).
 */
async function expectPeopleInView(d: Driver, areas: MapArea[], name: string) {
  const camera = await d.camera();
  const box = await d.mapBox();
  const parts = await builtUpOf(d, areas);
  const clear = clearBox(box, fitPadding(true, false, PHONE_LARGE.height));
  const fitted = screenBounds(parts("Tottarp").all, camera, box);
  expect(inside(fitted, clear, 2), `built-up parts ${JSON.stringify(fitted)} in ${name}`).toBe(
    true,
  );
  // A fit: the parts fill the clear width or height.
  expect(Math.max(fitted.width / clear.width, fitted.height / clear.height), name).toBeGreaterThan(
    0.98,
  );

  await d.parkMouse();
  const png = await d.screenshot(`built-up-phone-${name}`);
  for (const n of TATORT_NEIGHBOURHOODS) {
    const area = areas.find((a) => a.name === n);
    if (!area) throw new Error(`no area '${n}' on the ${name}`);
    expect(screenAreaPx(area.feature, camera, box), `${n} on the ${name}`).toBeGreaterThan(
      MIN_NEIGHBOURHOOD_PX,
    );
    expect(inside(screenBounds([area.feature], camera, box), box), n).toBe(true);
    // Not under a card, a control or the sheet: the map itself is on top (place names let it
    // through).
    const pixels = pixelsInside(area.feature, camera, box);
    expect(await d.countOnMap(pixels), n).toBe(pixels.length);
  }

  const centralNorra = areas.find((a) => a.name === "Central Norra");
  if (!centralNorra) throw new Error("no Central Norra");
  const cnPixels = (
    await d.pixelsAround(png, pixelsInside(centralNorra.feature, camera, box), 0)
  ).flat();
  const cnColour = hexToRgb(centralNorra.colour);
  expect(cnPixels.filter((p) => near(p, cnColour)).length, name).toBeGreaterThan(
    MIN_CENTRAL_NORRA_FILL_PX,
  );

  // Tottarp (grannsamverkan starting, no hatch): full colour in its part, pale in the rest.
  const tottarp = parts("Tottarp");
  const full = hexToRgb(tottarp.area.colour);
  const pale = hexToRgb(paleColor(tottarp.area.colour));
  const [inPart, inRest] = await Promise.all([
    d.visiblePointsIn({ ...tottarp.part, properties: { name: "Tottarp built-up" } }, 3),
    d.visiblePointsIn({ ...tottarp.rest, properties: { name: "Tottarp rural" } }, 3),
  ]);
  const windows = await d.pixelsAround(png, [...inPart, ...inRest]);
  for (const w of windows.slice(0, inPart.length)) expect(near(dominant(w), full), name).toBe(true);
  for (const w of windows.slice(inPart.length)) expect(near(dominant(w), pale), name).toBe(true);
  const partPixel = dominant(windows[0] ?? []);
  const restPixel = dominant(windows[inPart.length] ?? []);
  expect(distance(restPixel, LAND), name).toBeLessThan(distance(partPixel, LAND));

  // Kyrkheddinge (no grannsamverkan): the hatch is strong in its village and faint outside.
  const kyrk = parts("Kyrkheddinge");
  const [kPart, kRest] = await Promise.all([
    d.visiblePointsIn({ ...kyrk.part, properties: { name: "Kyrkheddinge built-up" } }, 3),
    d.visiblePointsIn({ ...kyrk.rest, properties: { name: "Kyrkheddinge rural" } }, 3),
  ]);
  // Windows of 13 × 13 px always cross a hatch line (one every 8 px).
  const hatch = await d.pixelsAround(png, [...kPart, ...kRest], 6);
  const darkest = (w: Rgb[]) => Math.min(...w.map(luminance));
  const partDark = Math.max(...hatch.slice(0, kPart.length).map(darkest));
  const restDark = Math.min(...hatch.slice(kPart.length).map(darkest));
  expect(partDark + 40, name).toBeLessThan(restDark);
}

/** The planners' areas, coloured by watch coverage (the measure the map opens with). */
async function plannerAreas(d: Driver) {
  const collection = await d.areas();
  const areas: MapArea[] = collection.features.map((f) => ({
    id: f.id,
    name: f.properties.name,
    feature: f as unknown as Polygonal,
    colour: expectedColour(f.properties, "watch_coverage"),
  }));
  return { collection, areas };
}

describe("the planners' map on a phone", () => {
  it("opens where people live: the tätort neighbourhoods large, the countryside pale", async () => {
    await spec.driver.openMap();
    const { collection, areas } = await plannerAreas(spec.driver);
    // The neighbourhoods of the list are the ones the data calls Staffanstorp.
    expect(
      collection.features
        .filter((f) => f.properties.locality === "Staffanstorp")
        .map((f) => f.properties.name)
        .sort(),
    ).toEqual([...TATORT_NEIGHBOURHOODS].sort());
    await expectPeopleInView(spec.driver, areas, "planners-map");
    expect(spec.session.pageErrors).toEqual([]);
  });

  it("opens an area tapped in its pale countryside or in its built-up part", async () => {
    await spec.driver.openMap();
    const { areas } = await plannerAreas(spec.driver);
    const tottarp = (await builtUpOf(spec.driver, areas))("Tottarp");
    for (const [where, feature] of [
      ["countryside", tottarp.rest],
      ["built-up", tottarp.part],
    ] as const) {
      const [point] = await spec.driver.visiblePointsIn({ ...feature, properties: { where } });
      if (!point) throw new Error(`no point in Tottarp's ${where}`);
      await spec.page.touchscreen.tap(point.x, point.y);
      await spec.page.getByTestId("panel-title").filter({ hasText: "Tottarp" }).waitFor();
      await spec.driver.waitForMapIdle({ attr: "selected", value: tottarp.area.id });
      await spec.driver.closePanel();
    }
  });
});

describe("the public map on a phone", () => {
  it("opens where people live: the tätort neighbourhoods large, the countryside pale", async () => {
    await withBrowser(spec.server.origin, PHONE_LARGE, null, async ({ page, driver, session }) => {
      const pub = createPublicDriver(driver, page, spec.server.origin);
      await pub.openLanding();
      const collection = await pub.publicAreas();
      // The landing page opens on the default kommun, Staffanstorp.
      const areas = collection.features
        .filter((f) => f.properties.kommun === "1230")
        .map((f) => ({
          id: f.id,
          name: f.properties.name,
          feature: f as unknown as Polygonal,
          colour: classColor(
            "dna_uptake",
            classIndex(dnaClassLower(f.properties.dna_uptake_class), SCALES.dna_uptake.breaks),
          ),
        }));
      await expectPeopleInView(driver, areas, "public-map");
      expect(await page.getByTestId("legend-built-up").count()).toBe(1);
      expect(session.pageErrors).toEqual([]);
    });
  });
});

describe("the planners' map on a desktop", () => {
  it("opens fitted to the built-up parts, and a zoom out shows the whole kommun", async () => {
    await withBrowser(spec.server.origin, DESKTOP, "planner", async ({ page, driver }) => {
      await driver.openMap();
      const box = await driver.mapBox();
      const areas = (await driver.areas()).features as unknown as Polygonal[];
      // The planner's own kommun's built-up parts (the layer holds every kommun's).
      const mine = new Set((await driver.areas()).features.map((f) => String(f.id)));
      const parts = (await driver.builtUpParts()).features.filter((p) => mine.has(String(p.id)));
      const clear = clearBox(box, fitPadding(false, false, DESKTOP.height));
      const fitted = screenBounds(parts, await driver.camera(), box);
      expect(inside(fitted, clear, 2), JSON.stringify({ fitted, clear })).toBe(true);
      expect(Math.max(fitted.width / clear.width, fitted.height / clear.height)).toBeGreaterThan(
        0.98,
      );
      // The rural districts reach beyond the view …
      expect(inside(screenBounds(areas, await driver.camera(), box), box)).toBe(false);
      // … and one step out shows them all.
      await page.locator(".maplibregl-ctrl-zoom-out").click();
      await driver.waitForMapIdle();
      expect(inside(screenBounds(areas, await driver.camera(), box), box)).toBe(true);
      expect(await page.getByTestId("legend-built-up").textContent()).toContain("tätort");
    });
  });
});
