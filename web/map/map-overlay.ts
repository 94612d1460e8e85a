// What the planners' and the police's maps draw on top of the coverage map: the top areas of the
// ranking (a thick purple outline and a numbered badge, readable without colour), what is already
// saved (points and routes, solid blue), and a picked point or a drawn route (yellow point, dashed
// black line). Plain MapLibre calls on the map AreaMap hands over (its onMap prop).
import * as maplibregl from "maplibre-gl";
import type { AreaCollection } from "../../server/areas/types.ts";
import { type BuiltUpCollection, labelPoint } from "./built-up.ts";

export const TOP_LINE = "#542788";
/** Marks of the overlay, for the legends (web/map/map-key.tsx). */
export const OVERLAY_COLOURS = {
  top: TOP_LINE,
  saved: "#2166ac",
  sketchPoint: "#ffbf47",
  sketchLine: "#000000",
} as const;
const TOP_LAYER = "planner-top-line";
const SKETCH = "planner-sketch";
const SAVED = "planner-saved";

const inList = (ids: string[]): maplibregl.FilterSpecification => [
  "in",
  ["get", "id"],
  ["literal", ids],
];

export function addOverlayLayers(map: maplibregl.Map) {
  if (!map.getLayer(TOP_LAYER)) {
    map.addLayer({
      id: TOP_LAYER,
      type: "line",
      source: "areas",
      filter: inList([]),
      paint: { "line-color": TOP_LINE, "line-width": 5, "line-opacity": 0.9 },
    });
  }
  if (!map.getSource(SAVED)) {
    map.addSource(SAVED, { type: "geojson", data: { type: "FeatureCollection", features: [] } });
    map.addLayer({
      id: `${SAVED}-line`,
      type: "line",
      source: SAVED,
      filter: ["==", ["geometry-type"], "LineString"],
      paint: { "line-color": OVERLAY_COLOURS.saved, "line-width": 3 },
    });
    map.addLayer({
      id: `${SAVED}-point`,
      type: "circle",
      source: SAVED,
      filter: ["==", ["geometry-type"], "Point"],
      paint: {
        "circle-radius": 6,
        "circle-color": OVERLAY_COLOURS.saved,
        "circle-stroke-color": "#fff",
        "circle-stroke-width": 2,
      },
    });
  }
  if (!map.getSource(SKETCH)) {
    map.addSource(SKETCH, { type: "geojson", data: { type: "FeatureCollection", features: [] } });
    map.addLayer({
      id: `${SKETCH}-line`,
      type: "line",
      source: SKETCH,
      paint: {
        "line-color": OVERLAY_COLOURS.sketchLine,
        "line-width": 3,
        "line-dasharray": [2, 1],
      },
    });
    map.addLayer({
      id: `${SKETCH}-point`,
      type: "circle",
      source: SKETCH,
      filter: ["==", ["geometry-type"], "Point"],
      paint: {
        "circle-radius": 7,
        "circle-color": OVERLAY_COLOURS.sketchPoint,
        "circle-stroke-color": "#000",
        "circle-stroke-width": 2,
      },
    });
  }
}

/**
 * Outlines the top areas and puts their rank on them, in the built-up part where an area has one
 * (where it is seen at the zoom the map opens at); returns the markers to remove later.
 */
export function showTop(
  map: maplibregl.Map,
  areas: AreaCollection | undefined,
  builtUp: BuiltUpCollection,
  topIds: string[],
  old: maplibregl.Marker[],
): maplibregl.Marker[] {
  for (const m of old) m.remove();
  map.setFilter(TOP_LAYER, inList(topIds));
  return topIds.flatMap((id, i) => {
    const feature = areas?.features.find((f) => f.id === id);
    if (!feature) return [];
    const [lon, lat] = labelPoint(feature, builtUp);
    const el = document.createElement("div");
    el.className = "top-badge";
    el.dataset.testid = "top-badge";
    el.dataset.areaId = id;
    el.textContent = String(i + 1);
    el.setAttribute("aria-hidden", "true");
    return [new maplibregl.Marker({ element: el }).setLngLat([lon, lat]).addTo(map)];
  });
}

/** A picked point and/or a route being drawn (lon, lat pairs). */
export function showSketch(map: maplibregl.Map, point: number[] | null, route: number[][]) {
  const features: GeoJSON.Feature[] = [];
  if (route.length >= 2) {
    features.push({
      type: "Feature",
      properties: {},
      geometry: { type: "LineString", coordinates: route },
    });
  }
  for (const p of point ? [point, ...route] : route) {
    features.push({ type: "Feature", properties: {}, geometry: { type: "Point", coordinates: p } });
  }
  map.getSource<maplibregl.GeoJSONSource>(SKETCH)?.setData({ type: "FeatureCollection", features });
}

/** What is already saved: points and routes (lon, lat pairs), drawn under the sketch. */
export interface Saved {
  points: number[][];
  routes: number[][][];
}

export function showSaved(map: maplibregl.Map, saved: Saved) {
  const features: GeoJSON.Feature[] = [
    ...saved.routes.map(
      (coordinates): GeoJSON.Feature => ({
        type: "Feature",
        properties: {},
        geometry: { type: "LineString", coordinates },
      }),
    ),
    ...saved.points.map(
      (coordinates): GeoJSON.Feature => ({
        type: "Feature",
        properties: {},
        geometry: { type: "Point", coordinates },
      }),
    ),
  ];
  map.getSource<maplibregl.GeoJSONSource>(SAVED)?.setData({ type: "FeatureCollection", features });
}
