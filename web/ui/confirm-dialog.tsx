// A modal confirmation (the native <dialog>: focus stays inside, Escape cancels). showModal()
// focuses the first control: a field the dialog asks for, else Cancel, which comes before the
// confirm button so Enter never confirms a destructive action by accident. Used by the admin's
// views and the account page.
import "./dialog.css";
import { type ReactNode, useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";

export interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  pending?: boolean;
  /** False keeps the confirm button disabled (e.g. until a word is typed). */
  canConfirm?: boolean;
  error?: string | null;
  testId?: string;
}

export function ConfirmDialog(props: ConfirmDialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const { onCancel } = props;
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      data-testid={props.testId ?? "confirm-dialog"}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h3 id={titleId}>{props.title}</h3>
      <div className="dialog__body">{props.children}</div>
      {props.error && (
        <p className="form-error" role="alert">
          {props.error}
        </p>
      )}
      <div className="dialog__actions">
        <button
          type="button"
          className="outline-button"
          onClick={onCancel}
          data-testid="confirm-cancel"
        >
          {t("app.cancel")}
        </button>
        <button
          type="button"
          className="outline-button dialog__danger"
          disabled={props.pending || props.canConfirm === false}
          onClick={props.onConfirm}
          data-testid="confirm-ok"
        >
          {props.confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
