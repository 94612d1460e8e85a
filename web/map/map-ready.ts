// The one signal the browser tests wait for: document.body.dataset.mapReady is "true" only when the
// map has drawn the areas and has nothing left to load or animate. Every change to what the map
// shows calls markBusy, so a test that acts and then waits for "true" sees the result of its act.
import type * as maplibregl from "maplibre-gl";

export function markBusy(map: maplibregl.Map, areasDrawn: () => boolean) {
  document.body.dataset.mapReady = "false";
  map.once("idle", () => {
    if (areasDrawn()) document.body.dataset.mapReady = "true";
  });
  // A change that needs no new frame (same filter again) would otherwise never reach "idle".
  map.triggerRepaint();
}
