// /polis/tackning: the band shown on the map, the heat table for the period, and the areas that
// had no effective presence in the last N days.
import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { CoverageTable } from "../../server/coverage/types.ts";
import { coverageGapsQuery } from "../api/queries.ts";
import { useKommunScope } from "../kommun/use-kommun.ts";
import { AreaYear } from "./area-year.tsx";
import { useBandLabel } from "./band-label.ts";
import { CoverageSettingsSection } from "./coverage-settings.tsx";
import { byName, HEAT_COLOURS, maxMinutes, wholeMinutes } from "./heat.ts";
import { HeatTable } from "./heat-table.tsx";

export function BandPicker(props: {
  table: CoverageTable | undefined;
  band: string;
  onBand: (b: string) => void;
}) {
  const { t } = useTranslation();
  const label = useBandLabel(props.table?.settings.bands);
  const max = props.table ? maxMinutes(props.table.areas, [props.band]) : 0;
  return (
    <div className="police-band">
      <label>
        {t("police.coverage.mapBand")}{" "}
        <select
          data-testid="band-select"
          value={props.band}
          onChange={(e) => props.onBand(e.target.value)}
        >
          {(props.table?.bands ?? []).map((k) => (
            <option key={k} value={k}>
              {label(k)}
            </option>
          ))}
        </select>
      </label>
      <div className="heat-legend" data-testid="heat-legend">
        <span>{t("police.coverage.legend")}:</span> <span>{t("police.coverage.legendNone")}</span>
        {HEAT_COLOURS.map((c) => (
          <span
            key={c}
            className="heat-legend__swatch"
            style={{ background: c }}
            aria-hidden="true"
          />
        ))}
        <span>
          {props.table
            ? t("police.coverage.legendMax", { max: wholeMinutes(max) })
            : t("app.loadingData")}
        </span>
      </div>
    </div>
  );
}

function Gaps({ to }: { to: string }) {
  const { t } = useTranslation();
  const [raw, setRaw] = useState("14");
  const n = Number(raw);
  const valid = /^\d+$/.test(raw) && n >= 1 && n <= 366;
  const [days, setDays] = useState(14);
  const gaps = useQuery(coverageGapsQuery(days, to, useKommunScope()));
  return (
    <section className="police-gaps" aria-labelledby="gaps-title" data-testid="gaps">
      <h3 id="gaps-title">{t("police.coverage.gapsTitle")}</h3>
      <label className="police-inline">
        {t("police.coverage.gapsDays")}{" "}
        <input
          data-testid="gaps-days"
          inputMode="numeric"
          size={4}
          value={raw}
          aria-invalid={!valid}
          onChange={(e) => {
            setRaw(e.target.value);
            const v = Number(e.target.value);
            if (/^\d+$/.test(e.target.value) && v >= 1 && v <= 366) setDays(v);
          }}
        />
      </label>
      {!valid && <p className="field__error">{t("police.coverage.daysError")}</p>}
      {gaps.data && (
        <>
          <p className="muted">
            {t("police.coverage.gapsRange", { from: gaps.data.from, to: gaps.data.to })}
          </p>
          {gaps.data.areas.length === 0 ? (
            <p>{t("police.coverage.noGaps")}</p>
          ) : (
            <ul className="police-list">
              {gaps.data.areas.map((g) => (
                <li key={g.area_id} data-testid="gap" data-area-id={g.area_id}>
                  <strong>{g.name}</strong> –{" "}
                  {g.last_effective === null
                    ? t("police.coverage.never")
                    : t("police.coverage.since", { date: g.last_effective, days: g.days_since })}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

/** The selected area (from the map or the list here) and, on request, its year table. */
function AreaYearSection(props: {
  table: CoverageTable;
  selected: string | null;
  onSelect: (id: string | null) => void;
  years: number[];
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const panel = useId();
  const rows = byName(props.table.areas);
  const area = rows.find((r) => r.area_id === props.selected);
  return (
    <section
      className="police-year-section"
      aria-labelledby="year-title"
      data-testid="year-section"
    >
      <h3 id="year-title">{t("police.year.title")}</h3>
      <label className="field">
        {t("police.year.area")}
        <select
          data-testid="year-area"
          value={area ? area.area_id : ""}
          onChange={(e) => props.onSelect(e.target.value || null)}
        >
          <option value="">{t("police.year.chooseArea")}</option>
          {rows.map((r) => (
            <option key={r.area_id} value={r.area_id}>
              {r.name}
            </option>
          ))}
        </select>
      </label>
      {area && (
        <>
          <button
            type="button"
            className="text-button"
            data-testid="year-toggle"
            aria-expanded={open}
            aria-controls={panel}
            onClick={() => setOpen((o) => !o)}
          >
            {open ? t("police.year.hide") : t("police.year.show", { name: area.name })}
          </button>
          <div id={panel}>
            {open && <AreaYear key={area.area_id} areaId={area.area_id} years={props.years} />}
          </div>
        </>
      )}
    </section>
  );
}

export function CoverageTab(props: {
  table: CoverageTable | undefined;
  band: string;
  onBand: (b: string) => void;
  selected: string | null;
  onSelect: (id: string | null) => void;
  /** Whole years of the data, latest first (the year table's choices). */
  years: number[];
}) {
  const { t } = useTranslation();
  const { table } = props;
  return (
    <div data-testid="coverage-tab">
      <BandPicker {...props} />
      {table && (
        <p className="muted">
          {t("police.coverage.hint", { min: table.settings.effective_minutes })}
        </p>
      )}
      {table && <HeatTable table={table} band={props.band} />}
      {table && (
        <AreaYearSection
          table={table}
          selected={props.selected}
          onSelect={props.onSelect}
          years={props.years}
        />
      )}
      {table && <Gaps to={table.period.to} />}
      <CoverageSettingsSection />
    </div>
  );
}
