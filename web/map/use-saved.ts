// What is already saved (points and routes), drawn on a map once both the map and its areas are
// there; the wrapper's data-saved attribute ("points:routes") tells the browser tests what is drawn.
import type * as maplibregl from "maplibre-gl";
import { type RefObject, useEffect } from "react";
import { type Saved, showSaved } from "./map-overlay.ts";
import { markBusy } from "./map-ready.ts";

export function useSaved(
  map: maplibregl.Map | null,
  ready: boolean,
  saved: Saved | undefined,
  wrap: RefObject<HTMLDivElement | null>,
) {
  const key = JSON.stringify(saved ?? { points: [], routes: [] });
  useEffect(() => {
    if (!map || !ready) return;
    const s = JSON.parse(key) as Saved;
    showSaved(map, s);
    if (wrap.current) wrap.current.dataset.saved = `${s.points.length}:${s.routes.length}`;
    markBusy(map, () => true);
  }, [map, ready, key, wrap]);
}
