// /registrera?typ=mote|vandring|grupp|markdna&omrade=<id>: the recording forms beside the map.
// A click on the map places a session's point or adds a point to a walk's route; the list below
// the form edits and deletes what is already recorded, and the map shows it (saved sessions'
// points, walks' routes), so a save is seen where it was made. Someone who works for more than one
// kommun records in one at a time (?kommun=): its areas on the map and in the forms, its records
// in the list.
import "../planner/planner.css";
import "../ui/tabs.css";
import "./recording.css";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import type { VisitDetail } from "../../server/visits/schema.ts";
import { areasQuery, visitQuery, visitsQuery } from "../api/queries.ts";
import { KOMMUN_PARAM } from "../kommun/kommun.ts";
import { KommunPicker } from "../kommun/kommun-picker.tsx";
import { KommunContext, useWorkKommun } from "../kommun/use-kommun.ts";
import { savedKey, sketchKey } from "../map/key-items.ts";
import type { KeyItem } from "../map/map-key.tsx";
import { areaAt, roundPoint } from "../map/place.ts";
import { PlannerMap } from "../planner/planner-map.tsx";
import { savedVisits } from "../planner/saved.ts";
import { choiceIn } from "../url-state/url-state.ts";
import { useAreaParam, useUrlState } from "../url-state/use-url-state.ts";
import type { WorkViewProps } from "../views.tsx";
import { GroupForm } from "./group-form.tsx";
import { KitsForm } from "./kits-form.tsx";
import { type Editable, RecordList, type Tab } from "./record-list.tsx";
import { SessionForm } from "./session-form.tsx";
import { WalkForm } from "./walk-form.tsx";

const TABS: { tab: Tab; key: "session" | "walk" | "group" | "kits" }[] = [
  { tab: "mote", key: "session" },
  { tab: "vandring", key: "walk" },
  { tab: "grupp", key: "group" },
  { tab: "markdna", key: "kits" },
];
const TAB_NAMES = TABS.map((x) => x.tab);

export function RecordView({ meta, work }: WorkViewProps) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const { params } = useUrlState();
  const tab = choiceIn<Tab>(params.get("typ"), TAB_NAMES, "mote");
  const [chosenArea, setChosenArea] = useAreaParam();
  const areaId = chosenArea ?? "";
  const kommun = useWorkKommun(work, { allowAll: false });
  const areas = useQuery(areasQuery(work.default_period, kommun.choice));
  const [point, setPoint] = useState<number[] | null>(null);
  const [route, setRoute] = useState<number[][]>([]);
  const [editing, setEditing] = useState<{ edit: Editable; detail?: VisitDetail } | null>(null);
  const [message, setMessage] = useState("");
  const [round, setRound] = useState(0);

  const done = (msg: string) => {
    setMessage(msg);
    setEditing(null);
    setPoint(null);
    setRoute([]);
    setRound((r) => r + 1);
  };
  const edit = async (e: Editable) => {
    setMessage("");
    if (e.tab === "mote" || e.tab === "vandring") {
      const detail = await client.fetchQuery(visitQuery(e.record.id));
      setPoint(detail.lon !== null && detail.lat !== null ? [detail.lon, detail.lat] : null);
      setRoute(detail.route?.coordinates ?? []);
      setEditing({ edit: e, detail });
    } else setEditing({ edit: e });
    setRound((r) => r + 1);
  };
  const pick = (p: [number, number]) => {
    const rounded = roundPoint(p);
    if (tab === "mote") setPoint(rounded);
    if (tab === "vandring") setRoute((r) => [...r, rounded]);
  };
  const pointArea = point ? areaAt(areas.data, point) : undefined;
  const formArea = pointArea ? String(pointArea.id) : areaId;
  const what = t(`planner.record.${TABS.find((x) => x.tab === tab)?.key ?? "session"}`);
  // The chosen area goes into the link (and onto the map) as the form's area changes.
  const onArea = (id: string) => setChosenArea(id || null);
  const common = { areas: areas.data, initialArea: areaId, onDone: done, onArea };
  // The same query as the list below: what is recorded, drawn on the map as saved.
  const visits = useQuery({
    ...visitsQuery({}, kommun.choice),
    enabled: tab === "mote" || tab === "vandring",
  });
  const walks = tab === "vandring";
  const saved =
    tab === "mote" || walks
      ? savedVisits(visits.data?.visits ?? [], walks, formArea || areaId)
      : undefined;
  const keyItems: KeyItem[] = [
    ...(saved
      ? [
          walks
            ? savedKey("line", t("legend.savedWalks"))
            : savedKey("point", t("legend.savedSessions")),
        ]
      : []),
    ...(tab === "mote" ? [sketchKey("point", t("legend.point"))] : []),
    ...(walks ? [sketchKey("route", t("legend.route"))] : []),
  ];

  const key = `${tab}-${round}`;
  const ed = editing?.edit.tab === tab ? editing : null;

  return (
    <KommunContext.Provider value={kommun.choice}>
      <main className="planner" data-testid="record-view">
        <section className="planner__side" aria-labelledby="record-title">
          <h2 id="record-title">{t("planner.record.title")}</h2>
          <KommunPicker
            kommuner={kommun.kommuner}
            value={kommun.choice}
            onChange={(k) => {
              done("");
              kommun.setChoice(k);
            }}
            allowAll={false}
          />
          <nav aria-label={t("planner.record.kinds")} className="tabs">
            {TABS.map((x) => (
              <Link
                key={x.tab}
                href={`/registrera?typ=${x.tab}&${KOMMUN_PARAM}=${kommun.choice}${areaId ? `&omrade=${encodeURIComponent(areaId)}` : ""}`}
                className="tabs__tab"
                data-testid={`tab-${x.tab}`}
                aria-current={x.tab === tab ? "page" : undefined}
                onClick={() => done("")}
              >
                {t(`planner.record.${x.key}`)}
              </Link>
            ))}
          </nav>
          <h3>
            {ed
              ? t("planner.record.editTitle", { what, id: ed.edit.record.id })
              : t("planner.record.newTitle", { what })}
          </h3>
          {message && (
            <p className="record-message" role="status" data-testid="record-message">
              {message}
            </p>
          )}
          {tab === "mote" && (
            <SessionForm
              key={key}
              {...common}
              point={point}
              setPoint={setPoint}
              editing={ed?.detail ?? null}
            />
          )}
          {tab === "vandring" && (
            <WalkForm
              key={key}
              {...common}
              route={route}
              setRoute={setRoute}
              editing={ed?.detail ?? null}
            />
          )}
          {tab === "grupp" && (
            <GroupForm
              key={key}
              {...common}
              editing={ed?.edit.tab === "grupp" ? ed.edit.record : null}
            />
          )}
          {tab === "markdna" && (
            <KitsForm
              key={key}
              {...common}
              editing={ed?.edit.tab === "markdna" ? ed.edit.record : null}
            />
          )}
          <RecordList tab={tab} areaId={areaId} onEdit={(e) => void edit(e)} onDone={done} />
        </section>
        <div className="planner__map">
          <PlannerMap
            meta={meta}
            areas={areas.data}
            label={t("planner.record.mapLabel")}
            selectedId={formArea || null}
            onSelect={() => undefined}
            onPick={pick}
            point={tab === "mote" ? point : null}
            route={tab === "vandring" ? route : []}
            {...(saved ? { saved } : {})}
            keyItems={keyItems}
          />
        </div>
      </main>
    </KommunContext.Provider>
  );
}
