// Creating the MapLibre map: the offline style (or the configured style URL with our layers on
// top), the hatch image and the controls. Everything React-independent about the map lives here.
import * as maplibregl from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import type { Measure } from "./classify.ts";
import { hatchImage } from "./hatch.ts";
import { areaLayers, BUILT_UP_SOURCE, HATCH_IMAGE, offlineStyle, SOURCES } from "./map-style.ts";

export interface CreateMapOptions {
  container: HTMLElement;
  /** Null: the built-in offline style from the API's base layers. */
  styleUrl: string | null;
  attribution: string;
  measure: Measure;
  /** MapLibre's own control labels in the user's language. */
  uiStrings: Record<string, string>;
}

// maplibre-gl 6 ships its worker as a separate module; bundlers must be told where it ends up. Set
// here, where every map is made, so it is set before the first one and travels in the same lazily
// loaded chunk as MapLibre itself.
maplibregl.setWorkerUrl(workerUrl);

/** Roughly Staffanstorp kommun; replaced by a fit to the built-up parts once they arrive. */
const INITIAL_VIEW = { center: [13.2, 55.64] as [number, number], zoom: 10.3 };

/** The sources and layers the map needs on top of an external style, added when it has loaded. */
function addAreaLayersToExternalStyle(map: maplibregl.Map, measure: Measure) {
  for (const id of ["areas", BUILT_UP_SOURCE, "kommun", "tatorter"] as const) {
    if (!map.getSource(id)) map.addSource(id, SOURCES[id]);
  }
  for (const layer of areaLayers(measure)) {
    if (!map.getLayer(layer.id)) map.addLayer(layer);
  }
}

export function createMap(options: CreateMapOptions): maplibregl.Map {
  const { container, styleUrl, attribution, measure, uiStrings } = options;
  const map = new maplibregl.Map({
    container,
    style: styleUrl ?? offlineStyle(measure),
    ...INITIAL_VIEW,
    // The camera is kept in the URL (#karta=zoom/lat/lng): a view can be shared and reloaded.
    hash: "karta",
    attributionControl: false,
    // A flat choropleth: rotating or tilting only makes areas harder to compare.
    dragRotate: false,
    pitchWithRotate: false,
    maxPitch: 0,
    touchPitch: false,
    minZoom: 8,
    maxZoom: 16,
    locale: uiStrings,
    // Fades would make "idle" (and so screenshots) arrive later for no benefit here.
    fadeDuration: 0,
  });
  // The camera where the last move ended, on the map's element: MapLibre writes it into the URL
  // (#karta=…) a moment later (throttled), and the browser tests wait for the two to agree.
  map.on("moveend", () => {
    const { lat, lng } = map.getCenter();
    map.getContainer().dataset.camera = `${map.getZoom()}/${lat}/${lng}`;
  });
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), "top-right");
  map.addControl(new maplibregl.AttributionControl({ customAttribution: attribution }));

  const hatch = hatchImage();
  // A missing image would drop the hatch silently; add it before the style asks for it.
  map.on("styleimagemissing", (e) => {
    if (e.id === HATCH_IMAGE && !map.hasImage(HATCH_IMAGE)) {
      map.addImage(HATCH_IMAGE, hatch, { pixelRatio: 2 });
    }
  });
  map.once("load", () => {
    if (!map.hasImage(HATCH_IMAGE)) map.addImage(HATCH_IMAGE, hatch, { pixelRatio: 2 });
    if (styleUrl !== null) addAreaLayersToExternalStyle(map, measure);
    // On narrow screens MapLibre shows the attribution unfolded until the first drag, covering a
    // phone's map; start it folded behind its (i) button instead.
    const attribution = container.querySelector(".maplibregl-ctrl-attrib.maplibregl-compact");
    attribution?.classList.remove("maplibregl-compact-show");
    attribution?.removeAttribute("open");
  });
  return map;
}
