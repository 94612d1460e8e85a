// A click anywhere on the map handed on as a point (lon, lat), for the forms that pick a point or
// draw a route. Shared by the planners' and the police's maps. The latest `onPick` is used, so a
// new function each render does not re-register the listener; without one a click does nothing.
import type * as maplibregl from "maplibre-gl";
import { useEffect, useRef } from "react";

export function useMapClicks(
  map: maplibregl.Map | null,
  onPick: ((lonLat: [number, number]) => void) | undefined,
) {
  const latest = useRef(onPick);
  latest.current = onPick;
  useEffect(() => {
    if (!map) return;
    const click = (e: maplibregl.MapMouseEvent) => latest.current?.([e.lngLat.lng, e.lngLat.lat]);
    map.on("click", click);
    return () => {
      map.off("click", click);
    };
  }, [map]);
}
