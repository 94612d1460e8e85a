// Create the next promise period, copying the promises of the current one.
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { PromisePeriod } from "../../server/promises/repo.ts";
import { periodInput } from "../../server/promises/schema.ts";
import { api, unwrap } from "../api/client.ts";
import { Field } from "../forms/field.tsx";
import { checkedSave } from "../forms/validate.ts";
import type { WorkKommun } from "../kommun/use-kommun.ts";
import { FormKommun } from "./form-kommun.tsx";
import { useFormSave } from "./use-form-save.ts";

const send = checkedSave(periodInput, async (json) =>
  unwrap(await api["promise-periods"].$post({ json })),
);

/** `kommun`: the view's kommun, whose current period is copied and for which the new one is made. */
export function PeriodForm({ current, kommun }: { current: PromisePeriod; kommun: WorkKommun }) {
  const { t } = useTranslation();
  const [name, setName] = useState("");
  const [startsOn, setStartsOn] = useState("");
  const [endsOn, setEndsOn] = useState("");
  const [signedBy, setSignedBy] = useState(current.signed_by);
  const save = useFormSave(send);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    save.submit({
      name: name.trim(),
      starts_on: startsOn,
      ends_on: endsOn,
      ...(signedBy.trim() ? { signed_by: signedBy.trim() } : {}),
      copy_from: current.id,
      kommun: kommun.choice,
    });
  };
  return (
    <form className="follow-form" data-testid="period-form" onSubmit={onSubmit} noValidate>
      <h3>{t("pub.followUp.nextPeriod")}</h3>
      <p className="muted">{t("pub.followUp.nextHint")}</p>
      <FormKommun kommun={kommun} />
      <Field label={t("pub.followUp.name")} name="name" error={save.errors.name}>
        <input value={name} onChange={(e) => setName(e.target.value)} />
      </Field>
      <Field label={t("pub.followUp.startsOn")} name="starts_on" error={save.errors.starts_on}>
        <input type="date" value={startsOn} onChange={(e) => setStartsOn(e.target.value)} />
      </Field>
      <Field label={t("pub.followUp.endsOn")} name="ends_on" error={save.errors.ends_on}>
        <input type="date" value={endsOn} onChange={(e) => setEndsOn(e.target.value)} />
      </Field>
      <Field label={t("pub.followUp.signedBy")} name="signed_by" error={save.errors.signed_by}>
        <input value={signedBy} onChange={(e) => setSignedBy(e.target.value)} />
      </Field>
      {save.error && (
        <p className="form-error" role="alert">
          {save.error}
        </p>
      )}
      {save.done && <p role="status">{t("pub.followUp.created", { name })}</p>}
      <button type="submit" disabled={save.pending}>
        {t("pub.followUp.create")}
      </button>
    </form>
  );
}
