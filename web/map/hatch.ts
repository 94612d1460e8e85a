// The hatch that marks areas without active grannsamverkan, so they stand out whatever the measure
// colours them. Built as raw RGBA pixels (what map.addImage accepts) rather than with a canvas, so it
// needs no DOM and can be tested.

export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

export interface HatchOptions {
  /** Tile size in device pixels; the pattern repeats seamlessly. */
  size: number;
  /** Line thickness in device pixels, measured along a row. */
  thickness: number;
  rgba: readonly [number, number, number, number];
}

export const DEFAULT_HATCH: HatchOptions = { size: 16, thickness: 4, rgba: [26, 26, 26, 110] };

/**
 * Diagonal lines (bottom-left to top-right) on a transparent tile. Because (x + y) mod size is
 * periodic in both directions, neighbouring tiles join into continuous lines.
 * @example map.addImage("hatch", hatchImage(), { pixelRatio: 2 })
 */
export function hatchImage(options: HatchOptions = DEFAULT_HATCH): RgbaImage {
  const { size, thickness, rgba } = options;
  const data = new Uint8ClampedArray(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if ((x + y) % size < thickness) data.set(rgba, (y * size + x) * 4);
    }
  }
  return { width: size, height: size, data };
}
