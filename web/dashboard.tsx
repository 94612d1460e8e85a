// Map, controls, legend and side panel for one data set (meta): the page once /api/meta answered.
// Measure (?matt=), period (?from=&to=) and the open area (?omrade=) are in the URL, so a copied
// link opens the same view; the map's camera is in its hash. The kommun (?kommun=) too: the police
// open on the whole police area, everyone else on their own kommun, and whoever covers more than
// one kommun may switch.
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ApiError } from "./api/client.ts";
import { areaDetailQuery, areasQuery } from "./api/queries.ts";
import { useBasemap } from "./api/use-basemap.ts";
import { Legend } from "./areas/legend.tsx";
import { MeasurePicker } from "./areas/measure-picker.tsx";
import { SidePanel } from "./areas/side-panel.tsx";
import { usePageRole } from "./auth/require-role.tsx";
import { KommunPicker } from "./kommun/kommun-picker.tsx";
import { KommunContext, useWorkKommun } from "./kommun/use-kommun.ts";
import { AreaMap } from "./map/area-map.tsx";
import { MEASURES, type Measure } from "./map/classify.ts";
import { fitPadding } from "./map/fit-padding.ts";
import { useAreaSelection } from "./map/use-area-selection.ts";
import { PeriodPicker } from "./period/period-picker.tsx";
import { choiceIn } from "./url-state/url-state.ts";
import { useAreaParam, usePeriodParam, useUrlState } from "./url-state/use-url-state.ts";
import { PHONE_QUERY, useMediaQuery } from "./use-media.ts";
import type { WorkViewProps } from "./views.tsx";

export function Dashboard({ meta, work }: WorkViewProps) {
  const { t } = useTranslation();
  const isPhone = useMediaQuery(PHONE_QUERY);
  const { params, set } = useUrlState();
  const measure = choiceIn(params.get("matt"), MEASURES, "watch_coverage");
  const setMeasure = (m: Measure) => set({ matt: m });
  const [period, setPeriod] = usePeriodParam(work.default_period);
  const { selectedId, select, close } = useAreaSelection(useAreaParam());
  const police = usePageRole() === "police";
  const kommun = useWorkKommun(work, { allowAll: true, preferAll: police });
  const areas = useQuery(areasQuery(period, kommun.choice));
  const detail = useQuery({
    ...areaDetailQuery(selectedId ?? "", period, kommun.choice),
    enabled: selectedId !== null,
  });
  const basemap = useBasemap();

  const serverError =
    areas.error instanceof ApiError && areas.error.status === 400 ? areas.error.message : null;
  const features = areas.data?.features ?? [];
  const selected = features.find((f) => f.id === selectedId)?.properties ?? null;
  const measureName = t(`measure.${measure}`);

  return (
    <KommunContext.Provider value={kommun.choice}>
      <main className="dashboard" data-phone={isPhone}>
        <div className="dashboard__map">
          <AreaMap
            styleUrl={meta.basemap_style_url}
            attribution={meta.attribution}
            areas={areas.data}
            basemap={basemap}
            measure={measure}
            selectedId={selectedId}
            onSelect={select}
            fitPadding={fitPadding(isPhone, selectedId !== null, window.innerHeight)}
            label={t("map.label", { measure: measureName })}
            demo={areas.data?.demo ?? false}
          />
          <div className="overlay overlay--controls">
            {/* On a phone the controls start folded so the map stays visible. */}
            <details className="card" open={!isPhone} data-testid="controls">
              <summary>{t("controls.title")}</summary>
              <KommunPicker
                kommuner={kommun.kommuner}
                value={kommun.choice}
                onChange={(k) => kommun.setChoice(k)}
                allowAll={kommun.allowAll}
              />
              <MeasurePicker value={measure} onChange={setMeasure} />
              <PeriodPicker
                range={work.data_range}
                period={period}
                onChange={setPeriod}
                serverError={serverError}
              />
            </details>
            <details className="card card--legend" open={!isPhone} data-testid="legend-card">
              <summary>{t("legend.title")}</summary>
              <Legend measure={measure} />
            </details>
          </div>
          {areas.isError && !serverError && (
            <p className="overlay overlay--error form-error" role="alert">
              {t("app.loadError", { message: areas.error.message })}
            </p>
          )}
        </div>
        <SidePanel
          areas={features}
          measure={measure}
          selected={selected}
          detail={detail.data}
          detailError={detail.error?.message ?? null}
          onSelect={select}
          onClose={close}
          isPhone={isPhone}
          loading={areas.isPending}
        />
      </main>
    </KommunContext.Provider>
  );
}
