// An area's polygon grown by the coverage radius, with turf (geodesic metres, 8 steps per quarter
// circle). Slow (about half a millisecond per area), so the engine stores the result per area and
// radius and computes it again only when the area or the radius changes. Pure.
import { buffer } from "@turf/buffer";
import type { AreaPolygon } from "./geometry.ts";

export function bufferArea(geometry: AreaPolygon, radiusM: number): AreaPolygon {
  if (radiusM <= 0) return geometry;
  const grown = buffer({ type: "Feature", properties: {}, geometry }, radiusM, { units: "meters" });
  const g = grown?.geometry;
  if (!g || (g.type !== "Polygon" && g.type !== "MultiPolygon")) {
    throw new Error(`turf could not buffer an area by ${radiusM} m`);
  }
  return g;
}
