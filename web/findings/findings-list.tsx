// The follow-up list of safety-walk findings on /uppfoljning (planners): overdue first, filtered
// by status, area and owner (kept in the URL, so the list can be sent as a link), downloadable as
// CSV; each open finding is closed here with the date and what was done, a closed one reopened.
import "./findings.css";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  FINDING_FILTERS,
  type FindingFilter,
  type FindingItem,
} from "../../server/findings/schema.ts";
import { api, unwrap } from "../api/client.ts";
import { findingsQuery } from "../api/queries.ts";
import { WordedField } from "../forms/field.tsx";
import { formatDate } from "../i18n/format.ts";
import { currentLang } from "../i18n/i18n.ts";
import { useKommunScope } from "../kommun/use-kommun.ts";
import { useUrlState } from "../url-state/use-url-state.ts";
import { CloseForm, FINDING_KEYS } from "./close-form.tsx";
import { exportHref, findingCounts, findingQuery, findingView, viewChanges } from "./filter.ts";

function FindingRow({ f, onMessage }: { f: FindingItem; onMessage: (m: string) => void }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  const client = useQueryClient();
  const [closing, setClosing] = useState(false);
  const reopen = useMutation({
    mutationFn: async () =>
      unwrap(await api.findings[":id"].reopen.$post({ param: { id: String(f.id) } })),
    onSuccess: async () => {
      await Promise.all(FINDING_KEYS.map((queryKey) => client.invalidateQueries({ queryKey })));
      onMessage(t("findings.reopenedMessage"));
    },
    onError: (e) => onMessage(e.message),
  });
  const state = f.status === "done" ? "done" : f.overdue ? "overdue" : "open";
  return (
    <li className="finding-item" data-testid="finding-item" data-id={f.id} data-state={state}>
      <p className="finding-item__text">
        <strong>{f.text}</strong>
      </p>
      <p className="finding-item__meta muted">
        {f.area_name} · {t("findings.walk", { date: formatDate(f.walk_date, lang) })} ·{" "}
        {t("findings.ownerIs", { owner: f.owner })}
      </p>
      <p className="finding-item__state">
        {/* The state is said in words and marked by a symbol, never by colour alone. */}
        <span className={`finding-badge finding-badge--${state}`} data-testid="finding-state">
          <span aria-hidden="true">
            {state === "overdue" ? "⚠ " : state === "done" ? "✓ " : "○ "}
          </span>
          {state === "overdue"
            ? t("findings.overdue")
            : state === "done"
              ? t("findings.closed", {
                  date: f.closed_on ? formatDate(f.closed_on, lang) : "–",
                })
              : t("findings.open")}
        </span>{" "}
        {f.status === "open" &&
          (f.due_on
            ? t("findings.due", { date: formatDate(f.due_on, lang) })
            : t("findings.noDue"))}
        {f.status === "done" && f.closed_note && (
          <span data-testid="finding-note">: {f.closed_note}</span>
        )}
      </p>
      {f.status === "open" && !closing && (
        <button type="button" onClick={() => setClosing(true)} data-testid="finding-close">
          {t("findings.close")}
        </button>
      )}
      {f.status === "open" && closing && (
        <CloseForm
          id={f.id}
          onClosed={() => {
            setClosing(false);
            onMessage(t("findings.closedMessage"));
          }}
          onCancel={() => setClosing(false)}
        />
      )}
      {f.status === "done" && (
        <button
          type="button"
          className="text-button"
          disabled={reopen.isPending}
          onClick={() => reopen.mutate()}
          data-testid="finding-reopen"
        >
          {t("findings.reopen")}
        </button>
      )}
    </li>
  );
}

export function FindingsList() {
  const { t } = useTranslation();
  const { params, set } = useUrlState();
  const view = findingView(params);
  // The kommun the view around shows (the follow-up's): its findings only.
  const kommun = useKommunScope();
  const list = useQuery(findingsQuery(findingQuery(view), kommun));
  // Every finding, for the counts and the area filter's choices (the same query the API caches).
  const all = useQuery(findingsQuery({ status: "all" }, kommun));
  const [message, setMessage] = useState("");
  const counts = all.data ? findingCounts(all.data.findings) : null;
  const areas = [
    ...new Map((all.data?.findings ?? []).map((f) => [f.area_id, f.area_name])).entries(),
  ].sort((a, b) => a[1].localeCompare(b[1], "sv"));
  const shown = list.data?.findings ?? [];

  return (
    <section
      className="findings-list"
      aria-labelledby="findings-title"
      data-testid="findings-list"
      data-loading={list.isFetching}
    >
      <h3 id="findings-title">{t("findings.title")}</h3>
      <p className="muted">{t("findings.intro")}</p>
      {counts && (
        <p data-testid="findings-summary">
          {t("findings.summary", { open: counts.open, overdue: counts.overdue, done: counts.done })}
        </p>
      )}
      <fieldset className="findings-filters">
        <legend>{t("findings.filters")}</legend>
        <WordedField label={t("findings.status")} name="findings-status">
          <select
            value={view.status}
            onChange={(e) => set(viewChanges({ status: e.target.value as FindingFilter }))}
          >
            {FINDING_FILTERS.map((s) => (
              <option key={s} value={s}>
                {t(`findings.statuses.${s}`)}
              </option>
            ))}
          </select>
        </WordedField>
        <WordedField label={t("findings.area")} name="findings-area">
          <select value={view.area} onChange={(e) => set(viewChanges({ area: e.target.value }))}>
            <option value="">{t("findings.allAreas")}</option>
            {areas.map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </WordedField>
        <WordedField label={t("findings.owner")} name="findings-owner">
          <input
            value={view.owner}
            list="findings-owners"
            autoComplete="off"
            onChange={(e) => set(viewChanges({ owner: e.target.value }))}
          />
        </WordedField>
        <datalist id="findings-owners">
          {(all.data?.owners ?? []).map((o) => (
            <option key={o} value={o} />
          ))}
        </datalist>
      </fieldset>
      <p>
        <a href={exportHref(view)} download data-testid="findings-export">
          {t("findings.export")}
        </a>
      </p>
      {message && (
        <p role="status" className="record-message" data-testid="findings-message">
          {message}
        </p>
      )}
      {list.isPending && <p role="status">{t("findings.loading")}</p>}
      {list.isError && (
        <p role="alert" className="form-error">
          {t("app.loadError", { message: list.error.message })}
        </p>
      )}
      {list.data &&
        (shown.length === 0 ? (
          <p className="muted" data-testid="findings-none">
            {t("findings.none")}
          </p>
        ) : (
          <>
            <p className="visually-hidden" role="status">
              {t("findings.shown", { count: shown.length })}
            </p>
            <ul className="finding-items">
              {shown.map((f) => (
                <FindingRow key={f.id} f={f} onMessage={setMessage} />
              ))}
            </ul>
          </>
        ))}
    </section>
  );
}
