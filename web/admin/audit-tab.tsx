// The audit log: a search by the words a person types (parts of names, Swedish or English event
// names) and a date range, kept in the URL so a search can be sent as a link; newest first, each
// entry as a sentence (who did what to which record) with its detail as key–value lines, "show
// older" pages by the last id.
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { WordedField } from "../forms/field.tsx";
import { useUrlState } from "../url-state/use-url-state.ts";
import {
  auditParams,
  detailLines,
  EMPTY_FILTER,
  filterErrors,
  filterFromParams,
} from "./audit-filter.ts";
import { auditSentence } from "./audit-sentence.ts";
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

function EntryRow({ entry: e, nameOf }: { entry: AuditEntry; nameOf: (u: string) => string }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <tr data-testid="audit-row" data-action={e.action} data-entity={e.entity}>
      <Cell label={t("admin.audit.at")}>
        <time dateTime={e.at}>{formatAt(e.at, lang)}</time>
      </Cell>
      <Cell label={t("admin.audit.event")}>
        <span data-testid="audit-sentence">{auditSentence(e, lang, nameOf)}</span>
      </Cell>
      <Cell label={t("admin.audit.detail")}>
        <Detail detail={e.detail} />
      </Cell>
      <Cell label={t("admin.audit.remote")}>{e.remote ?? "–"}</Cell>
    </tr>
  );
}

export function AuditTab() {
  const { t } = useTranslation();
  const { params, set } = useUrlState();
  const applied = filterFromParams(params);
  const appliedKey = new URLSearchParams(auditParams(applied)).toString();
  const [form, setForm] = useState<AuditFilter>(applied);
  const [errors, setErrors] = useState<ReturnType<typeof filterErrors>>({});
  // A link or the back button changes the search: the form shows what is applied.
  useEffect(() => setForm(filterFromParams(new URLSearchParams(appliedKey))), [appliedKey]);
  const log = useInfiniteQuery(auditQuery(applied));
  const entries = log.data?.pages.flatMap((p) => p.entries) ?? [];
  const accounts = useQuery(accountsQuery());
  const names = new Map(
    (accounts.data?.accounts ?? []).map((a) => [
      a.username,
      a.display_name ? `${a.display_name} (${a.username})` : a.username,
    ]),
  );
  const nameOf = (u: string) => names.get(u) ?? u;

  const set1 = (key: keyof AuditFilter) => (value: string) =>
    setForm((f) => ({ ...f, [key]: value }));
  const apply = (filter: AuditFilter) => {
    const on = auditParams(filter);
    set({ q: on.q ?? null, from: on.from ?? null, to: on.to ?? null });
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const found = filterErrors(form);
    setErrors(found);
    if (Object.keys(found).length === 0) apply(form);
  };
  const clear = () => {
    setForm(EMPTY_FILTER);
    setErrors({});
    apply(EMPTY_FILTER);
  };
  const errorOf = (key: keyof AuditFilter) => {
    const found = key === "from" || key === "to" ? errors[key] : undefined;
    return found ? t(`admin.audit.${found}`) : undefined;
  };
  const field = (key: keyof AuditFilter, type = "text", hint?: string) => (
    <WordedField
      label={t(`admin.audit.${key}`)}
      name={`audit-${key}`}
      error={errorOf(key)}
      {...(hint ? { hint } : {})}
    >
      <input
        type={type}
        value={form[key]}
        autoComplete="off"
        onChange={(e) => set1(key)(e.target.value)}
      />
    </WordedField>
  );

  return (
    <div
      className="admin-section"
      data-testid="admin-audit"
      data-filter={appliedKey}
      data-loading={log.isFetching}
    >
      <p className="admin-intro">{t("admin.audit.intro")}</p>
      <form className="admin-filters" onSubmit={onSubmit} noValidate data-testid="audit-filters">
        <fieldset>
          <legend>{t("admin.audit.filters")}</legend>
          <div className="admin-filters__grid">
            {field("q", "search", t("admin.audit.qHint"))}
            {field("from", "date")}
            {field("to", "date")}
          </div>
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
                    <th scope="col">{t("admin.audit.event")}</th>
                    <th scope="col">{t("admin.audit.detail")}</th>
                    <th scope="col">{t("admin.audit.remote")}</th>
                  </tr>
                </thead>
                <tbody>
                  {entries.map((e) => (
                    <EntryRow key={e.id} entry={e} nameOf={nameOf} />
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
