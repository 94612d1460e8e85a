// A labelled form field with its hint and error, wired for screen readers (aria-invalid,
// aria-describedby), and the error worded in the user's language from its code.
import "./forms.css";
import { cloneElement, type ReactElement, useId } from "react";
import { useTranslation } from "react-i18next";
import type { FieldProblem } from "../../server/http/field-codes.ts";
import type { FieldErrors } from "./validate.ts";

/** The one wording of a field error: its code in the user's language (web/forms/codes.ts). */
export function useFieldErrorText() {
  const { t } = useTranslation();
  return (problem: FieldProblem | undefined): string | undefined =>
    problem ? t(`fieldCodes.${problem.code}`, { ...problem.params }) : undefined;
}

/** Every field error of a form, worded. */
export function useWordedErrors() {
  const word = useFieldErrorText();
  return (errors: FieldErrors): Record<string, string> =>
    Object.fromEntries(Object.entries(errors).map(([k, p]) => [k, word(p) ?? p.message]));
}

interface FieldFrame {
  label: string;
  name: string;
  hint?: string;
  children: ReactElement<Record<string, unknown>>;
}

export interface FieldProps extends FieldFrame {
  error?: FieldProblem | undefined;
}

export function Field(props: FieldProps) {
  return <WordedField {...props} error={useFieldErrorText()(props.error)} />;
}

/** A Field whose error is already worded for the user (e.g. the presence form's place). */
export function WordedField({
  label,
  name,
  error,
  hint,
  children,
}: FieldFrame & { error?: string | undefined }) {
  const id = useId();
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ");
  return (
    <div className="field" data-field={name} data-invalid={Boolean(error)}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="field__hint muted">
          {hint}
        </p>
      )}
      {cloneElement(children, {
        id,
        name,
        "aria-invalid": Boolean(error),
        "aria-describedby": described || undefined,
        "data-testid": `field-${name}`,
      })}
      {error && (
        <p id={`${id}-error`} className="field__error" data-testid={`error-${name}`}>
          {error}
        </p>
      )}
    </div>
  );
}

/**
 * The error of a group of inputs (radios, checkboxes) shown under its fieldset; `text`, when
 * given, says it in the form's own words instead (e.g. what to do in the chosen mode).
 */
export function GroupError(props: {
  name: string;
  error?: FieldProblem | undefined;
  text?: string | undefined;
}) {
  const { name, error } = props;
  const worded = useFieldErrorText()(error);
  const text = props.text ?? worded;
  return text ? (
    <p className="field__error" data-testid={`error-${name}`}>
      {text}
    </p>
  ) : null;
}

/**
 * A form's own field as a Field: a text, date or number input, a textarea (`rows`) or a select
 * (`options`: value and label), marking itself edited as the user changes it.
 */
export function InputField<V extends string = string>(props: {
  form: {
    errorOf: (f: string) => FieldProblem | undefined;
    edit: <T>(f: string, set: (v: T) => void) => (v: T) => void;
  };
  name: string;
  label: string;
  value: V;
  set: (value: V) => void;
  type?: string;
  inputMode?: "numeric" | "text";
  autoComplete?: string;
  rows?: number;
  options?: readonly (readonly [V, string])[];
}) {
  const { form, name, label, value, set, type = "text", rows, options, ...rest } = props;
  const change = (e: { target: { value: string } }) => form.edit(name, set)(e.target.value as V);
  return (
    <Field label={label} name={name} error={form.errorOf(name)}>
      {options ? (
        <select value={value} onChange={change}>
          {options.map(([option, text]) => (
            <option key={option} value={option}>
              {text}
            </option>
          ))}
        </select>
      ) : rows ? (
        <textarea rows={rows} value={value} onChange={change} />
      ) : (
        <input type={type} {...rest} value={value} onChange={change} />
      )}
    </Field>
  );
}
