// A labelled input with its hint and an already worded error, wired for screen readers. Like
// recording/field.tsx, but the admin pages word their own errors (use-admin-error.ts).
import { cloneElement, type ReactElement, useId } from "react";

export function AdminField(props: {
  label: string;
  name: string;
  error?: string | undefined;
  hint?: string;
  children: ReactElement<Record<string, unknown>>;
}) {
  const { label, name, error, hint, children } = props;
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
