// /prioritering: where should the next information session be? Weight sliders, the ranked table
// with each area's reasons, and the map with the top three outlined. Weights, period, sort and the
// chosen area are in the query string, so the view can be shared as a link. The ranking is per
// kommun (?kommun=): a link to Lomma's ranking opens Lomma's.
import "./planner.css";
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { areasQuery, prioritiesQuery } from "../api/queries.ts";
import { formatInteger } from "../i18n/format.ts";
import { currentLang } from "../i18n/i18n.ts";
import { exportLinks } from "../import/export-links.tsx";
import { KOMMUN_PARAM } from "../kommun/kommun.ts";
import { KommunPicker } from "../kommun/kommun-picker.tsx";
import { KommunContext, useWorkKommun } from "../kommun/use-kommun.ts";
import { PeriodPicker } from "../period/period-picker.tsx";
import { useAreaParam, usePeriodParam, useUrlState } from "../url-state/use-url-state.ts";
import type { WorkViewProps } from "../views.tsx";
import { PlannerMap } from "./planner-map.tsx";
import { RankingTable } from "./ranking-table.tsx";
import { nextSort, parseSort, type SortKey, sortParam } from "./sort.ts";
import { WeightSliders } from "./weight-sliders.tsx";
import { priorityParams, weightChanges, weightsFromSearch } from "./weights.ts";

export function RankingView({ meta, work }: WorkViewProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  const { params: search, set } = useUrlState();
  const weights = weightsFromSearch(search);
  const [period, setPeriod] = usePeriodParam(work.default_period);
  const sort = parseSort(search.get("sort"));
  const [selectedId, setSelectedId] = useAreaParam();
  // One kommun at a time: the next session is planned within a kommun.
  const kommun = useWorkKommun(work, { allowAll: false });

  const params = priorityParams(weights, period);
  const ranking = useQuery(prioritiesQuery(params, kommun.choice));
  const areas = useQuery(areasQuery(period, kommun.choice));

  const onSort = (key: SortKey) => set({ sort: sortParam(nextSort(sort, key)) });

  const rows = ranking.data?.areas ?? [];
  const topIds = useMemo(
    () =>
      rows
        .filter((r) => r.score !== null)
        .slice(0, 3)
        .map((r) => r.id),
    [rows],
  );
  const rate = ranking.data?.municipality.burglary_rate_per_1000 ?? null;
  const selected = rows.find((r) => r.id === selectedId);

  return (
    <KommunContext.Provider value={kommun.choice}>
      <main className="planner" data-testid="ranking-view">
        <section className="planner__side" aria-labelledby="ranking-title">
          <h2 id="ranking-title">{t("planner.ranking.title")}</h2>
          <p className="muted">{t("planner.ranking.intro")}</p>
          <KommunPicker
            kommuner={kommun.kommuner}
            value={kommun.choice}
            onChange={(k) => kommun.setChoice(k)}
            allowAll={false}
          />
          <div className="planner__controls">
            <WeightSliders weights={weights} onChange={(w) => set(weightChanges(w))} />
            <PeriodPicker
              range={work.data_range}
              period={period}
              onChange={setPeriod}
              serverError={ranking.error?.message ?? null}
            />
          </div>
          <p className="muted">
            {rate === null
              ? t("planner.ranking.noRate")
              : t("planner.ranking.burglaryRate", {
                  rate: rate.toLocaleString(lang === "sv" ? "sv-SE" : "en-GB"),
                })}{" "}
            {t("planner.ranking.top")}
          </p>
          <p className="muted" data-testid="points-note">
            {t("planner.ranking.pointsNote")}
          </p>
          {ranking.isPending && <p role="status">{t("planner.ranking.loading")}</p>}
          {ranking.isError && (
            <p className="form-error" role="alert">
              {t("app.loadError", { message: ranking.error.message })}
            </p>
          )}
          {selected && (
            <p className="planner__selected" data-testid="ranking-selected">
              <strong>{selected.name}</strong>{" "}
              {selected.households_not_covered !== null &&
                `· ${formatInteger(selected.households_not_covered, lang)} ${t("planner.part.reach").toLowerCase()} `}
              <Link
                href={`/registrera?typ=mote&${KOMMUN_PARAM}=${kommun.choice}&omrade=${encodeURIComponent(selected.id)}`}
              >
                {t("planner.ranking.record")}
              </Link>
            </p>
          )}
          <p className="planner__exports" data-testid="ranking-exports">
            {selected
              ? t("planner.ranking.exportSelected", { name: selected.name })
              : t("planner.ranking.exportTop")}{" "}
            {exportLinks(t, period, selected ? [selected.id] : topIds, kommun.choice).map((l) => (
              <a key={l.href} href={l.href} download>
                {l.label}
              </a>
            ))}
          </p>
          <div className="planner__table" data-fetching={ranking.isFetching}>
            <RankingTable
              rows={rows}
              weights={weights}
              sort={sort}
              onSort={onSort}
              selectedId={selectedId}
              onSelect={setSelectedId}
            />
          </div>
        </section>
        <div className="planner__map">
          <PlannerMap
            meta={meta}
            areas={areas.data}
            label={t("planner.ranking.mapLabel")}
            selectedId={selectedId}
            onSelect={setSelectedId}
            topIds={topIds}
            fitTop
          />
        </div>
      </main>
    </KommunContext.Provider>
  );
}
