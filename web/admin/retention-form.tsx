// How long contact persons' details are kept: the months setting with what it means, how many
// groups are past it now, and "erase now" after a confirmation that names the count.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { WordedField } from "../recording/field.tsx";
import { adminApi } from "./api.ts";
import { ConfirmDialog } from "./confirm-dialog.tsx";
import { parseMonths } from "./privacy.ts";
import { privacyQuery } from "./queries.ts";
import { useAdminError } from "./use-admin-error.ts";

export function RetentionForm() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const errorText = useAdminError();
  const privacy = useQuery(privacyQuery());
  const current = privacy.data?.contact_retention_months;
  const due = privacy.data?.due ?? 0;
  const [months, setMonths] = useState("");
  const [badMonths, setBadMonths] = useState(false);
  const [confirming, setConfirming] = useState(false);
  // The field starts from the saved value once it has loaded.
  useEffect(() => {
    if (current !== undefined) setMonths(current === null ? "" : String(current));
  }, [current]);

  const save = useMutation({
    mutationFn: adminApi.setRetention,
    onSuccess: () => client.invalidateQueries({ queryKey: ["admin"] }),
  });
  const run = useMutation({
    mutationFn: adminApi.runRetention,
    onSuccess: async () => {
      setConfirming(false);
      await client.invalidateQueries({ queryKey: ["admin"] });
    },
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const value = parseMonths(months);
    setBadMonths(value === undefined);
    if (value !== undefined) save.mutate(value);
  };
  const monthsError = badMonths
    ? t("admin.privacy.retention.badMonths")
    : errorText.fields(save.error).contact_retention_months;

  return (
    <section className="admin-card" aria-labelledby="retention-title" data-testid="retention">
      <h3 id="retention-title">{t("admin.privacy.retention.title")}</h3>
      <p className="admin-intro">{t("admin.privacy.retention.intro")}</p>
      {privacy.isPending && <p role="status">{t("admin.loading")}</p>}
      {privacy.isError && (
        <p role="alert" className="form-error">
          {t("app.loadError", { message: privacy.error.message })}
        </p>
      )}
      {privacy.data && (
        <>
          <p data-testid="retention-current" data-months={current ?? ""}>
            <strong>
              {current === null || current === undefined
                ? t("admin.privacy.retention.off")
                : t("admin.privacy.retention.current", { count: current })}
            </strong>{" "}
            <span data-testid="retention-due" data-due={due}>
              {t("admin.privacy.retention.due", { count: due })}
            </span>
          </p>
          <form className="admin-form" onSubmit={onSubmit} noValidate>
            <WordedField
              label={t("admin.privacy.retention.months")}
              name="retention-months"
              hint={t("admin.privacy.retention.monthsHint")}
              error={monthsError}
            >
              <input
                inputMode="numeric"
                value={months}
                autoComplete="off"
                onChange={(e) => {
                  setMonths(e.target.value);
                  save.reset();
                }}
              />
            </WordedField>
            {errorText.general(save.error) && (
              <p className="form-error" role="alert">
                {errorText.general(save.error)}
              </p>
            )}
            <p role="status" className="admin-notice" data-testid="retention-saved">
              {save.isSuccess && t("admin.privacy.retention.saved")}
            </p>
            <div className="admin-actions">
              <button type="submit" disabled={save.isPending} data-testid="retention-save">
                {t("admin.privacy.retention.save")}
              </button>
              <button
                type="button"
                className="admin-danger"
                onClick={() => {
                  run.reset();
                  setConfirming(true);
                }}
                data-testid="retention-run"
              >
                {t("admin.privacy.retention.run")}
              </button>
            </div>
          </form>
          <p role="status" className="admin-notice" data-testid="retention-result">
            {run.data && t("admin.privacy.retention.result", { count: run.data.erased })}
          </p>
        </>
      )}
      {confirming && (
        <ConfirmDialog
          title={t("admin.privacy.retention.runTitle")}
          confirmLabel={t("admin.privacy.retention.runConfirm")}
          onConfirm={() => run.mutate()}
          onCancel={() => setConfirming(false)}
          pending={run.isPending}
          error={errorText.general(run.error)}
        >
          <p>{t("admin.privacy.retention.runText", { count: due })}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
