// How long personal data is kept: contact persons' details and the client addresses in the audit
// log, each a months setting with what it means and how much is past it now, and "erase now"
// after a confirmation that names the counts.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmDialog } from "../ui/confirm-dialog.tsx";
import { adminApi } from "./api.ts";
import { parseMonths } from "./privacy.ts";
import { privacyQuery } from "./queries.ts";
import { RetentionSetting } from "./retention-setting.tsx";
import { useAdminError } from "./use-admin-error.ts";

export function RetentionForm() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const errorText = useAdminError();
  const privacy = useQuery(privacyQuery());
  const current = privacy.data?.contact_retention_months;
  const due = privacy.data?.due ?? 0;
  const currentAddress = privacy.data?.audit_address_months;
  const addressesDue = privacy.data?.addresses_due ?? 0;
  const [months, setMonths] = useState("");
  const [addressMonths, setAddressMonths] = useState("");
  const [bad, setBad] = useState({ months: false, address: false });
  const [confirming, setConfirming] = useState(false);
  // The fields start from the saved values once they have loaded.
  useEffect(() => {
    if (current !== undefined) setMonths(current === null ? "" : String(current));
  }, [current]);
  useEffect(() => {
    if (currentAddress !== undefined)
      setAddressMonths(currentAddress === null ? "" : String(currentAddress));
  }, [currentAddress]);

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
    const contact = parseMonths(months);
    const address = parseMonths(addressMonths);
    setBad({ months: contact === undefined, address: address === undefined });
    if (contact !== undefined && address !== undefined)
      save.mutate({ contact_retention_months: contact, audit_address_months: address });
  };
  const fieldErrors = errorText.fields(save.error);
  /** What a run erased: contact details, addresses, or "nothing to erase". */
  const resultText = (r: { erased: number; addresses_blanked: number }) =>
    [
      r.erased > 0 || r.addresses_blanked === 0
        ? t("admin.privacy.retention.result", { count: r.erased })
        : null,
      r.addresses_blanked > 0
        ? t("admin.privacy.retention.addressesResult", { count: r.addresses_blanked })
        : null,
    ]
      .filter(Boolean)
      .join(" ");
  const monthsError = bad.months
    ? t("admin.privacy.retention.badMonths")
    : fieldErrors.contact_retention_months;
  const addressError = bad.address
    ? t("admin.privacy.retention.badMonths")
    : fieldErrors.audit_address_months;

  return (
    <section className="admin-card" aria-labelledby="retention-title" data-testid="retention">
      <h3 id="retention-title">{t("admin.privacy.retention.title")}</h3>
      {privacy.isPending && <p role="status">{t("admin.loading")}</p>}
      {privacy.isError && (
        <p role="alert" className="form-error">
          {t("app.loadError", { message: privacy.error.message })}
        </p>
      )}
      {privacy.data && (
        <>
          <form className="admin-form" onSubmit={onSubmit} noValidate>
            <RetentionSetting
              id="retention"
              heading={t("admin.privacy.retention.contactsHeading")}
              intro={t("admin.privacy.retention.intro")}
              saved={current ?? null}
              savedText={
                current === null || current === undefined
                  ? t("admin.privacy.retention.off")
                  : t("admin.privacy.retention.current", { count: current })
              }
              due={due}
              dueText={t("admin.privacy.retention.due", { count: due })}
              label={t("admin.privacy.retention.months")}
              hint={t("admin.privacy.retention.monthsHint")}
              error={monthsError}
              value={months}
              onChange={(v) => {
                setMonths(v);
                save.reset();
              }}
            />
            <RetentionSetting
              id="address"
              heading={t("admin.privacy.retention.addressHeading")}
              intro={t("admin.privacy.retention.addressIntro")}
              saved={currentAddress ?? null}
              savedText={
                currentAddress === null || currentAddress === undefined
                  ? t("admin.privacy.retention.addressOff")
                  : t("admin.privacy.retention.addressCurrent", { count: currentAddress })
              }
              due={addressesDue}
              dueText={t("admin.privacy.retention.addressesDue", { count: addressesDue })}
              label={t("admin.privacy.retention.addressMonths")}
              hint={t("admin.privacy.retention.addressHint")}
              error={addressError}
              value={addressMonths}
              onChange={(v) => {
                setAddressMonths(v);
                save.reset();
              }}
            />
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
            {run.data && resultText(run.data)}
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
          {addressesDue > 0 && (
            <p>{t("admin.privacy.retention.addressesRun", { count: addressesDue })}</p>
          )}
        </ConfirmDialog>
      )}
    </section>
  );
}
