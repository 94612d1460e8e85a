// The records of one kind (newest first, the chosen area's when one is chosen), each with edit and
// delete. A delete asks first; the server keeps the row for the history (soft delete).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { DnaKitRecord } from "../../server/dna-kits/schema.ts";
import type { VisitRecord } from "../../server/visits/schema.ts";
import type { WatchGroupRecord } from "../../server/watch-groups/schema.ts";
import { dnaKitsQuery, RECORD_KEYS, visitsQuery, watchGroupsQuery } from "../api/queries.ts";
import { formatDate } from "../i18n/format.ts";
import { currentLang } from "../i18n/i18n.ts";
import { useKommunScope } from "../kommun/use-kommun.ts";
import { deleteRecord } from "./save.ts";

export type Tab = "mote" | "vandring" | "grupp" | "markdna";
export type Editable =
  | { tab: "mote" | "vandring"; record: VisitRecord }
  | { tab: "grupp"; record: WatchGroupRecord }
  | { tab: "markdna"; record: DnaKitRecord };

interface Item {
  id: number;
  date: string;
  area: string;
  areaId: string;
  what: string;
  locked?: string;
  edit: Editable;
}

const LIMIT = 15;

function useItems(tab: Tab): Item[] | undefined {
  const { t } = useTranslation();
  // The kommun the view records in: its records only.
  const kommun = useKommunScope();
  const visits = useQuery({
    ...visitsQuery({}, kommun),
    enabled: tab === "mote" || tab === "vandring",
  });
  const groups = useQuery({ ...watchGroupsQuery(kommun), enabled: tab === "grupp" });
  const kits = useQuery({ ...dnaKitsQuery(kommun), enabled: tab === "markdna" });
  if (tab === "grupp") {
    return groups.data?.watch_groups.map((g) => ({
      id: g.id,
      date: g.started_on,
      area: g.area_name,
      areaId: g.area_id,
      what: `${g.name} (${t(`groupStatus.${g.status}`)}, ${g.households})`,
      edit: { tab, record: g },
    }));
  }
  if (tab === "markdna") {
    return kits.data?.dna_kits.map((k) => ({
      id: k.id,
      date: k.handed_out_on,
      area: k.area_name,
      areaId: k.area_id,
      what: `${k.kits} kit`,
      ...(k.visit_id ? { locked: t("planner.record.fromSession", { id: k.visit_id }) } : {}),
      edit: { tab, record: k },
    }));
  }
  const walk = tab === "vandring";
  return visits.data?.visits
    .filter((v) => (v.kind === "safety_walk") === walk)
    .map((v) => ({
      id: v.id,
      date: v.date,
      area: v.area_name,
      areaId: v.area_id,
      what: `${t(`visitKind.${v.kind}`)}${v.attendees !== null ? `, ${v.attendees}` : ""}`,
      edit: { tab, record: v },
    }));
}

const KIND = {
  mote: "visit",
  vandring: "visit",
  grupp: "watch-group",
  markdna: "dna-kit",
} as const;
const remove = (edit: Editable) => deleteRecord(KIND[edit.tab], edit.record.id);

export function RecordList(props: {
  tab: Tab;
  areaId: string;
  onEdit: (e: Editable) => void;
  onDone: (message: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  const client = useQueryClient();
  const items = useItems(props.tab);
  const [limit, setLimit] = useState(LIMIT);
  const del = useMutation({
    mutationFn: remove,
    onSuccess: async () => {
      await Promise.all(RECORD_KEYS.map((queryKey) => client.invalidateQueries({ queryKey })));
      props.onDone(t("planner.record.deleted"));
    },
    onError: (err) => props.onDone(err.message),
  });
  const all = (items ?? []).filter((i) => !props.areaId || i.areaId === props.areaId);
  const shown = all.sort((a, b) => b.date.localeCompare(a.date) || b.id - a.id).slice(0, limit);
  return (
    <section className="record-list" aria-labelledby="record-list-title">
      <h3 id="record-list-title">{t("planner.record.recent")}</h3>
      {!items && <p role="status">{t("app.loadingData")}</p>}
      {items && shown.length === 0 && <p className="muted">{t("planner.record.none")}</p>}
      <ul>
        {shown.map((i) => (
          <li key={i.id} data-testid="record-item" data-id={i.id}>
            <span>
              {formatDate(i.date, lang)} · <strong>{i.area}</strong> · {i.what}
              {i.locked && <span className="muted"> · {i.locked}</span>}
            </span>
            {!i.locked && (
              <span className="record-list__actions">
                <button type="button" className="text-button" onClick={() => props.onEdit(i.edit)}>
                  {t("planner.record.edit")}
                </button>
                <button
                  type="button"
                  className="text-button"
                  data-testid="record-delete"
                  onClick={() => {
                    const what = `${i.what} – ${i.area}, ${formatDate(i.date, lang)}`;
                    if (window.confirm(t("planner.record.confirmDelete", { what })))
                      del.mutate(i.edit);
                  }}
                >
                  {t("planner.record.delete")}
                </button>
              </span>
            )}
          </li>
        ))}
      </ul>
      {all.length > shown.length && (
        <button type="button" className="text-button" onClick={() => setLimit((n) => n + LIMIT)}>
          {t("planner.record.more", { count: all.length - shown.length })}
        </button>
      )}
    </section>
  );
}
