// A person's GDPR request: search by name, e-mail or phone, then export everything held about
// them as a JSON file, or erase it for good after a confirmation that names the search and asks
// for a typed word.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { personQuery } from "../../server/admin/schema.ts";
import { WordedField } from "../forms/field.tsx";
import { zodFieldErrors } from "../forms/validate.ts";
import { ConfirmDialog } from "../ui/confirm-dialog.tsx";
import { adminApi } from "./api.ts";
import {
  EMPTY_PERSON,
  exportFileName,
  keptCount,
  type PersonForm,
  personCriteria,
} from "./privacy.ts";
import type { PersonCriteria } from "./types.ts";
import { useAdminError, type WordedErrors } from "./use-admin-error.ts";

/** Saves a JSON document as a file through a temporary object URL. */
function download(doc: unknown, name: string) {
  const blob = new Blob([JSON.stringify(doc, null, 2)], { type: "application/json" });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const FIELDS = ["name", "email", "phone"] as const;

export function PersonRequest() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const errorText = useAdminError();
  const [form, setForm] = useState<PersonForm>(EMPTY_PERSON);
  const [local, setLocal] = useState<WordedErrors>({});
  const [erasing, setErasing] = useState<PersonCriteria | null>(null);
  const [typed, setTyped] = useState("");
  const [exported, setExported] = useState("");

  const exportDoc = useMutation({
    mutationFn: adminApi.exportPerson,
    onSuccess: (doc) => {
      const name = exportFileName(new Date());
      download(doc, name);
      setExported(name);
    },
  });
  const erase = useMutation({
    mutationFn: adminApi.erasePerson,
    onSuccess: async () => {
      setErasing(null);
      await client.invalidateQueries({ queryKey: ["admin"] });
    },
  });

  /** The search when it is valid (errors shown beside the fields otherwise). */
  const checked = (): PersonCriteria | null => {
    const criteria = personCriteria(form);
    if (!criteria) {
      setLocal({ "": t("admin.privacy.person.needOne") });
      return null;
    }
    const found = zodFieldErrors(personQuery, criteria);
    setLocal(errorText.local(found));
    return Object.keys(found).length ? null : criteria;
  };
  const onExport = (e: FormEvent) => {
    e.preventDefault();
    setExported("");
    erase.reset();
    const criteria = checked();
    if (criteria) exportDoc.mutate(criteria);
  };
  const onErase = () => {
    setExported("");
    exportDoc.reset();
    erase.reset();
    const criteria = checked();
    if (criteria) {
      setTyped("");
      setErasing(criteria);
    }
  };
  const errors = {
    ...errorText.fields(exportDoc.error),
    ...errorText.fields(erase.error),
    ...local,
  };
  const general =
    errors[""] ??
    errorText.general(exportDoc.error) ??
    (erasing ? null : errorText.general(erase.error));
  const word = t("admin.privacy.person.eraseWord");

  return (
    <section className="admin-card" aria-labelledby="person-title" data-testid="person-request">
      <h3 id="person-title">{t("admin.privacy.person.title")}</h3>
      <p className="admin-intro">{t("admin.privacy.person.intro")}</p>
      <form className="admin-form" onSubmit={onExport} noValidate>
        {FIELDS.map((f) => (
          <WordedField
            key={f}
            label={t(`admin.privacy.person.${f}`)}
            name={`person-${f}`}
            error={errors[f]}
          >
            <input
              type={f === "email" ? "email" : f === "phone" ? "tel" : "text"}
              autoComplete="off"
              value={form[f]}
              onChange={(e) => setForm((x) => ({ ...x, [f]: e.target.value }))}
            />
          </WordedField>
        ))}
        {general && (
          <p className="form-error" role="alert" data-testid="person-error">
            {general}
          </p>
        )}
        <div className="admin-actions">
          <button type="submit" disabled={exportDoc.isPending} data-testid="person-export">
            {t("admin.privacy.person.export")}
          </button>
          <button
            type="button"
            className="admin-danger"
            onClick={onErase}
            data-testid="person-erase"
          >
            {t("admin.privacy.person.erase")}
          </button>
        </div>
      </form>
      <div role="status" className="admin-notice" data-testid="person-result">
        {exported && <p>{t("admin.privacy.person.exported", { file: exported })}</p>}
        {erase.data && (
          <>
            <p data-testid="person-erased">
              {t("admin.privacy.person.erased", {
                contacts: erase.data.erased.watch_group_contacts,
                freeText: erase.data.erased.free_text,
              })}
            </p>
            {keptCount(erase.data.accounts_kept) > 0 && (
              <p>
                {t("admin.privacy.person.accountsKept", {
                  count: keptCount(erase.data.accounts_kept),
                })}
              </p>
            )}
          </>
        )}
      </div>
      {erasing && (
        <ConfirmDialog
          title={t("admin.privacy.person.eraseTitle")}
          confirmLabel={t("admin.privacy.person.eraseConfirm")}
          onConfirm={() => erase.mutate(erasing)}
          onCancel={() => setErasing(null)}
          pending={erase.isPending}
          canConfirm={typed.trim().toUpperCase() === word.toUpperCase()}
          error={errorText.general(erase.error)}
          testId="erase-dialog"
        >
          <p>{t("admin.privacy.person.eraseText")}</p>
          <dl className="admin-detail" aria-label={t("admin.privacy.person.eraseMatch")}>
            {FIELDS.filter((f) => erasing[f]).map((f) => (
              <div key={f}>
                <dt>{t(`admin.privacy.person.${f}`)}</dt>
                <dd>{erasing[f]}</dd>
              </div>
            ))}
          </dl>
          <WordedField label={t("admin.privacy.person.eraseType")} name="erase-word">
            <input value={typed} autoComplete="off" onChange={(e) => setTyped(e.target.value)} />
          </WordedField>
        </ConfirmDialog>
      )}
    </section>
  );
}
