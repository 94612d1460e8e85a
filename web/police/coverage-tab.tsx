// /polis/tackning: the band shown on the map, the heat table for the period, and the areas that
// had no effective presence in the last N days.
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CoverageTable } from "../../server/coverage/types.ts";
import { coverageGapsQuery } from "../api/queries.ts";
import { useBandLabel } from "./band-label.ts";
import { HEAT_COLOURS, maxMinutes, wholeMinutes } from "./heat.ts";
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
        <span>{t("police.coverage.legendMax", { max: wholeMinutes(max) })}</span>
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
  const gaps = useQuery(coverageGapsQuery(days, to));
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

export function CoverageTab(props: {
  table: CoverageTable | undefined;
  band: string;
  onBand: (b: string) => void;
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
      {table && <Gaps to={table.period.to} />}
    </div>
  );
}
