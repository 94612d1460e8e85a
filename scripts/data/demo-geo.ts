// Random points inside an area, preferably on its built-up (tätort) land. Pure.
import { bbox as turfBbox } from "@turf/bbox";
import { booleanIntersects } from "@turf/boolean-intersects";
import { booleanPointInPolygon } from "@turf/boolean-point-in-polygon";
import { feature } from "@turf/helpers";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import { roundTo } from "../../server/geo/round.ts";
import type { Rng } from "./rng.ts";

type Poly = Feature<Polygon | MultiPolygon>;

/** Points are stored at 5 decimals (about 1 m) and checked again after rounding. */
const DECIMALS = 5;
const TRIES = 2000;

export class PointSampler {
  private readonly area: Poly;
  private readonly bbox: [number, number, number, number];
  private readonly builtUp: Poly[];

  constructor(area: Polygon | MultiPolygon, tatorter: readonly (Polygon | MultiPolygon)[]) {
    this.area = feature(area);
    this.bbox = turfBbox(this.area) as [number, number, number, number];
    this.builtUp = tatorter.map((t) => feature(t)).filter((t) => booleanIntersects(t, this.area));
  }

  get hasBuiltUp(): boolean {
    return this.builtUp.length > 0;
  }

  contains(lon: number, lat: number): boolean {
    return booleanPointInPolygon([lon, lat], this.area);
  }

  /** Rejection sampling in the bbox; built-up land first when asked, any land as a fallback. */
  sample(rng: Rng, preferBuiltUp: boolean): { lon: number; lat: number } {
    const [w, s, e, n] = this.bbox;
    const wantBuilt = preferBuiltUp && this.hasBuiltUp;
    for (let i = 0; i < TRIES; i++) {
      const lon = roundTo(w + rng.unit() * (e - w), DECIMALS);
      const lat = roundTo(s + rng.unit() * (n - s), DECIMALS);
      if (!this.contains(lon, lat)) continue;
      const built = !wantBuilt || this.builtUp.some((t) => booleanPointInPolygon([lon, lat], t));
      // After half the tries give up on built-up land rather than fail.
      if (built || i >= TRIES / 2) return { lon, lat };
    }
    throw new Error("Could not place a point inside the area");
  }
}
