// Which area a picked point lies in, on the client, so the form can say it at once (the server
// assigns the area again on save, by the same point-in-polygon rule).
import { booleanPointInPolygon } from "@turf/boolean-point-in-polygon";
import type { AreaCollection, AreaFeature } from "../../server/areas/types.ts";

export function areaAt(
  areas: AreaCollection | undefined,
  point: number[],
): AreaFeature | undefined {
  const [lon, lat] = point;
  if (lon === undefined || lat === undefined) return undefined;
  return areas?.features.find((f) =>
    booleanPointInPolygon([lon, lat], f.geometry as unknown as GeoJSON.Polygon),
  );
}

/** Six decimals (about 0.1 m) are more than a click on a map can mean. */
export const roundPoint = ([lon = 0, lat = 0]: number[]): [number, number] => [
  Math.round(lon * 1e6) / 1e6,
  Math.round(lat * 1e6) / 1e6,
];
