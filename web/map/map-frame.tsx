// The frame the planners' and the police's maps share: the coverage map (web/map/area-map.tsx,
// reused as it is) in a wrapper whose data-* attributes the browser tests read. Each map keeps its
// own overlay effects and writes those attributes through `wrap`; `onMap` hands it the map.
import type * as maplibregl from "maplibre-gl";
import type { ReactNode, RefObject } from "react";
import type { AreaCollection } from "../../server/areas/types.ts";
import type { PublicMeta } from "../../server/meta/routes.ts";
import { useBasemap } from "../api/use-basemap.ts";
import { AreaMap } from "./area-map.tsx";

export interface MapFrameProps {
  /** The wrapper's data-testid. */
  testId: string;
  wrap: RefObject<HTMLDivElement | null>;
  meta: PublicMeta;
  areas: AreaCollection | undefined;
  label: string;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onMap: (map: maplibregl.Map | null) => void;
  /** The map's legend (web/map/map-key.tsx), drawn over it. */
  legend?: ReactNode;
}

const PADDING = { top: 30, right: 60, bottom: 30, left: 30 };

export function MapFrame(props: MapFrameProps) {
  const basemap = useBasemap();
  return (
    <div className="planner-map" ref={props.wrap} data-testid={props.testId}>
      <AreaMap
        styleUrl={props.meta.basemap_style_url}
        attribution={props.meta.attribution}
        areas={props.areas}
        basemap={basemap}
        measure="watch_coverage"
        selectedId={props.selectedId}
        onSelect={props.onSelect}
        fitPadding={PADDING}
        label={props.label}
        demo={props.areas?.demo ?? false}
        onMap={props.onMap}
      />
      {props.legend}
    </div>
  );
}
