// The shared coverage map (web/map/area-map.tsx, reused as it is) with the police overlay: the
// heat fill of the chosen band, the week's flagged areas, and the presence form's point or route.
import { bbox } from "@turf/bbox";
import type * as maplibregl from "maplibre-gl";
import { useEffect, useRef, useState } from "react";
import type { AreaCollection } from "../../server/areas/types.ts";
import type { PublicMeta } from "../../server/meta/routes.ts";
import { MapFrame } from "../map/map-frame.tsx";
import { type KeyItem, MapKey } from "../map/map-key.tsx";
import { addOverlayLayers, type Saved } from "../map/map-overlay.ts";
import { markBusy } from "../map/map-ready.ts";
import { useMapClicks } from "../map/use-map-clicks.ts";
import { useSaved } from "../map/use-saved.ts";
import { useSketch } from "../map/use-sketch.ts";
import { declutterBadges } from "./flag-badges.ts";
import { addPoliceLayers, type FlagMark, showFlags, showHeat } from "./map-layers.ts";

export interface PoliceMapProps {
  meta: PublicMeta;
  areas: AreaCollection | undefined;
  label: string;
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** area id → fill colour of the chosen band. */
  colours: Record<string, string>;
  flags: FlagMark[];
  /** When given, a click on the map also picks a point (lon, lat). */
  onPick?: ((lonLat: [number, number]) => void) | undefined;
  point: number[] | null;
  route: number[][];
  /** Presence already logged (the presence tab), drawn in solid blue under the form's place. */
  saved?: Saved | undefined;
  /** What the map shows, line by line, for its legend. */
  keyItems: KeyItem[];
}

export function PoliceMap(props: PoliceMapProps) {
  const { areas, colours, flags, point, route } = props;
  const [map, setMap] = useState<maplibregl.Map | null>(null);
  const markers = useRef<maplibregl.Marker[]>([]);
  const wrap = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!map) return;
    addPoliceLayers(map);
    addOverlayLayers(map);
  }, [map]);
  useMapClicks(map, props.onPick);
  useEffect(() => {
    if (!map) return;
    const declutter = () => declutterBadges(map, markers.current);
    map.on("moveend", declutter);
    return () => {
      map.off("moveend", declutter);
    };
  }, [map]);

  const heatKey = JSON.stringify(colours);
  useEffect(() => {
    if (!map) return;
    showHeat(map, JSON.parse(heatKey) as Record<string, string>);
    if (wrap.current) wrap.current.dataset.heat = heatKey;
    markBusy(map, () => true);
  }, [map, heatKey]);

  const flagKey = JSON.stringify(flags);
  useEffect(() => {
    if (!map || !areas) return;
    const marks = JSON.parse(flagKey) as FlagMark[];
    markers.current = showFlags(map, areas, marks, markers.current);
    declutterBadges(map, markers.current);
    // A newly selected week: bring its flagged areas into view.
    const flagged = areas.features.filter((f) => marks.some((m) => m.id === f.id));
    if (flagged.length > 0) {
      const [w, s, e, n] = bbox({ type: "FeatureCollection", features: flagged } as never);
      const reduced = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
      map.fitBounds([w, s, e, n], { padding: 60, maxZoom: 13, duration: reduced ? 0 : 600 });
    }
    if (wrap.current) {
      wrap.current.dataset.flags = marks.map((f) => `${f.id}:${f.reached ? 1 : 0}`).join(",");
    }
    markBusy(map, () => true);
  }, [map, areas, flagKey]);

  useSaved(map, areas !== undefined, props.saved, wrap);
  useSketch(map, areas !== undefined, point, route, wrap);

  return (
    <MapFrame
      {...props}
      testId="police-map"
      wrap={wrap}
      onMap={setMap}
      legend={<MapKey items={props.keyItems} />}
    />
  );
}
