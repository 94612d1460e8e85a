// The ranking as a table: sortable by every column (buttons in the headers, aria-sort), each row
// a keyboard stop that flies the map to its area (click, Enter or Space).
import { useTranslation } from "react-i18next";
import type { AreaPriority, PartKey, Weights } from "../../server/priorities/score.ts";
import { PART_KEYS } from "../../server/priorities/score.ts";
import { currentLang } from "../i18n/i18n.ts";
import { explanationText } from "./explain.ts";
import { partMaxPoints } from "./points.ts";
import { type Sort, type SortKey, sortRows } from "./sort.ts";

export interface RankingTableProps {
  rows: AreaPriority[];
  weights: Weights;
  sort: Sort;
  onSort: (key: SortKey) => void;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

const points = (x: number, lang: string) =>
  x.toLocaleString(lang === "sv" ? "sv-SE" : "en-GB", {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });

export function RankingTable(props: RankingTableProps) {
  const { rows, weights, sort, onSort, selectedId, onSelect } = props;
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  const columns: { key: SortKey; label: string }[] = [
    { key: "rank", label: t("planner.ranking.rank") },
    { key: "name", label: t("planner.ranking.area") },
    { key: "score", label: t("planner.ranking.score") },
    ...PART_KEYS.map((k) => ({ key: k as SortKey, label: t(`planner.partShort.${k}`) })),
  ];
  const fullLabel = (key: SortKey) =>
    (PART_KEYS as readonly string[]).includes(key)
      ? t(`planner.part.${key as PartKey}`)
      : (columns.find((c) => c.key === key)?.label ?? key);
  const ariaSort = (key: SortKey) =>
    sort.key === key ? (sort.dir === "asc" ? "ascending" : "descending") : undefined;
  return (
    <table className="ranking" data-testid="ranking-table">
      <caption className="visually-hidden">{t("planner.ranking.table")}</caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.key} scope="col" aria-sort={ariaSort(c.key)}>
              <button
                type="button"
                className="ranking__sort"
                data-testid={`sort-${c.key}`}
                title={t("planner.ranking.sortBy", { column: fullLabel(c.key) })}
                onClick={() => onSort(c.key)}
              >
                {c.label}
                <span className="visually-hidden">
                  {`, ${t("planner.ranking.sortBy", { column: fullLabel(c.key) })}`}
                </span>
                <span aria-hidden="true">
                  {sort.key === c.key ? (sort.dir === "asc" ? " ▲" : " ▼") : ""}
                </span>
              </button>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {sortRows(rows, sort).map((r) => (
          <tr
            key={r.id}
            tabIndex={0}
            data-testid="ranking-row"
            data-area-id={r.id}
            data-area-name={r.name}
            data-rank={r.rank}
            data-score={r.score ?? ""}
            aria-current={r.id === selectedId ? "true" : undefined}
            className={r.rank <= 3 ? "ranking__row ranking__row--top" : "ranking__row"}
            onClick={() => onSelect(r.id)}
            onKeyDown={(e) => {
              if (e.key === "Enter" || e.key === " ") {
                e.preventDefault();
                onSelect(r.id);
              }
            }}
          >
            <td className="num">{r.rank}</td>
            <th scope="row">
              {r.name}
              <div className="ranking__why" data-testid="ranking-why">
                {explanationText(r.explanation, lang)}
              </div>
            </th>
            <td className="num ranking__score" data-testid="ranking-score">
              {r.score === null ? <em>{t("planner.ranking.missing")}</em> : points(r.score, lang)}
            </td>
            {PART_KEYS.map((k) => {
              const c = r.contributions[k];
              const max = partMaxPoints(weights, r.parts)[k];
              if (c === null || max === null) {
                return (
                  <td key={k} className="num" data-part={k}>
                    {c === null && weights[k] === 0 ? (
                      t("planner.ranking.ignored")
                    ) : (
                      <em className="missing">{t("planner.ranking.missing")}</em>
                    )}
                  </td>
                );
              }
              // Points with their unit, and a bar for how much of the part's points the area gets.
              return (
                <td key={k} className="num ranking__part" data-part={k} data-points={c}>
                  <span aria-hidden="true">
                    {t("planner.ranking.points", { points: points(c, lang) })}
                  </span>
                  <span className="visually-hidden">
                    {t("planner.ranking.pointsOf", {
                      points: points(c, lang),
                      max: points(max, lang),
                    })}
                  </span>
                  <span className="part-bar" aria-hidden="true">
                    <span
                      className="part-bar__fill"
                      style={{ width: `${Math.min(100, (100 * c) / max)}%` }}
                    />
                  </span>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
