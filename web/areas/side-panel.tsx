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
}

export function SidePanel(props: SidePanelProps) {
  const { areas, selected } = props;
  const { t } = useTranslation();
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
      labels={{
        title: t("areaList.title"),
        show: t("areaList.show"),
        hide: t("areaList.hide"),
        showShort: t("areaList.showShort"),
        hideShort: t("areaList.hideShort"),
      }}
      count={areas.length}
      list={<AreaList areas={areas} measure={props.measure} onSelect={props.onSelect} />}
    />
  );
}
