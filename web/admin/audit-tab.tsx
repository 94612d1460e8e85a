// The audit log: filters (who, what, kind of record, date range), newest first, "show older"
// pages by the last id; each entry's detail as key–value lines.
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { WordedField } from "../recording/field.tsx";
import {
  AUDIT_ACTIONS,
  AUDIT_ENTITIES,
  auditParams,
  detailLines,
  EMPTY_FILTER,
  filterErrors,
} from "./audit-filter.ts";
import { Cell } from "./cell.tsx";
import { formatAt } from "./format.ts";
import { accountsQuery, auditQuery } from "./queries.ts";
import type { AuditEntry, AuditFilter } from "./types.ts";
import { useLang } from "./use-lang.ts";

function Detail({ detail }: { detail: unknown }) {
  const { t } = useTranslation();
  const lines = detailLines(detail);
  if (lines.length === 0) return <span className="muted">{t("admin.audit.noDetail")}</span>;
  return (
    <dl className="admin-detail">
      {lines.map((l, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines of one fixed detail
        <div key={i}>
          {l.key && <dt>{l.key}</dt>}
          <dd>{l.value}</dd>
        </div>
      ))}
    </dl>
  );
}

function EntryRow({ entry: e }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <tr data-testid="audit-row" data-action={e.action} data-entity={e.entity}>
      <Cell label={t("admin.audit.at")}>
        <time dateTime={e.at}>{formatAt(e.at, lang)}</time>
      </Cell>
      <Cell label={t("admin.audit.actor")}>{e.actor ?? t("admin.audit.system")}</Cell>
      <Cell label={t("admin.audit.action")}>{e.action}</Cell>
      <Cell label={t("admin.audit.entity")}>{e.entity}</Cell>
      <Cell label={t("admin.audit.entityId")}>{e.entity_id ?? "–"}</Cell>
      <Cell label={t("admin.audit.detail")}>
        <Detail detail={e.detail} />
      </Cell>
      <Cell label={t("admin.audit.remote")}>{e.remote ?? "–"}</Cell>
    </tr>
  );
}

export function AuditTab() {
  const { t } = useTranslation();
  const [form, setForm] = useState<AuditFilter>(EMPTY_FILTER);
  const [applied, setApplied] = useState<AuditFilter>(EMPTY_FILTER);
  const [errors, setErrors] = useState<ReturnType<typeof filterErrors>>({});
  const log = useInfiniteQuery(auditQuery(applied));
  const entries = log.data?.pages.flatMap((p) => p.entries) ?? [];
  const accounts = useQuery(accountsQuery());
  const suggestions: Record<keyof AuditFilter, readonly string[]> = {
    actor: ["anonymous", ...(accounts.data?.accounts.map((a) => a.username) ?? [])],
    action: AUDIT_ACTIONS,
    entity: AUDIT_ENTITIES,
    from: [],
    to: [],
  };

  const set = (key: keyof AuditFilter) => (value: string) =>
    setForm((f) => ({ ...f, [key]: value }));
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const found = filterErrors(form);
    setErrors(found);
    if (Object.keys(found).length === 0) setApplied(form);
  };
  const clear = () => {
    setForm(EMPTY_FILTER);
    setErrors({});
    setApplied(EMPTY_FILTER);
  };
  const errorOf = (key: keyof AuditFilter) => {
    const found = key === "from" || key === "to" ? errors[key] : undefined;
    return found ? t(`admin.audit.${found}`) : undefined;
  };
  const text = (key: keyof AuditFilter, type = "text") => (
    <WordedField label={t(`admin.audit.${key}`)} name={`audit-${key}`} error={errorOf(key)}>
      <input
        type={type}
        value={form[key]}
        autoComplete="off"
        list={suggestions[key].length ? `audit-${key}-list` : undefined}
        onChange={(e) => set(key)(e.target.value)}
      />
    </WordedField>
  );
  const lists = (["actor", "action", "entity"] as const).map((key) => (
    <datalist key={key} id={`audit-${key}-list`}>
      {suggestions[key].map((v) => (
        <option key={v} value={v} />
      ))}
    </datalist>
  ));

  return (
    <div
      className="admin-section"
      data-testid="admin-audit"
      data-filter={new URLSearchParams(auditParams(applied)).toString()}
      data-loading={log.isFetching}
    >
      <p className="admin-intro">{t("admin.audit.intro")}</p>
      <form className="admin-filters" onSubmit={onSubmit} noValidate data-testid="audit-filters">
        <fieldset>
          <legend>{t("admin.audit.filters")}</legend>
          <div className="admin-filters__grid">
            {text("actor")}
            {text("action")}
            {text("entity")}
            {text("from", "date")}
            {text("to", "date")}
          </div>
          {lists}
          <div className="admin-actions">
            <button type="submit" data-testid="audit-apply">
              {t("admin.audit.apply")}
            </button>
            <button type="button" onClick={clear}>
              {t("admin.audit.clear")}
            </button>
          </div>
        </fieldset>
      </form>
      {log.isPending && <p role="status">{t("admin.loading")}</p>}
      {log.isError && (
        <p role="alert" className="form-error">
          {t("app.loadError", { message: log.error.message })}
        </p>
      )}
      {log.data && (
        <>
          <p role="status" className="muted" data-testid="audit-count">
            {entries.length === 0
              ? t("admin.audit.none")
              : t("admin.audit.shown", { count: entries.length })}
          </p>
          {entries.length > 0 && (
            <div className="admin-scroll">
              <table className="admin-table admin-table--audit" data-testid="audit-table">
                <caption>{t("admin.audit.table")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("admin.audit.at")}</th>
                    <th scope="col">{t("admin.audit.actor")}</th>
                    <th scope="col">{t("admin.audit.action")}</th>
                    <th scope="col">{t("admin.audit.entity")}</th>
                    <th scope="col">{t("admin.audit.entityId")}</th>
                    <th scope="col">{t("admin.audit.detail")}</th>
                    <th scope="col">{t("admin.audit.remote")}</th>
                  </tr>
                </thead>
                <tbody>
                  {entries.map((e) => (
                    <EntryRow key={e.id} entry={e} />
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {log.hasNextPage ? (
            <button
              type="button"
              disabled={log.isFetchingNextPage}
              onClick={() => log.fetchNextPage()}
              data-testid="audit-older"
            >
              {t("admin.audit.older")}
            </button>
          ) : (
            entries.length > 0 && <p className="muted">{t("admin.audit.end")}</p>
          )}
        </>
      )}
    </div>
  );
}
