// Closing a finding: the date it was dealt with (today unless changed) and what was done, both
// required; checked with the server's schema first, the server's 400 shown at the same fields.
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { closeInput } from "../../server/findings/schema.ts";
import { todayUtc } from "../../server/period/dates.ts";
import { api, unwrap } from "../api/client.ts";
import { useFormSave } from "../follow-up/use-form-save.ts";
import { Field } from "../forms/field.tsx";
import { checkedSave } from "../forms/validate.ts";

export const FINDING_KEYS = [["findings"], ["visits"]] as const;

export function CloseForm(props: { id: number; onClosed: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [closedOn, setClosedOn] = useState(todayUtc());
  const [note, setNote] = useState("");
  const save = useFormSave(
    checkedSave(closeInput, async (json) => {
      const param = { id: String(props.id) };
      const out = unwrap(await api.findings[":id"].close.$post({ param, json }));
      props.onClosed();
      return out;
    }),
    FINDING_KEYS,
  );
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    save.submit({ closed_on: closedOn, note: note.trim() });
  };
  return (
    <form className="close-form" data-testid="close-form" onSubmit={onSubmit} noValidate>
      <h4>{t("findings.closeTitle")}</h4>
      <Field label={t("findings.closedOn")} name="closed_on" error={save.errors.closed_on}>
        <input type="date" value={closedOn} onChange={(e) => setClosedOn(e.target.value)} />
      </Field>
      <Field label={t("findings.note")} name="note" error={save.errors.note}>
        <textarea rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
      {save.error && (
        <p className="form-error" role="alert">
          {save.error}
        </p>
      )}
      <div className="close-form__actions">
        <button type="submit" disabled={save.pending} data-testid="close-confirm">
          {t("findings.confirmClose")}
        </button>
        <button type="button" className="text-button" onClick={props.onCancel}>
          {t("findings.cancel")}
        </button>
      </div>
    </form>
  );
}
