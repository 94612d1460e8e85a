import { describe, expect, it } from "vitest";
import { latProblem, lonProblem, positionProblem, wgsLon, wgsPosition } from "./wgs84.ts";

describe("WGS 84 checks", () => {
  it("accepts degrees, edges included", () => {
    expect(lonProblem(13.2)).toBeNull();
    expect(lonProblem(-180)).toBeNull();
    expect(latProblem(90)).toBeNull();
    expect(positionProblem(13.2, 55.64)).toBeNull();
  });

  it("names SWEREF 99 TM metres sent as degrees", () => {
    expect(lonProblem(387_000)).toMatch(/SWEREF 99 TM/);
    expect(latProblem(6_165_000)).toMatch(/SWEREF 99 TM/);
    expect(positionProblem(387_000, 6_165_000)).toMatch(/looks like SWEREF 99 TM/);
  });

  it("says when a pair looks swapped", () => {
    expect(positionProblem(55.64, 113.2)).toMatch(/\[lat, lon\]/);
  });

  it("gives the range for other numbers", () => {
    expect(lonProblem(181)).toMatch(/between −180 and 180/);
    expect(lonProblem(-5_000_000_000)).toMatch(/between −180 and 180/);
    expect(latProblem(-91)).toMatch(/between −90 and 90/);
  });

  it("zod schemas carry the message", () => {
    const r = wgsPosition.safeParse([400_000, 6_170_000]);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/SWEREF 99 TM/);
    expect(r.error?.issues[0]?.path).toEqual([0]);
    expect(wgsPosition.safeParse([13, 95]).error?.issues[0]?.path).toEqual([1]);
    expect(wgsLon.safeParse(13).success).toBe(true);
    expect(wgsLon.safeParse(Number.POSITIVE_INFINITY).success).toBe(false);
  });
});
