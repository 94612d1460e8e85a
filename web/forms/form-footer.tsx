// Save (and cancel when editing), with the save's state and the server's message when it refused.
import { useTranslation } from "react-i18next";
import type { useRecordForm } from "./use-record-form.ts";

export function FormFooter(props: {
  form: ReturnType<typeof useRecordForm>;
  editing: boolean;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { form } = props;
  return (
    <div className="record-form__footer">
      <button
        type="submit"
        className="primary-button"
        data-testid="save"
        disabled={form.mutation.isPending}
      >
        {form.mutation.isPending ? t("planner.record.saving") : t("planner.record.save")}
      </button>
      {props.editing && (
        <button type="button" className="text-button" onClick={props.onCancel}>
          {t("planner.record.cancelEdit")}
        </button>
      )}
      <div role="alert" data-testid="form-alert">
        {form.invalid && <p className="field__error">{t("planner.record.fixErrors")}</p>}
        {form.serverMessage && !form.serverFields && (
          <p className="field__error">
            {t("planner.record.serverRefused", { message: form.serverMessage })}
          </p>
        )}
        {form.serverMessage && form.serverFields && (
          <details className="server-message">
            <summary>{t("planner.record.serverAnswer")}</summary>
            {form.serverMessage}
          </details>
        )}
      </div>
    </div>
  );
}
