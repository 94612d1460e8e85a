// /polis/tackning, one area over a year (GET /api/internal/coverage/:areaId): ISO weeks or months ×
// time bands, with the year's total. Every cell carries its numbers (effective minutes and visits);
// the blue shade is only a second cue. The table scrolls sideways inside its own box on a phone.
import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { HeatRow } from "../../server/coverage/types.ts";
import { coverageAreaYearQuery } from "../api/queries.ts";
import { useBandLabel } from "./band-label.ts";
import { EMPTY_CELL, HEAT_COLOURS, HEAT_TEXT, heatStep, wholeMinutes } from "./heat.ts";

type RowKind = "months" | "weeks";

export function AreaYear(props: { areaId: string; years: number[] }) {
  const { t, i18n } = useTranslation();
  const [year, setYear] = useState<number | undefined>(props.years[0]);
  const [kind, setKind] = useState<RowKind>("months");
  const query = useQuery(coverageAreaYearQuery(props.areaId, year));
  const data = query.data;
  const label = useBandLabel(data?.bands);
  const captionId = useId();
  const keys = data ? [...data.bands.map((b) => b.key), "total"] : [];
  const rows = data ? data[kind] : [];
  const max = rows.reduce(
    (m, r) => Math.max(m, ...Object.values(r.cells).map((c) => c.effective_minutes)),
    0,
  );
  const monthName = new Intl.DateTimeFormat(i18n.language, { month: "long", timeZone: "UTC" });
  const rowLabel = (r: HeatRow) =>
    kind === "weeks"
      ? t("police.year.weekLabel", { n: Number(r.key.slice(-2)) })
      : monthName.format(new Date(`${r.key}-01T12:00:00Z`));

  const cell = (r: HeatRow, k: string, shade: boolean) => {
    const c = (k === "total" ? r.total : r.cells[k]) ?? EMPTY_CELL;
    const step = shade && k !== "total" ? heatStep(c.effective_minutes, max) : 0;
    return (
      <td
        key={k}
        data-testid="year-cell"
        data-row={r.key}
        data-band={k}
        data-minutes={c.effective_minutes}
        data-visits={c.effective_visits}
        style={{ background: HEAT_COLOURS[step], color: HEAT_TEXT[step] }}
      >
        <span className="heat__min">{wholeMinutes(c.effective_minutes)}</span>
        <span className="heat__sub">
          {t("police.coverage.visits", { count: c.effective_visits })}
        </span>
      </td>
    );
  };

  return (
    <div className="police-year" data-testid="area-year" data-area-id={props.areaId}>
      <div className="police-year__controls">
        <label className="police-inline">
          {t("police.year.yearField")}{" "}
          <select
            data-testid="year-select"
            value={year ?? ""}
            onChange={(e) => setYear(Number(e.target.value))}
          >
            {props.years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="police-radios">
          <legend>{t("police.year.rows")}</legend>
          {(["months", "weeks"] as const).map((k) => (
            <label key={k}>
              <input
                type="radio"
                name="year-rows"
                data-testid={`year-rows-${k}`}
                checked={kind === k}
                onChange={() => setKind(k)}
              />{" "}
              {t(`police.year.${k}`)}
            </label>
          ))}
        </fieldset>
      </div>
      {query.isPending && <p className="muted">{t("police.year.loading")}</p>}
      {query.error && (
        <p className="field__error" role="alert">
          {t("police.year.error", { message: query.error.message })}
        </p>
      )}
      {data && (
        <>
          <p className="muted">{t("police.year.hint")}</p>
          <section
            className="heat-scroll planner__table police-year__scroll"
            aria-labelledby={captionId}
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling box must take focus so the keyboard can scroll it
            tabIndex={0}
          >
            <table className="heat" data-testid="year-table" data-year={data.year} data-rows={kind}>
              <caption id={captionId}>
                {t("police.year.caption", {
                  name: data.name,
                  year: data.year,
                  unit: t(kind === "weeks" ? "police.year.unitWeek" : "police.year.unitMonth"),
                })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">
                    {t(kind === "weeks" ? "police.year.week" : "police.year.month")}
                  </th>
                  {keys.map((k) => (
                    <th key={k} scope="col">
                      {k === "total" ? t("police.year.total") : label(k)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.key} data-testid="year-row" data-row={r.key}>
                    <th scope="row">
                      {rowLabel(r)}
                      {kind === "weeks" && (
                        <span className="heat__sub">
                          {r.from.slice(5)}–{r.to.slice(5)}
                        </span>
                      )}
                    </th>
                    {keys.map((k) => cell(r, k, true))}
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr data-testid="year-row" data-row="year">
                  <th scope="row">{t("police.year.yearTotal")}</th>
                  {keys.map((k) => cell({ ...data.year_total, key: "year" }, k, false))}
                </tr>
              </tfoot>
            </table>
          </section>
        </>
      )}
    </div>
  );
}
