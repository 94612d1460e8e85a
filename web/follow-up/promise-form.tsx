// Edit one promise's titles, target and deadline (PATCH /api/promises/:id).
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { PromiseRecord } from "../../server/promises/repo.ts";
import { promisePatch } from "../../server/promises/schema.ts";
import { api, unwrap } from "../api/client.ts";
import { Field } from "../forms/field.tsx";
import { checkedSave, numberOrEmpty } from "../forms/validate.ts";
import { useFormSave } from "./use-form-save.ts";

export function PromiseForm({ promise, onClose }: { promise: PromiseRecord; onClose: () => void }) {
  const { t } = useTranslation();
  const [titleSv, setTitleSv] = useState(promise.title_sv);
  const [titleEn, setTitleEn] = useState(promise.title_en);
  const [target, setTarget] = useState(promise.target === null ? "" : String(promise.target));
  const [deadline, setDeadline] = useState(promise.deadline);
  const save = useFormSave(
    checkedSave(promisePatch, async (json) =>
      unwrap(await api.promises[":id"].$patch({ param: { id: String(promise.id) }, json })),
    ),
  );
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    save.submit({
      title_sv: titleSv.trim(),
      title_en: titleEn.trim(),
      deadline,
      ...(promise.category === "activity" ? { target: numberOrEmpty(target) } : {}),
    });
  };
  return (
    <form className="follow-form" data-testid="promise-form" onSubmit={onSubmit} noValidate>
      <h3>{t("pub.followUp.editPromise")}</h3>
      <Field label={t("pub.followUp.titleSv")} name="title_sv" error={save.errors.title_sv}>
        <textarea rows={2} value={titleSv} onChange={(e) => setTitleSv(e.target.value)} />
      </Field>
      <Field label={t("pub.followUp.titleEn")} name="title_en" error={save.errors.title_en}>
        <textarea rows={2} value={titleEn} onChange={(e) => setTitleEn(e.target.value)} />
      </Field>
      {promise.category === "activity" && (
        <Field label={t("pub.followUp.target")} name="target" error={save.errors.target}>
          <input inputMode="numeric" value={target} onChange={(e) => setTarget(e.target.value)} />
        </Field>
      )}
      <Field label={t("pub.followUp.deadline")} name="deadline" error={save.errors.deadline}>
        <input type="date" value={deadline} onChange={(e) => setDeadline(e.target.value)} />
      </Field>
      {save.error && (
        <p className="form-error" role="alert">
          {save.error}
        </p>
      )}
      {save.done && <p role="status">{t("pub.followUp.saved")}</p>}
      <button type="submit" disabled={save.pending}>
        {t("pub.followUp.save")}
      </button>{" "}
      <button type="button" onClick={onClose}>
        {t("pub.followUp.cancel")}
      </button>
    </form>
  );
}
