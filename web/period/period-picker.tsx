// From/to dates of the reporting period. Invalid input is explained next to the fields and never
// sent; a period the server still refuses shows the server's own message.
import "./period.css";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Period } from "../../server/period/period.ts";
import { formatDate } from "../i18n/format.ts";
import { currentLang } from "../i18n/i18n.ts";
import { checkPeriod, type PeriodField } from "./period.ts";

export interface PeriodPickerProps {
  range: Period;
  period: Period;
  onChange: (p: Period) => void;
  /** The server's message when it answered 400 to the current period. */
  serverError: string | null;
}

export function PeriodPicker({ range, period, onChange, serverError }: PeriodPickerProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  const [draft, setDraft] = useState<Period>(period);
  const [clamped, setClamped] = useState(false);
  const messagesId = useId();
  const check = checkPeriod(draft, range);
  const problems = check.ok ? [] : check.problems;

  function update(field: PeriodField, value: string) {
    const next = { ...draft, [field]: value };
    setDraft(next);
    const result = checkPeriod(next, range);
    if (!result.ok) return;
    setClamped(result.clamped);
    onChange(result.period);
  }

  const invalid = (field: PeriodField) => problems.some((p) => p.field === field);
  const fieldLabel = (field: PeriodField) => t(`period.${field}`);

  return (
    <fieldset className="period-picker" data-testid="period-picker">
      <legend>{t("period.legend")}</legend>
      <div className="period-picker__fields">
        {(["from", "to"] as const).map((field) => (
          <label key={field}>
            {fieldLabel(field)}
            <input
              type="date"
              data-testid={`period-${field}`}
              value={draft[field]}
              min={range.from}
              max={range.to}
              aria-invalid={invalid(field)}
              aria-describedby={messagesId}
              onChange={(e) => update(field, e.target.value)}
            />
          </label>
        ))}
      </div>
      <div id={messagesId} aria-live="polite" className="period-picker__messages">
        {problems.map((p) => (
          <p key={`${p.field}-${p.problem}`} className="form-error" data-testid="period-error">
            {p.problem === "order"
              ? t("period.order")
              : t("period.invalidDate", { field: fieldLabel(p.field) })}
          </p>
        ))}
        {serverError && problems.length === 0 && (
          <p className="form-error" data-testid="period-server-error">
            {t("period.serverError", { message: serverError })}
          </p>
        )}
        {clamped && problems.length === 0 && (
          <p className="form-note" data-testid="period-clamped">
            {t("period.clamped", {
              from: formatDate(range.from, lang),
              to: formatDate(range.to, lang),
            })}
          </p>
        )}
      </div>
    </fieldset>
  );
}
