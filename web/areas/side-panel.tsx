// The planners' side panel: the area list, or one area's figures when chosen.
import { useTranslation } from "react-i18next";
import type { AreaDetail, AreaFeature, AreaProperties } from "../../server/areas/types.ts";
import type { Measure } from "../map/classify.ts";
import { AreaList } from "./area-list.tsx";
import { AreaPanel } from "./area-panel.tsx";
import { SidePanelFrame } from "./side-panel-frame.tsx";

export interface SidePanelProps {
  areas: AreaFeature[];
  measure: Measure;
  selected: AreaProperties | null;
  detail: AreaDetail | undefined;
  detailError: string | null;
  onSelect: (id: string) => void;
  onClose: () => void;
  isPhone: boolean;
  /** The areas are still on their way: the list says so rather than showing none. */
  loading: boolean;
}

export function SidePanel(props: SidePanelProps) {
  const { t } = useTranslation();
  const { areas, selected, loading } = props;
  return (
    <SidePanelFrame
      selectedId={selected?.id ?? null}
      panel={
        selected && (
          <AreaPanel
            summary={selected}
            detail={props.detail}
            error={props.detailError}
            onClose={props.onClose}
          />
        )
      }
      isPhone={props.isPhone}
      listId="area-list"
      labels="areaList"
      count={loading ? null : areas.length}
      list={
        loading ? (
          <p role="status">{t("app.loadingData")}</p>
        ) : (
          <AreaList areas={areas} measure={props.measure} onSelect={props.onSelect} />
        )
      }
    />
  );
}
