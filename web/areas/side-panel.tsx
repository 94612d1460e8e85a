// The side panel (a bottom sheet on phones): the area list, or one area's figures when chosen.
import "./areas.css";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { AreaDetail, AreaFeature, AreaProperties } from "../../server/areas/types.ts";
import type { Measure } from "../map/classify.ts";
import { AreaList } from "./area-list.tsx";
import { AreaPanel } from "./area-panel.tsx";

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
  const { areas, measure, selected, isPhone } = props;
  const { t } = useTranslation();
  const [listOpen, setListOpen] = useState(false);
  const asideRef = useRef<HTMLElement>(null);
  const lastSelected = useRef<string | null>(null);

  // When the panel closes, give focus back to the area's button in the list.
  useEffect(() => {
    if (selected) {
      lastSelected.current = selected.id;
      return;
    }
    const id = lastSelected.current;
    if (id === null) return;
    lastSelected.current = null;
    asideRef.current?.querySelector<HTMLElement>(`[data-area-id="${id}"]`)?.focus();
  }, [selected]);

  const showList = !selected && (!isPhone || listOpen);
  return (
    <aside
      ref={asideRef}
      className="side-panel"
      data-testid="side-panel"
      data-state={selected ? "area" : showList ? "list" : "collapsed"}
    >
      {selected ? (
        <AreaPanel
          summary={selected}
          detail={props.detail}
          error={props.detailError}
          onClose={props.onClose}
        />
      ) : (
        <nav aria-labelledby="area-list-title">
          <div className="side-panel__head">
            <h2 id="area-list-title">
              {t("areaList.title")} <span className="muted">({areas.length})</span>
            </h2>
            {isPhone && (
              <button
                type="button"
                className="text-button"
                data-testid="area-list-toggle"
                aria-expanded={listOpen}
                aria-controls="area-list"
                aria-label={listOpen ? t("areaList.hide") : t("areaList.show")}
                onClick={() => setListOpen((open) => !open)}
              >
                {listOpen ? t("areaList.hideShort") : t("areaList.showShort")}
              </button>
            )}
          </div>
          <div id="area-list" hidden={!showList}>
            <AreaList areas={areas} measure={measure} onSelect={props.onSelect} />
          </div>
        </nav>
      )}
    </aside>
  );
}
