// What the police views draw on the shared coverage map (web/map/area-map.tsx, via onMap): areas
// filled by the selected band's effective minutes, and the selected week's flagged areas outlined
// — solid when reached, dashed when not — with a text badge, so the state never rests on colour.
import { pointOnFeature } from "@turf/point-on-feature";
import * as maplibregl from "maplibre-gl";
import type { AreaCollection } from "../../server/areas/types.ts";
import { HEAT_COLOURS } from "./heat.ts";

const HEAT = "police-heat-fill";
const REACHED = "police-flag-reached";
const MISSED = "police-flag-missed";
/**
 * The base map's watch-group outlines and hatching, and the built-up parts in full colour, are the
 * planners' story, not this one: the heat fills each whole area.
 */
const HIDDEN = [
  "areas-no-watch-hatch",
  "built-up-fill",
  "built-up-no-watch-hatch",
  "areas-starting-line",
  "areas-no-watch-line",
];

const inList = (ids: string[]): maplibregl.FilterSpecification => [
  "in",
  ["get", "id"],
  ["literal", ids],
];

export function addPoliceLayers(map: maplibregl.Map) {
  for (const id of HIDDEN) if (map.getLayer(id)) map.setLayoutProperty(id, "visibility", "none");
  if (map.getLayer(HEAT)) return;
  const before = map.getLayer("areas-line") ? "areas-line" : undefined;
  map.addLayer(
    {
      id: HEAT,
      type: "fill",
      source: "areas",
      paint: { "fill-color": HEAT_COLOURS[0], "fill-opacity": 0.85 },
    },
    before,
  );
  map.addLayer({
    id: REACHED,
    type: "line",
    source: "areas",
    filter: inList([]),
    paint: { "line-color": "#1a1a1a", "line-width": 5 },
  });
  map.addLayer({
    id: MISSED,
    type: "line",
    source: "areas",
    filter: inList([]),
    paint: { "line-color": "#b35806", "line-width": 5, "line-dasharray": [1.5, 1] },
  });
}

/** Fills every area with its colour (area id → colour); unknown areas get the lightest step. */
export function showHeat(map: maplibregl.Map, colours: Record<string, string>) {
  const pairs = Object.entries(colours).flat();
  const expr: maplibregl.ExpressionSpecification | string =
    pairs.length > 0
      ? ([
          "match",
          ["get", "id"],
          ...pairs,
          HEAT_COLOURS[0],
        ] as unknown as maplibregl.ExpressionSpecification)
      : HEAT_COLOURS[0];
  map.setPaintProperty(HEAT, "fill-color", expr);
}

export interface FlagMark {
  id: string;
  /** null: not told yet (a planner's running week). */
  reached: boolean | null;
  text: string;
}

/** Outlines the week's flagged areas and badges them; returns the markers to remove later. */
export function showFlags(
  map: maplibregl.Map,
  areas: AreaCollection | undefined,
  flags: FlagMark[],
  old: maplibregl.Marker[],
): maplibregl.Marker[] {
  for (const m of old) m.remove();
  map.setFilter(REACHED, inList(flags.filter((f) => f.reached === true).map((f) => f.id)));
  map.setFilter(MISSED, inList(flags.filter((f) => f.reached === false).map((f) => f.id)));
  return flags.flatMap((flag) => {
    const feature = areas?.features.find((f) => f.id === flag.id);
    if (!feature) return [];
    const [lon = 0, lat = 0] = pointOnFeature(feature as unknown as GeoJSON.Feature).geometry
      .coordinates;
    const el = document.createElement("div");
    const state = flag.reached === null ? "pending" : flag.reached ? "reached" : "missed";
    el.className = `flag-badge flag-badge--${state}`;
    el.dataset.testid = "flag-badge";
    el.dataset.areaId = flag.id;
    el.dataset.reached = String(flag.reached);
    // The mark stays when a crowded map hides the words (flag-badges.ts); the title keeps them.
    const mark = document.createElement("span");
    mark.textContent = flag.reached === null ? "…" : flag.reached ? "✓" : "✗";
    const words = document.createElement("span");
    words.className = "flag-badge__words";
    words.textContent = ` ${flag.text}`;
    el.append(mark, words);
    el.title = flag.text;
    return [new maplibregl.Marker({ element: el }).setLngLat([lon, lat]).addTo(map)];
  });
}
