// The point or route being placed in a form, drawn on a map once both the map and its areas are
// there. Shared by the planners' and the police's maps; the wrapper's data-sketch attribute tells
// the browser tests how many points are drawn.
import type * as maplibregl from "maplibre-gl";
import { type RefObject, useEffect } from "react";
import { showSketch } from "./map-overlay.ts";
import { markBusy } from "./map-ready.ts";

export function useSketch(
  map: maplibregl.Map | null,
  ready: boolean,
  point: number[] | null | undefined,
  route: number[][] | null | undefined,
  wrap: RefObject<HTMLDivElement | null>,
) {
  // A string key, so a new array with the same points does not redraw.
  const sketchKey = JSON.stringify([point ?? null, route ?? []]);
  useEffect(() => {
    if (!map || !ready) return;
    const [p, r] = JSON.parse(sketchKey) as [number[] | null, number[][]];
    showSketch(map, p, r);
    if (wrap.current) wrap.current.dataset.sketch = String(r.length + (p ? 1 : 0));
    markBusy(map, () => true);
  }, [map, ready, sketchKey, wrap]);
}
