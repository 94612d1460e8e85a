// A labelled form field with its hint and error, wired for screen readers (aria-invalid,
// aria-describedby), and the error text in the user's language when it is a common one.
import "./forms.css";
import { cloneElement, type ReactElement, useId } from "react";
import { useTranslation } from "react-i18next";
import { errorKey } from "./validate.ts";

export function useErrorText() {
  const { t } = useTranslation();
  return (message: string | undefined) => {
    if (!message) return undefined;
    const key = errorKey(message);
    return key ? t(`planner.errors.${key}`) : message;
  };
}

export interface FieldProps {
  label: string;
  name: string;
  error?: string | undefined;
  hint?: string;
  children: ReactElement<Record<string, unknown>>;
}

export function Field(props: FieldProps) {
  return <WordedField {...props} error={useErrorText()(props.error)} />;
}

/** A Field whose error is already worded for the user (the admin pages word their own). */
export function WordedField({ label, name, error, hint, children }: FieldProps) {
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

/** The error of a group of inputs (radios, checkboxes) shown under its fieldset. */
export function GroupError({ name, error }: { name: string; error?: string | undefined }) {
  const text = useErrorText()(error);
  return text ? (
    <p className="field__error" data-testid={`error-${name}`}>
      {text}
    </p>
  ) : null;
}

/** A text, date or number input as a Field, marking itself edited as the user types. */
export function InputField(props: {
  form: {
    errorOf: (f: string) => string | undefined;
    edit: <T>(f: string, set: (v: T) => void) => (v: T) => void;
  };
  name: string;
  label: string;
  value: string;
  set: (value: string) => void;
  type?: string;
  inputMode?: "numeric" | "text";
  autoComplete?: string;
}) {
  const { form, name, label, value, set, type = "text", ...rest } = props;
  return (
    <Field label={label} name={name} error={form.errorOf(name)}>
      <input
        type={type}
        {...rest}
        value={value}
        onChange={(e) => form.edit(name, set)(e.target.value)}
      />
    </Field>
  );
}
