// The landing page, no login: where grannsamverkan is active, märk-DNA uptake in coarse classes,
// what was done per area and month, upcoming sessions, promise progress and the reports. Reads
// only /api/public/* (and the base map). Areas without grannsamverkan show an invitation.
import "../areas/areas.css";
import "./public.css";
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { publicAreasQuery } from "../api/queries.ts";
import { useBasemap } from "../api/use-basemap.ts";
import { SidePanelFrame } from "../areas/side-panel-frame.tsx";
import { AreaMap } from "../map/area-map.tsx";
import { fitPadding } from "../map/fit-padding.ts";
import { useAreaSelection } from "../map/use-area-selection.ts";
import { PHONE_QUERY, useMediaQuery } from "../use-media.ts";
import type { PublicViewProps } from "../views.tsx";
import { allUpcoming, toMapCollection } from "./public-areas.ts";
import { PublicLegend } from "./public-legend.tsx";
import { PublicAreaList } from "./public-list.tsx";
import { PublicPanel } from "./public-panel.tsx";
import { PublicSummary } from "./public-summary.tsx";

export function PublicMap({ meta }: PublicViewProps) {
  const { t } = useTranslation();
  const isPhone = useMediaQuery(PHONE_QUERY);
  const { selectedId, select, close } = useAreaSelection();
  const areas = useQuery(publicAreasQuery());
  const basemap = useBasemap();
  const mapAreas = useMemo(
    () => (areas.data ? toMapCollection(areas.data) : undefined),
    [areas.data],
  );

  const features = areas.data?.features ?? [];
  const selected = features.find((f) => f.id === selectedId)?.properties ?? null;
  const upcoming = useMemo(() => (areas.data ? allUpcoming(areas.data) : []), [areas.data]);

  return (
    <main className="dashboard public-map" data-phone={isPhone} data-testid="public-map">
      <div className="dashboard__map">
        <AreaMap
          styleUrl={meta.basemap_style_url}
          attribution={meta.attribution}
          areas={mapAreas}
          basemap={basemap}
          measure="dna_uptake"
          selectedId={selectedId}
          onSelect={select}
          fitPadding={fitPadding(isPhone, selectedId !== null, window.innerHeight)}
          label={t("pub.map.label")}
          demo={areas.data?.demo ?? false}
        />
        <div className="overlay overlay--controls">
          <details className="card card--legend" open={!isPhone} data-testid="legend-card">
            <summary>{t("legend.title")}</summary>
            <p className="pub-intro">{t("pub.map.intro")}</p>
            <PublicLegend asOf={areas.data?.as_of} />
          </details>
        </div>
        {areas.isError && (
          <p className="overlay overlay--error form-error" role="alert">
            {t("app.loadError", { message: areas.error.message })}
          </p>
        )}
      </div>
      <SidePanelFrame
        selectedId={selected ? selectedId : null}
        panel={selected && <PublicPanel area={selected} onClose={close} />}
        isPhone={isPhone}
        listId="pub-area-list"
        labels="pub.list"
        count={features.length}
        list={<PublicAreaList areas={features} onSelect={select} />}
        belowList={<PublicSummary upcoming={upcoming} />}
      />
    </main>
  );
}
