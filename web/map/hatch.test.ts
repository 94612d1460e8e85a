import { describe, expect, it } from "vitest";
import { hatchImage } from "./hatch.ts";

const alphaAt = (img: ReturnType<typeof hatchImage>, x: number, y: number) =>
  img.data[(y * img.width + x) * 4 + 3];

describe("hatchImage", () => {
  const img = hatchImage({ size: 8, thickness: 2, rgba: [0, 0, 0, 200] });

  it("is a square RGBA tile", () => {
    expect(img.width).toBe(8);
    expect(img.height).toBe(8);
    expect(img.data).toHaveLength(8 * 8 * 4);
  });

  it("draws a diagonal line and leaves the rest transparent", () => {
    expect(alphaAt(img, 0, 0)).toBe(200);
    expect(alphaAt(img, 7, 1)).toBe(200); // (7 + 1) mod 8 = 0: the line wraps
    expect(alphaAt(img, 3, 3)).toBe(0);
  });

  it("covers thickness/size of the tile, leaving gaps where the fill colour shows", () => {
    let opaque = 0;
    for (let i = 3; i < img.data.length; i += 4) if (img.data[i] !== 0) opaque++;
    expect(opaque).toBe(8 * 2);
  });

  it("tiles seamlessly: a line leaving the right edge goes on at the left edge, one row up", () => {
    for (let y = 0; y < 8; y++) {
      const onRightEdge = alphaAt(img, 7, y) !== 0;
      const nextTile = alphaAt(img, 0, (y + 7) % 8) !== 0;
      expect(nextTile).toBe(onRightEdge);
    }
  });
});
