// Märk-DNA kits handed out outside an information session: area, date and number of kits.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { DnaKitRecord } from "../../server/dna-kits/schema.ts";
import { AreaField } from "../forms/area-select.tsx";
import { InputField } from "../forms/field.tsx";
import { FormFooter } from "../forms/form-footer.tsx";
import type { FormProps } from "../forms/use-record-form.ts";
import { useRecordForm } from "../forms/use-record-form.ts";
import { numberOrEmpty } from "../forms/validate.ts";
import { dnaKitSave } from "./save.ts";

export type KitsFormProps = FormProps<DnaKitRecord>;

export function KitsForm({ areas, initialArea, editing, onDone, onArea }: KitsFormProps) {
  const { t } = useTranslation();
  const [area, setArea] = useState(editing?.area_id ?? initialArea);
  const [date, setDate] = useState(editing?.handed_out_on ?? "");
  const [kits, setKits] = useState(editing ? String(editing.kits) : "");
  const body = { area_id: area, handed_out_on: date, kits: numberOrEmpty(kits) };
  const form = useRecordForm({
    body,
    save: dnaKitSave(editing),
    onSaved: () => onDone(t("planner.record.saved")),
  });
  return (
    <form className="record-form" data-testid="kits-form" onSubmit={form.submit} noValidate>
      <AreaField
        areas={areas}
        value={area}
        error={form.errorOf("area_id")}
        onChange={form.edit("area_id", (id: string) => {
          setArea(id);
          onArea(id);
        })}
      />
      <div className="field-row">
        <InputField
          form={form}
          name="handed_out_on"
          label={t("planner.record.handedOutOn")}
          value={date}
          set={setDate}
          type="date"
        />
        <InputField
          form={form}
          name="kits"
          label={t("planner.record.kitsCount")}
          value={kits}
          set={setKits}
          inputMode="numeric"
        />
      </div>
      <FormFooter form={form} editing={editing !== null} onCancel={() => onDone("")} />
    </form>
  );
}
