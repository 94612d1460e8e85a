// The coverage map: MapLibre created once, then kept in step with React state through setData,
// setPaintProperty and setFilter (never by removing and re-adding sources or layers).
import "./map.css";
import "../public/demo.css";
import { bbox } from "@turf/bbox";
import type * as maplibregl from "maplibre-gl";
import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { AreaCollection } from "../../server/areas/types.ts";
import { BASEMAP_LAYERS, type BasemapLayer } from "../api/queries.ts";
import { DemoMark } from "../public/demo-mark.tsx";
import { initialBounds, joinBuiltUp } from "./built-up.ts";
import type { Measure } from "./classify.ts";
import { createMap } from "./create-map.ts";
import { buildLabels, syncLabels } from "./labels.ts";
import { markBusy } from "./map-ready.ts";
import {
  BUILT_UP_SOURCE,
  fillColorExpression,
  onlyArea,
  RURAL_OPACITY,
  WHOLE_AREA_LAYERS,
} from "./map-style.ts";
import { useMapUiStrings } from "./ui-strings.ts";

export type BasemapData = Partial<Record<BasemapLayer, GeoJSON.FeatureCollection>>;

export interface AreaMapProps {
  styleUrl: string | null;
  attribution: string;
  areas: AreaCollection | undefined;
  basemap: BasemapData;
  measure: Measure;
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** Map edges covered by the controls (and the bottom sheet on phones), kept clear when fitting. */
  fitPadding: maplibregl.PaddingOptions;
  label: string;
  /** True while the figures drawn rest on invented records: the map then carries a watermark. */
  demo?: boolean;
  /** For views that draw on top of the map (highlights, picking a point): the map once loaded. */
  onMap?: (map: maplibregl.Map | null) => void;
}

interface Hover {
  name: string;
  x: number;
  y: number;
}

const reducedMotion = () => window.matchMedia("(prefers-reduced-motion: reduce)").matches;

export function AreaMap(props: AreaMapProps) {
  const { areas, basemap, measure, selectedId } = props;
  const { t } = useTranslation();
  const uiStrings = useMapUiStrings();
  const containerRef = useRef<HTMLElement>(null);
  const mapRef = useRef<maplibregl.Map | null>(null);
  // "Ready" (the body flag tests wait for) needs the areas and every base-map layer in the map.
  const drawn = useRef({ areas: false, basemap: false });
  // Whether the page was opened with a camera in the URL; read before MapLibre writes its own.
  const cameraInUrl = useRef(/karta=/.test(window.location.hash));
  // The view is fitted when the areas and their built-up parts are both there, and again when
  // other areas are shown (another kommun): the ids of the areas it was last fitted to.
  const fitted = useRef<string | null>(null);
  const markersRef = useRef(new Map<string, maplibregl.Marker>());
  const latest = useRef(props);
  latest.current = props;
  const [loaded, setLoaded] = useState(false);
  const [hover, setHover] = useState<Hover | null>(null);

  // Created once: style URL and attribution come from /api/meta, which is loaded before the map.
  // biome-ignore lint/correctness/useExhaustiveDependencies: later changes go through the effects below
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const map = createMap({
      container,
      styleUrl: props.styleUrl,
      attribution: props.attribution,
      measure,
      uiStrings,
    });
    mapRef.current = map;
    map.once("load", () => {
      setLoaded(true);
      latest.current.onMap?.(map);
    });
    map.on("mousemove", "areas-fill", (e) => {
      const f = e.features?.[0];
      if (!f) return;
      map.getCanvas().style.cursor = "pointer";
      map.setFilter("areas-hover-line", onlyArea(String(f.properties.id)));
      setHover({ name: String(f.properties.name), x: e.point.x, y: e.point.y });
    });
    map.on("mouseleave", "areas-fill", () => {
      map.getCanvas().style.cursor = "";
      map.setFilter("areas-hover-line", onlyArea(null));
      setHover(null);
    });
    map.on("click", "areas-fill", (e) => {
      const id = e.features?.[0]?.properties.id;
      if (id !== undefined) latest.current.onSelect(String(id));
    });
    return () => {
      latest.current.onMap?.(null);
      map.remove();
      mapRef.current = null;
      drawn.current = { areas: false, basemap: false };
      fitted.current = null;
      // The markers went with the map; forget them so a new map gets its own.
      markersRef.current.clear();
      setLoaded(false);
      delete document.body.dataset.mapReady;
    };
  }, []);

  useEffect(() => {
    const map = mapRef.current;
    if (!loaded || !map || !areas) return;
    const source = map.getSource<maplibregl.GeoJSONSource>("areas");
    source?.setData(areas as unknown as GeoJSON.FeatureCollection);
    drawn.current.areas = true;
    const c = containerRef.current;
    if (c) c.dataset.period = `${areas.period.from}/${areas.period.to}`;
    markBusy(map, () => drawn.current.areas && drawn.current.basemap);
  }, [loaded, areas]);

  useEffect(() => {
    const map = mapRef.current;
    if (!loaded || !map) return;
    for (const [layer, data] of Object.entries(basemap)) {
      const source = map.getSource<maplibregl.GeoJSONSource>(layer);
      if (source && data) source.setData(data);
    }
    drawn.current.basemap = BASEMAP_LAYERS.every((layer) => basemap[layer] !== undefined);
    markBusy(map, () => drawn.current.areas && drawn.current.basemap);
  }, [loaded, basemap]);

  // Where people live: each area's built-up part in its full colour over the faint whole area.
  const partsLoaded = basemap.built_up !== undefined;
  const builtUp = useMemo(() => joinBuiltUp(areas, basemap.built_up), [areas, basemap.built_up]);
  useEffect(() => {
    const map = mapRef.current;
    if (!loaded || !map) return;
    map.getSource<maplibregl.GeoJSONSource>(BUILT_UP_SOURCE)?.setData(builtUp);
    // Until there are parts to draw (or where an installation has none), whole areas in full.
    const opacity = builtUp.features.length > 0 ? RURAL_OPACITY : 1;
    for (const [layer, property] of WHOLE_AREA_LAYERS) {
      if (map.getLayer(layer)) map.setPaintProperty(layer, property, opacity);
    }
    const ids = areas ? areas.features.map((f) => f.id).join(",") : "";
    if (areas && partsLoaded && fitted.current !== ids) {
      const first = fitted.current === null;
      fitted.current = ids;
      // Open on the built-up parts, where people live (the rest of the kommun is a zoom out
      // away), unless the URL named a camera when the page was opened.
      const bounds = first && cameraInUrl.current ? null : initialBounds(areas, builtUp);
      if (bounds) map.fitBounds(bounds, { padding: latest.current.fitPadding, animate: false });
    }
    markBusy(map, () => drawn.current.areas && drawn.current.basemap);
  }, [loaded, areas, builtUp, partsLoaded]);

  // An external style brings its own place names; ours are only for the offline base map.
  const ownLabels = props.styleUrl === null;
  const labels = useMemo(
    () => (ownLabels ? buildLabels(basemap.tatort_points, basemap.neighbours, basemap.kommun) : []),
    [ownLabels, basemap.tatort_points, basemap.neighbours, basemap.kommun],
  );
  useEffect(() => {
    const map = mapRef.current;
    if (loaded && map) syncLabels(map, markersRef.current, labels);
  }, [loaded, labels]);

  useEffect(() => {
    const map = mapRef.current;
    if (!loaded || !map) return;
    for (const layer of ["areas-fill", "built-up-fill"]) {
      map.setPaintProperty(layer, "fill-color", fillColorExpression(measure));
    }
    const c = containerRef.current;
    if (c) c.dataset.measure = measure;
    markBusy(map, () => drawn.current.areas && drawn.current.basemap);
  }, [loaded, measure]);

  useEffect(() => {
    const map = mapRef.current;
    if (!loaded || !map) return;
    map.setFilter("areas-selected-line", onlyArea(selectedId));
    const c = containerRef.current;
    if (c) c.dataset.selected = selectedId ?? "";
    const feature = latest.current.areas?.features.find((f) => f.id === selectedId);
    if (feature) {
      const [w, s, e, n] = bbox(feature as unknown as GeoJSON.Feature);
      map.fitBounds([w, s, e, n], {
        padding: latest.current.fitPadding,
        maxZoom: 13.5,
        duration: reducedMotion() ? 0 : 800,
      });
    }
    markBusy(map, () => drawn.current.areas && drawn.current.basemap);
  }, [loaded, selectedId]);

  // MapLibre's own labels (zoom buttons, canvas) follow the language too.
  useEffect(() => {
    const map = mapRef.current;
    if (!loaded || !map) return;
    map.getCanvas().setAttribute("aria-label", props.label);
    for (const [selector, key] of [
      [".maplibregl-ctrl-zoom-in", "NavigationControl.ZoomIn"],
      [".maplibregl-ctrl-zoom-out", "NavigationControl.ZoomOut"],
    ] as const) {
      const button = map.getContainer().querySelector(selector);
      button?.setAttribute("aria-label", uiStrings[key] ?? "");
      button?.setAttribute("title", uiStrings[key] ?? "");
    }
  }, [loaded, props.label, uiStrings]);

  return (
    <div className="map-wrap">
      <section ref={containerRef} className="map" data-testid="map" aria-label={props.label} />
      {props.demo && <DemoMark />}
      {hover && (
        <div
          className="map-tooltip"
          data-testid="map-tooltip"
          role="tooltip"
          style={{ transform: `translate(${hover.x + 14}px, ${hover.y + 14}px)` }}
        >
          <strong>{hover.name}</strong>
          <span>{t("map.hoverHint")}</span>
        </div>
      )}
    </div>
  );
}
