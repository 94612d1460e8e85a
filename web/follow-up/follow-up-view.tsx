// /uppfoljning (planners and police): each promise's progress from /api/promises/progress with the
// activities behind every count; planners also edit a promise, create the next period and log app
// messages, and chase the safety walks' findings (open and closed, overdue first) from one list.
// Police read it only: no edit buttons or forms, no visit list and no findings (planners' data).
// Each kommun has its own promises: one kommun at a time (?kommun=), chosen by whoever covers more.
import "../promises/promises.css";
import "./follow-up.css";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { PromiseRecord } from "../../server/promises/repo.ts";
import type { VisitTopic } from "../../server/visits/schema.ts";
import { findingsQuery, messagesQuery, promiseProgressQuery, visitsQuery } from "../api/queries.ts";
import { usePageRole } from "../auth/require-role.tsx";
import { mayUse, PLANNING } from "../auth/roles.ts";
import { findingCounts, findingsByWalk } from "../findings/filter.ts";
import { FindingsList } from "../findings/findings-list.tsx";
import { currentLang } from "../i18n/i18n.ts";
import { KommunPicker } from "../kommun/kommun-picker.tsx";
import { KommunContext, useWorkKommun } from "../kommun/use-kommun.ts";
import { StatusBadge } from "../promises/status-badge.tsx";
import type { WorkViewProps } from "../views.tsx";
import { evidenceRows } from "./evidence.ts";
import { MessageForm } from "./message-form.tsx";
import { PeriodForm } from "./period-form.tsx";
import { PromiseForm } from "./promise-form.tsx";

export function FollowUpView({ work }: WorkViewProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  const canEdit = mayUse(PLANNING, usePageRole());
  const kommun = useWorkKommun(work, { allowAll: false });
  const k = kommun.choice;
  const progress = useQuery(promiseProgressQuery(k));
  const visits = useQuery({ ...visitsQuery({}, k), enabled: canEdit });
  const messages = useQuery(messagesQuery(k));
  const findings = useQuery({ ...findingsQuery({ status: "all" }, k), enabled: canEdit });
  const byWalk = findingsByWalk(findings.data?.findings ?? []);
  const walkNote = (id: number) => {
    const c = byWalk.get(id);
    return c ? t("findings.walkFindings", c) : null;
  };
  const [editing, setEditing] = useState<PromiseRecord | null>(null);
  const p = progress.data;
  const title = (x: PromiseRecord) => (lang === "sv" ? x.title_sv : x.title_en);
  return (
    <KommunContext.Provider value={k}>
      <main className="page follow-up" data-testid="follow-up-view">
        <h2>{t("pub.followUp.title")}</h2>
        <KommunPicker
          kommuner={kommun.kommuner}
          value={k}
          onChange={(next) => {
            setEditing(null);
            kommun.setChoice(next);
          }}
          allowAll={false}
        />
        {progress.isPending && <p role="status">{t("app.loading")}</p>}
        {progress.isError && (
          <p role="alert" className="form-error">
            {t("app.loadError", { message: progress.error.message })}
          </p>
        )}
        {p && (
          <>
            <p className="muted">{p.period.name}</p>
            {findings.data && (
              <p data-testid="findings-jump">
                <a href="#findings-title">
                  {t("findings.jump", { ...findingCounts(findings.data.findings) })}
                </a>
              </p>
            )}
            <h3>{t("pub.followUp.progress")}</h3>
            <ul className="promise-list">
              {p.activities.map(({ promise, progress: pr, source }) => {
                const rows = evidenceRows(
                  source,
                  pr,
                  canEdit ? (visits.data?.visits ?? []) : undefined,
                  messages.data?.messages ?? [],
                  (topic) => t(`visitTopic.${topic as VisitTopic}`),
                  walkNote,
                );
                return (
                  <li key={promise.id} className="promise" data-testid="follow-promise">
                    <div className="promise__head">
                      <strong>{title(promise)}</strong>
                      <StatusBadge status={pr.status} />
                    </div>
                    <p className="promise__figures">
                      {t("pub.followUp.doneOf", { done: pr.done, target: pr.target })}{" "}
                      {canEdit && (
                        <button
                          type="button"
                          className="text-button"
                          onClick={() => setEditing(promise)}
                        >
                          {t("pub.followUp.edit")}
                        </button>
                      )}
                    </p>
                    <details data-testid="evidence">
                      <summary>{t("pub.followUp.evidence", { count: pr.ids.length })}</summary>
                      {(source === "visits" && canEdit && visits.isPending) ||
                      (source === "messages" && messages.isPending) ? (
                        <p role="status">{t("app.loadingData")}</p>
                      ) : rows.length === 0 ? (
                        <p className="muted">{t("pub.followUp.noEvidence")}</p>
                      ) : (
                        <ul className="evidence">
                          {rows.map((r) => (
                            <li key={`${r.date}-${r.id}`} data-evidence-id={r.id}>
                              {r.date} {r.text}
                            </li>
                          ))}
                        </ul>
                      )}
                    </details>
                    {editing?.id === promise.id && (
                      <PromiseForm promise={promise} onClose={() => setEditing(null)} />
                    )}
                  </li>
                );
              })}
              {p.goals.map(({ promise, status }) => (
                <li key={promise.id} className="promise" data-testid="follow-goal">
                  <div className="promise__head">
                    <strong>{title(promise)}</strong>
                    <StatusBadge status={status} />
                  </div>
                  {canEdit && (
                    <button
                      type="button"
                      className="text-button"
                      onClick={() => setEditing(promise)}
                    >
                      {t("pub.followUp.edit")}
                    </button>
                  )}
                  {editing?.id === promise.id && (
                    <PromiseForm promise={promise} onClose={() => setEditing(null)} />
                  )}
                </li>
              ))}
            </ul>
            {canEdit && <FindingsList />}
            {canEdit && (
              <div className="follow-forms">
                <PeriodForm current={p.period} kommun={kommun} />
                <MessageForm kommun={kommun} />
              </div>
            )}
          </>
        )}
      </main>
    </KommunContext.Provider>
  );
}
