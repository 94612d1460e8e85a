// Choosing an area by name (the keyboard alternative to clicking the map).
import { useTranslation } from "react-i18next";
import type { AreaCollection, AreaFeature } from "../../server/areas/types.ts";
import type { FieldProblem } from "../../server/http/field-codes.ts";
import { Field } from "./field.tsx";

export interface AreaSelectProps {
  areas: AreaFeature[];
  value: string;
  onChange: (id: string) => void;
  [aria: string]: unknown;
}

export function AreaSelect({ areas, value, onChange, ...rest }: AreaSelectProps) {
  const { t } = useTranslation();
  const sorted = [...areas].sort((a, b) =>
    a.properties.name.localeCompare(b.properties.name, "sv"),
  );
  return (
    <select {...rest} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{t("planner.record.chooseArea")}</option>
      {sorted.map((f) => (
        <option key={f.id} value={String(f.id)}>
          {f.properties.name}
        </option>
      ))}
    </select>
  );
}

/** The form field "Område" around the select, with its hint and error. */
export function AreaField(props: {
  areas: AreaCollection | undefined;
  value: string;
  error: FieldProblem | undefined;
  hint?: string;
  onChange: (id: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Field
      label={t("planner.record.area")}
      name="area_id"
      error={props.error}
      {...(props.hint ? { hint: props.hint } : {})}
    >
      <AreaSelect
        areas={props.areas?.features ?? []}
        value={props.value}
        onChange={props.onChange}
      />
    </Field>
  );
}
