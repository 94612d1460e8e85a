// A grannsamverkan group: area, name, status, households, start date, and its contact person —
// personal data, marked as such.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  WATCH_GROUP_STATUSES,
  type WatchGroupRecord,
  type WatchGroupStatus,
} from "../../server/watch-groups/schema.ts";
import { AreaField } from "../forms/area-select.tsx";
import { Field, InputField } from "../forms/field.tsx";
import { FormFooter } from "../forms/form-footer.tsx";
import type { FormProps } from "../forms/use-record-form.ts";
import { useRecordForm } from "../forms/use-record-form.ts";
import { numberOrEmpty } from "../forms/validate.ts";
import { watchGroupSave } from "./save.ts";

export type GroupFormProps = FormProps<WatchGroupRecord>;

type Text =
  | "name"
  | "started_on"
  | "households"
  | "contact_name"
  | "contact_phone"
  | "contact_email";

export function GroupForm({ areas, initialArea, editing, onDone, onArea }: GroupFormProps) {
  const { t } = useTranslation();
  const [area, setArea] = useState(editing?.area_id ?? initialArea);
  const [status, setStatus] = useState<WatchGroupStatus>(editing?.status ?? "starting");
  const [v, setV] = useState<Record<Text, string>>({
    name: editing?.name ?? "",
    started_on: editing?.started_on ?? "",
    households: editing ? String(editing.households) : "",
    contact_name: editing?.contact_name ?? "",
    contact_phone: editing?.contact_phone ?? "",
    contact_email: editing?.contact_email ?? "",
  });
  const body = { ...v, area_id: area, status, households: numberOrEmpty(v.households) };
  const form = useRecordForm({
    body,
    save: watchGroupSave(editing),
    onSaved: () => onDone(t("planner.record.saved")),
  });
  const text = (field: Text, label: string, type = "text", extra: object = {}) => (
    <InputField
      form={form}
      name={field}
      label={label}
      type={type}
      {...extra}
      value={v[field]}
      set={(value) => setV((old) => ({ ...old, [field]: value }))}
    />
  );
  return (
    <form className="record-form" data-testid="group-form" onSubmit={form.submit} noValidate>
      <AreaField
        areas={areas}
        value={area}
        error={form.errorOf("area_id")}
        onChange={form.edit("area_id", (id: string) => {
          setArea(id);
          onArea(id);
        })}
      />
      {text("name", t("planner.record.groupName"))}
      <Field label={t("planner.record.groupStatus")} name="status" error={form.errorOf("status")}>
        <select value={status} onChange={(e) => setStatus(e.target.value as WatchGroupStatus)}>
          {WATCH_GROUP_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`groupStatus.${s}`)}
            </option>
          ))}
        </select>
      </Field>
      <div className="field-row">
        {text("households", t("planner.record.households"), "text", { inputMode: "numeric" })}
        {text("started_on", t("planner.record.startedOn"), "date")}
      </div>
      <fieldset className="personal" data-testid="personal-data">
        <legend>{t("planner.record.personal")}</legend>
        <p className="muted field__hint">{t("planner.record.personalHint")}</p>
        {text("contact_name", t("planner.record.contactName"), "text", { autoComplete: "off" })}
        {text("contact_phone", t("planner.record.contactPhone"), "tel", { autoComplete: "off" })}
        {text("contact_email", t("planner.record.contactEmail"), "email", { autoComplete: "off" })}
      </fieldset>
      <FormFooter form={form} editing={editing !== null} onCancel={() => onDone("")} />
    </form>
  );
}
