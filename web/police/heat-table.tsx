// The heat table area × band: numbers in every cell (effective minutes, effective visits, short
// drive-bys) with a sequential shade as a second cue. One cell is in the tab order; the arrow keys,
// Home and End move between cells (a grid with a roving tabindex).
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { CoverageTable } from "../../server/coverage/types.ts";
import { useBandLabel } from "./band-label.ts";
import {
  byName,
  EMPTY_CELL,
  HEAT_COLOURS,
  HEAT_TEXT,
  heatStep,
  maxMinutes,
  wholeMinutes,
} from "./heat.ts";

const MOVES: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

export function HeatTable({ table, band }: { table: CoverageTable; band: string }) {
  const { t } = useTranslation();
  const label = useBandLabel(table.settings.bands);
  const rows = byName(table.areas);
  const cols = [...table.bands, "total"];
  const max = maxMinutes(rows, table.bands);
  const [active, setActive] = useState<[number, number]>([0, 0]);
  const ref = useRef<HTMLTableElement>(null);

  const move = (e: React.KeyboardEvent) => {
    const [r, c] = active;
    let next: [number, number] | null = null;
    const d = MOVES[e.key];
    if (d) next = [r + d[0], c + d[1]];
    if (e.key === "Home") next = [r, 0];
    if (e.key === "End") next = [r, cols.length - 1];
    if (!next) return;
    e.preventDefault();
    const clamped: [number, number] = [
      Math.max(0, Math.min(rows.length - 1, next[0])),
      Math.max(0, Math.min(cols.length - 1, next[1])),
    ];
    setActive(clamped);
    ref.current?.querySelector<HTMLElement>(`[data-pos="${clamped[0]}:${clamped[1]}"]`)?.focus();
  };

  return (
    <div className="heat-scroll planner__table">
      {/* biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: an ARIA grid over a data table is the WAI pattern for arrow-key navigation between cells */}
      <table ref={ref} className="heat" role="grid" data-testid="heat-table" onKeyDown={move}>
        <caption>
          {t("police.coverage.caption", { from: table.period.from, to: table.period.to })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("police.coverage.area")}</th>
            {cols.map((k) => (
              <th key={k} scope="col" data-selected={k === band}>
                {k === "total" ? t("police.coverage.total") : label(k)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={row.area_id}>
              <th scope="row">{row.name}</th>
              {cols.map((k, c) => {
                const cell = (k === "total" ? row.total : row.cells[k]) ?? EMPTY_CELL;
                const step = k === "total" ? 0 : heatStep(cell.effective_minutes, max);
                const minutes = wholeMinutes(cell.effective_minutes);
                const name = k === "total" ? t("police.coverage.total") : label(k);
                return (
                  <td
                    key={k}
                    data-testid="heat-cell"
                    data-area-id={row.area_id}
                    data-band={k}
                    data-minutes={cell.effective_minutes}
                    data-visits={cell.effective_visits}
                    data-step={step}
                    data-pos={`${r}:${c}`}
                    tabIndex={active[0] === r && active[1] === c ? 0 : -1}
                    onFocus={() => setActive([r, c])}
                    style={{ background: HEAT_COLOURS[step], color: HEAT_TEXT[step] }}
                  >
                    {/* The cell read alone (it takes focus): area and band, then what it shows. */}
                    <span className="visually-hidden">{`${row.name}, ${name}: `}</span>
                    <span className="heat__min">
                      {minutes}
                      <span className="visually-hidden">{` ${t("police.coverage.minutes")},`}</span>
                    </span>
                    <span className="heat__sub">
                      {t("police.coverage.visits", { count: cell.effective_visits })}
                      {cell.short_visits > 0 &&
                        ` · ${t("police.coverage.short", { count: cell.short_visits })}`}
                    </span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
