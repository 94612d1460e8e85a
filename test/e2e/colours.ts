// What colour an area should have on the map, from the API's figures and the app's own palette
// and breaks, and whether the screenshot shows it there.
import type { AreaProperties } from "../../server/areas/types.ts";
import { classIndex, type Measure, measureValue, SCALES } from "../../web/map/classify.ts";
import { classColor } from "../../web/map/map-style.ts";
import type { Driver, Rgb } from "./driver.ts";
import { hexToRgb } from "./map-geometry.ts";

export function expectedColour(area: AreaProperties, measure: Measure): string {
  return classColor(measure, classIndex(measureValue(area, measure), SCALES[measure].breaks));
}

export const near = (a: Rgb, b: Rgb, tolerance = 4) =>
  a.every((v, i) => Math.abs(v - (b[i] ?? 0)) <= tolerance);

export interface AreaColourReport {
  name: string;
  expected: string;
  /** Share of sampled pixels (around a few interior points) that have the expected colour. */
  share: number;
}

/**
 * Samples a few interior points of each named area's built-up part (where the map draws the area
 * in full colour; the whole area where it has none) in one screenshot and reports how much of what
 * is drawn there is the expected fill colour. Hatched areas show the fill between the hatch lines.
 */
export async function sampleAreaColours(
  driver: Driver,
  measure: Measure,
  names: string[],
  screenshotName: string,
): Promise<AreaColourReport[]> {
  await driver.parkMouse();
  const collection = await driver.areas();
  const parts = await driver.builtUpParts();
  const pointsByArea = await Promise.all(
    names.map((name) => {
      const area = collection.features.find((f) => f.properties.name === name);
      const part = parts.features.find((p) => p.id === area?.id);
      return part
        ? driver.visiblePointsIn({ ...part, properties: { name: `${name} (built-up)` } }, 3)
        : driver.visiblePoints(name, 3);
    }),
  );
  const png = await driver.screenshot(screenshotName);
  const windows = await driver.pixelsAround(png, pointsByArea.flat());
  let offset = 0;
  return names.map((name, i) => {
    const area = collection.features.find((f) => f.properties.name === name);
    if (!area) throw new Error(`no area named '${name}'`);
    const expected = expectedColour(area.properties, measure);
    const rgb = hexToRgb(expected);
    const count = pointsByArea[i]?.length ?? 0;
    const pixels = windows.slice(offset, offset + count).flat();
    offset += count;
    const matching = pixels.filter((p) => near(p, rgb)).length;
    return { name, expected, share: pixels.length ? matching / pixels.length : 0 };
  });
}
