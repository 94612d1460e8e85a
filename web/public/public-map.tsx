// The landing page, no login: where grannsamverkan is active, märk-DNA uptake in coarse classes,
// what was done per area and month, upcoming sessions, promise progress and the reports. Reads
// only /api/public/* (and the base map). Areas without grannsamverkan show an invitation.
// It opens on the deployment's default kommun; a resident may switch kommun, or see the whole
// police area, and the URL keeps the choice (?kommun=1261, ?kommun=alla).
import "../areas/areas.css";
import "./public.css";
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { publicAreasQuery } from "../api/public-queries.ts";
import { useBasemap } from "../api/use-basemap.ts";
import { SidePanelFrame } from "../areas/side-panel-frame.tsx";
import { ALL, featuresOf } from "../kommun/kommun.ts";
import { KommunPicker } from "../kommun/kommun-picker.tsx";
import { usePublicKommun } from "../kommun/use-public-kommun.ts";
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
  const kommun = usePublicKommun(meta);
  const areas = useQuery(publicAreasQuery(kommun.choice));
  const basemap = useBasemap();
  const shown = useMemo(
    () =>
      areas.data
        ? { ...areas.data, features: featuresOf(areas.data.features, kommun.choice) }
        : undefined,
    [areas.data, kommun.choice],
  );
  const mapAreas = useMemo(() => (shown ? toMapCollection(shown) : undefined), [shown]);

  const features = shown?.features ?? [];
  const selected = features.find((f) => f.id === selectedId)?.properties ?? null;
  const upcoming = useMemo(() => (shown ? allUpcoming(shown) : []), [shown]);
  const place = kommun.name ?? t("app.place");

  return (
    <main
      className="dashboard public-map"
      data-phone={isPhone}
      data-testid="public-map"
      data-kommun={kommun.choice ?? ""}
    >
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
          label={t("pub.map.label", { place })}
          demo={areas.data?.demo ?? false}
        />
        <div className="overlay overlay--controls">
          {kommun.kommuner.length > 1 && kommun.choice && (
            // Always open, on a phone too: which kommun the map shows is the first thing to see.
            <div className="card card--kommun">
              <KommunPicker
                kommuner={kommun.kommuner}
                value={kommun.choice}
                onChange={(k) => {
                  close();
                  kommun.setChoice(k);
                }}
                allowAll
              />
            </div>
          )}
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
        list={
          <PublicAreaList
            areas={features}
            onSelect={select}
            kommuner={kommun.choice === ALL ? kommun.kommuner : undefined}
          />
        }
        belowList={<PublicSummary upcoming={upcoming} kommun={kommun.choice} />}
      />
    </main>
  );
}
