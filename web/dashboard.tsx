// Map, controls, legend and side panel for one data set (meta): the page once /api/meta answered.
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { WorkMeta } from "../server/meta/routes.ts";
import type { Period } from "../server/period/period.ts";
import { ApiError } from "./api/client.ts";
import { areaDetailQuery, areasQuery } from "./api/queries.ts";
import { useBasemap } from "./api/use-basemap.ts";
import { Legend } from "./areas/legend.tsx";
import { MeasurePicker } from "./areas/measure-picker.tsx";
import { SidePanel } from "./areas/side-panel.tsx";
import { AreaMap } from "./map/area-map.tsx";
import type { Measure } from "./map/classify.ts";
import { fitPadding } from "./map/fit-padding.ts";
import { useAreaSelection } from "./map/use-area-selection.ts";
import { checkPeriod } from "./period/period.ts";
import { PeriodPicker } from "./period/period-picker.tsx";
import { PHONE_QUERY, useMediaQuery } from "./use-media.ts";
import type { WorkViewProps } from "./views.tsx";

function initialPeriod(work: WorkMeta): Period {
  const check = checkPeriod(work.default_period, work.data_range);
  return check.ok ? check.period : work.data_range;
}

export function Dashboard({ meta, work }: WorkViewProps) {
  const { t } = useTranslation();
  const isPhone = useMediaQuery(PHONE_QUERY);
  const [measure, setMeasure] = useState<Measure>("watch_coverage");
  const [period, setPeriod] = useState<Period>(() => initialPeriod(work));
  const { selectedId, select, close } = useAreaSelection();
  const areas = useQuery(areasQuery(period));
  const detail = useQuery({
    ...areaDetailQuery(selectedId ?? "", period),
    enabled: selectedId !== null,
  });
  const basemap = useBasemap();

  const serverError =
    areas.error instanceof ApiError && areas.error.status === 400 ? areas.error.message : null;
  const features = areas.data?.features ?? [];
  const selected = features.find((f) => f.id === selectedId)?.properties ?? null;
  const measureName = t(`measure.${measure}`);

  return (
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
      />
    </main>
  );
}
