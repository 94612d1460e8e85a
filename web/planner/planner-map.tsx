// The coverage map (web/map/area-map.tsx, reused as it is) with the planner's overlay: the top of
// the ranking outlined and numbered, what is already recorded, and for the forms a picked point or
// a drawn route; with a legend of the coverage colours and of every mark drawn.
import { useQuery } from "@tanstack/react-query";
import { bbox } from "@turf/bbox";
import type * as maplibregl from "maplibre-gl";
import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { AreaCollection } from "../../server/areas/types.ts";
import type { PublicMeta } from "../../server/meta/routes.ts";
import { basemapQuery } from "../api/queries.ts";
import { Legend } from "../areas/legend.tsx";
import { joinBuiltUp } from "../map/built-up.ts";
import { selectedKey } from "../map/key-items.ts";
import { MapFrame } from "../map/map-frame.tsx";
import { type KeyItem, MapKey } from "../map/map-key.tsx";
import { addOverlayLayers, OVERLAY_COLOURS, type Saved, showTop } from "../map/map-overlay.ts";
import { markBusy } from "../map/map-ready.ts";
import { useMapClicks } from "../map/use-map-clicks.ts";
import { useSaved } from "../map/use-saved.ts";
import { useSketch } from "../map/use-sketch.ts";

export interface PlannerMapProps {
  meta: PublicMeta;
  areas: AreaCollection | undefined;
  label: string;
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** Area ids in rank order, outlined and numbered. */
  topIds?: string[];
  /** When given, a click on the map picks a point (lon, lat) instead of only an area. */
  onPick?: (lonLat: [number, number]) => void;
  point?: number[] | null;
  route?: number[][];
  /** Fit the map to the top areas whenever they change (the ranking view). */
  fitTop?: boolean;
  /** What is already recorded, drawn in solid blue under the sketch. */
  saved?: Saved;
  /** Legend lines for what the view draws besides the top areas and the chosen area. */
  keyItems?: KeyItem[];
}

export function PlannerMap(props: PlannerMapProps) {
  const { t } = useTranslation();
  const { areas, topIds, point = null, route } = props;
  const [map, setMap] = useState<maplibregl.Map | null>(null);
  const markers = useRef<maplibregl.Marker[]>([]);
  const wrap = useRef<HTMLDivElement>(null);
  const latest = useRef(props);
  latest.current = props;

  useEffect(() => {
    if (!map) return;
    addOverlayLayers(map);
  }, [map]);
  useMapClicks(map, props.onPick);

  // The same query the map itself draws from (cached), for the badges' places.
  const parts = useQuery(basemapQuery("built_up")).data as GeoJSON.FeatureCollection | undefined;
  const builtUp = useMemo(() => joinBuiltUp(areas, parts), [areas, parts]);

  const topKey = (topIds ?? []).join(",");
  useEffect(() => {
    if (!map || !areas) return;
    const ids = topKey ? topKey.split(",") : [];
    markers.current = showTop(map, areas, builtUp, ids, markers.current);
    const top = areas.features.filter((f) => ids.includes(f.id));
    if (latest.current.fitTop && top.length > 0 && !latest.current.selectedId) {
      const [w, s, e, n] = bbox({ type: "FeatureCollection", features: top } as never);
      const reduced = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
      map.fitBounds([w, s, e, n], { padding: 60, maxZoom: 13, duration: reduced ? 0 : 600 });
    }
    // The test reads what the map was told to outline, after it has drawn it.
    if (wrap.current) wrap.current.dataset.top = topKey;
    markBusy(map, () => true);
  }, [map, areas, builtUp, topKey]);

  useSaved(map, areas !== undefined, props.saved, wrap);
  useSketch(map, areas !== undefined, point, route, wrap);

  const items: KeyItem[] = [
    ...((topIds ?? []).length > 0
      ? [
          {
            id: "top",
            mark: { kind: "badge", colour: OVERLAY_COLOURS.top, text: "1" },
            text: t("legend.top"),
          } as const,
        ]
      : []),
    ...(props.selectedId ? [selectedKey(t("legend.selected"))] : []),
    ...(props.keyItems ?? []),
  ];
  const legend = (
    <MapKey items={items}>
      <Legend measure="watch_coverage" />
    </MapKey>
  );
  return <MapFrame {...props} testId="planner-map" wrap={wrap} onMap={setMap} legend={legend} />;
}
