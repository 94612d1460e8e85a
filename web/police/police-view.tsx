// /polis/tackning | /polis/narvaro | /polis/lagesbild: the police's page, tabs beside one shared
// map. The map shows the chosen band's effective minutes, the selected week's flagged areas (on
// the lägesbild tab) and the presence form's point or route (on the presence tab). The tab is in
// the path; the period, band and chosen area are in the query string, so a link shows the same.
// So is the kommun (?kommun=): the police open on the whole police area, with the kommun borders
// on the map, and may narrow every tab to one kommun.
import "../planner/planner.css";
import "../ui/tabs.css";
import "./police.css";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "wouter";
import { navigate } from "wouter/use-browser-location";
import type { PresenceItem } from "../../server/presence/types.ts";
import { areasQuery, coverageQuery, lagesbildQuery, presenceListQuery } from "../api/queries.ts";
import { RequireRole, usePageRole } from "../auth/require-role.tsx";
import { POLICE } from "../auth/roles.ts";
import { KommunPicker } from "../kommun/kommun-picker.tsx";
import { KommunContext, useWorkKommun } from "../kommun/use-kommun.ts";
import { areaAt, roundPoint } from "../map/place.ts";
import { PeriodPicker } from "../period/period-picker.tsx";
import { useAreaParam, usePeriodParam, useUrlState } from "../url-state/use-url-state.ts";
import type { WorkViewProps } from "../views.tsx";
import { BandPicker, CoverageTab } from "./coverage-tab.tsx";
import { flagsOf, pickWeek, type SeenWeek } from "./follow.ts";
import { mapColours, maxMinutes, yearsOf } from "./heat.ts";
import { LagesbildTab } from "./lagesbild-tab.tsx";
import { policeKeyItems, savedPresence } from "./map-key-items.ts";
import { PoliceMap } from "./police-map.tsx";
import { type PlaceMode, PresenceForm } from "./presence-form.tsx";
import { PresenceImport } from "./presence-import.tsx";
import { PresenceList } from "./presence-list.tsx";

const TABS = ["tackning", "narvaro", "lagesbild"] as const;
type Tab = (typeof TABS)[number];
const isTab = (x: string | undefined): x is Tab => TABS.includes(x as Tab);
/** Presence and coverage stay with the police; the lägesbild is shared with the planners. */
const SHARED_TABS: readonly Tab[] = ["lagesbild"];

export function PoliceView({ meta, work }: WorkViewProps) {
  const { t } = useTranslation();
  const params = useParams<{ tab?: string }>();
  const isPolice = usePageRole() === "police";
  const tabs = isPolice ? TABS : SHARED_TABS;
  const tab: Tab = isTab(params.tab) ? params.tab : (tabs[0] ?? "lagesbild");
  const [period, setPeriod] = usePeriodParam(work.default_period);
  const { params: query, set } = useUrlState();
  const kommun = useWorkKommun(work, { allowAll: true, preferAll: isPolice });
  const k = kommun.choice;
  const areas = useQuery(areasQuery(work.default_period, k));
  const coverage = useQuery({ ...coverageQuery(period, k), enabled: isPolice });
  const overview = useQuery({ ...lagesbildQuery(period, k), enabled: tab === "lagesbild" });
  const band = query.get("band") ?? "weekday-18-24";
  const setBand = (b: string) => set({ band: b });
  const bands = coverage.data?.bands ?? [];
  const shownBand = bands.includes(band) ? band : (bands[0] ?? band);
  const [selected, setSelected] = useAreaParam();
  const [message, setMessage] = useState("");
  const [round, setRound] = useState(0);
  // The presence form's place, kept here because the map sets it.
  const [mode, setMode] = useState<PlaceMode>("point");
  const [point, setPoint] = useState<number[] | null>(null);
  const [route, setRoute] = useState<number[][]>([]);
  const [area, setArea] = useState("");
  const [editing, setEditing] = useState<PresenceItem | null>(null);
  const weekParam = Number(query.get("vecka"));
  const weekId = Number.isInteger(weekParam) && weekParam > 0 ? weekParam : null;
  const setWeekId = (id: number | null) => set({ vecka: id === null ? null : String(id) });
  const [editingWeek, setEditingWeek] = useState<SeenWeek | null>(null);
  const week = pickWeek(overview.data?.weeks ?? [], weekId);

  const done = (msg: string) => {
    setMessage(msg);
    setEditing(null);
    setEditingWeek(null);
    setPoint(null);
    setRoute([]);
    setRound((r) => r + 1);
  };
  const edit = (p: PresenceItem) => {
    setMessage("");
    setEditing(p);
    setMode(p.place.type === "Point" ? "point" : p.place.type === "LineString" ? "route" : "area");
    setPoint(p.place.type === "Point" ? p.place.coordinates : null);
    setRoute(p.place.type === "LineString" ? p.place.coordinates : []);
    setArea(p.place.type === "Area" ? p.place.area_id : "");
    setRound((r) => r + 1);
  };
  const pick =
    tab === "narvaro" && mode !== "area"
      ? (p: [number, number]) => {
          const rounded = roundPoint(p);
          if (mode === "point") setPoint(rounded);
          else setRoute((r) => [...r, rounded]);
        }
      : undefined;
  const pointArea = tab === "narvaro" && point ? areaAt(areas.data, point) : undefined;
  const mapSelected =
    tab === "narvaro"
      ? pointArea
        ? String(pointArea.id)
        : mode === "area"
          ? area || null
          : null
      : selected;
  const words = {
    reached: t("police.lagesbild.reached"),
    notReached: t("police.lagesbild.notReached"),
    pending: t("police.lagesbild.pending"),
  };
  // The presence already logged in the period (the list's own query), drawn on the map as saved.
  const logged = useQuery({
    ...presenceListQuery(period, k),
    enabled: isPolice && tab === "narvaro",
  });
  // The week's flags on the areas shown (the kommun chosen, or the whole area).
  const shownIds = new Set((areas.data?.features ?? []).map((f) => String(f.id)));
  const flags = tab === "lagesbild" ? flagsOf(week, words).filter((f) => shownIds.has(f.id)) : [];
  const saved = tab === "narvaro" ? savedPresence(logged.data?.items ?? []) : undefined;
  const keyItems = policeKeyItems(t, {
    tab,
    heatMax: coverage.data ? maxMinutes(coverage.data.areas, [shownBand]) : null,
    mode,
    selected: mapSelected !== null,
  });

  // A planner who follows a link to the presence log or coverage gets the role message.
  if (!tabs.includes(tab)) return <RequireRole roles={POLICE}>{null}</RequireRole>;

  return (
    <KommunContext.Provider value={k}>
      <main className="planner police" data-testid="police-view" data-tab={tab}>
        <section className="planner__side" aria-labelledby="police-title">
          <h2 id="police-title">{t("police.title")}</h2>
          <p className="muted">{t("police.internal")}</p>
          <KommunPicker
            kommuner={kommun.kommuner}
            value={k}
            onChange={(next) => {
              done("");
              setArea("");
              // A week's flags belong to every kommun: the week chosen stays.
              kommun.setChoice(next);
            }}
            allowAll={kommun.allowAll}
          />
          <nav aria-label={t("police.tabs.label")} className="tabs">
            {tabs.map((x) => (
              <Link
                key={x}
                href={`/polis/${x}`}
                className="tabs__tab"
                data-testid={`police-tab-${x}`}
                aria-current={x === tab ? "page" : undefined}
                onClick={(e) => {
                  // Keep the period and band (the query) and the map's camera (the hash).
                  e.preventDefault();
                  done("");
                  navigate(`/polis/${x}${window.location.search}${window.location.hash}`);
                }}
              >
                {t(`police.tabs.${x}`)}
              </Link>
            ))}
          </nav>
          {tab !== "narvaro" && (
            <details className="police-period">
              <summary>
                {t("period.legend")}: {period.from}–{period.to}
              </summary>
              <PeriodPicker
                range={work.data_range}
                period={period}
                onChange={setPeriod}
                serverError={(coverage.error ?? overview.error)?.message ?? null}
              />
            </details>
          )}
          {message && (
            <p className="record-message" role="status" data-testid="police-message">
              {message}
            </p>
          )}
          {tab === "tackning" && (
            <CoverageTab
              table={coverage.data}
              band={shownBand}
              onBand={setBand}
              selected={selected}
              onSelect={setSelected}
              years={yearsOf(work.data_range)}
            />
          )}
          {tab === "narvaro" && (
            <>
              <h3>
                {editing
                  ? t("police.presence.editTitle", { id: editing.id })
                  : t("police.presence.newTitle")}
              </h3>
              <PresenceForm
                key={`presence-${round}`}
                areas={areas.data}
                editing={editing}
                mode={mode}
                setMode={(m) => {
                  setMode(m);
                  setPoint(null);
                  setRoute([]);
                }}
                point={point}
                setPoint={setPoint}
                route={route}
                setRoute={setRoute}
                area={area}
                setArea={setArea}
                onDone={done}
              />
              <PresenceImport onDone={done} />
              <PresenceList period={period} areas={areas.data} onEdit={edit} onDone={done} />
            </>
          )}
          {tab === "lagesbild" && isPolice && (
            <BandPicker table={coverage.data} band={shownBand} onBand={setBand} />
          )}
          {tab === "lagesbild" && (
            <LagesbildTab
              data={overview.data}
              areas={areas.data}
              week={week}
              onWeek={setWeekId}
              editing={editingWeek}
              onEdit={(w) => {
                setEditingWeek(w);
                setRound((r) => r + 1);
              }}
              formKey={`lb-${round}`}
              onDone={done}
              kommuner={kommun.kommuner}
              kommun={k}
            />
          )}
        </section>
        <div className="planner__map">
          <PoliceMap
            meta={meta}
            areas={areas.data}
            label={t("police.mapLabel")}
            selectedId={mapSelected}
            onSelect={(id) => {
              if (tab === "narvaro" && mode === "area") setArea(id);
              else if (tab !== "narvaro") setSelected(id);
            }}
            colours={coverage.data ? mapColours(coverage.data.areas, shownBand) : {}}
            flags={flags}
            onPick={pick}
            point={tab === "narvaro" && mode === "point" ? point : null}
            route={tab === "narvaro" && mode === "route" ? route : []}
            saved={saved}
            keyItems={keyItems}
          />
        </div>
      </main>
    </KommunContext.Provider>
  );
}
