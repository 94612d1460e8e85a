// From/to dates of the reporting period, with one-click presets anchored to today (the last 12
// months, the last complete quarter, this year so far, each promise period). Invalid input is
// explained next to the fields and never sent; a period the server still refuses shows the
// server's own message.
import "./period.css";
import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Period } from "../../server/period/period.ts";
import { type Preset, samePeriod } from "../../server/period/presets.ts";
import { formatDate } from "../i18n/format.ts";
import { currentLang } from "../i18n/i18n.ts";
import { checkPeriod, type PeriodField, pickerRange } from "./period.ts";
import { usePeriodPresets } from "./use-presets.ts";

export interface PeriodPickerProps {
  /** The data's range; the picker widens it to its presets. */
  range: Period;
  period: Period;
  onChange: (p: Period) => void;
  /** The server's message when it answered 400 to the current period. */
  serverError: string | null;
}

export function PeriodPicker({
  range: dataRange,
  period,
  onChange,
  serverError,
}: PeriodPickerProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  const presets = usePeriodPresets();
  const range = pickerRange(dataRange, presets);
  const [draft, setDraft] = useState<Period>(period);
  const [clamped, setClamped] = useState(false);
  const messagesId = useId();
  // A period set from outside (a preset, a link, the back button) replaces what the fields show.
  useEffect(() => setDraft({ from: period.from, to: period.to }), [period.from, period.to]);
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
  const presetLabel = (p: Preset) =>
    p.kind === "promisePeriod"
      ? t("period.presets.promisePeriod", { name: p.name ?? "" })
      : t(`period.presets.${p.kind}`);
  const choose = (p: Period) => {
    setClamped(false);
    setDraft(p);
    onChange(p);
  };

  return (
    <fieldset className="period-picker" data-testid="period-picker">
      <legend>{t("period.legend")}</legend>
      <fieldset className="period-picker__presets">
        <legend className="visually-hidden">{t("period.presets.label")}</legend>
        {presets.map((p) => (
          <button
            key={`${p.kind}-${p.period.from}`}
            type="button"
            className="period-picker__preset"
            data-testid={`period-preset-${p.kind}`}
            aria-pressed={samePeriod(p.period, period)}
            title={`${formatDate(p.period.from, lang)} – ${formatDate(p.period.to, lang)}`}
            onClick={() => choose(p.period)}
          >
            {presetLabel(p)}
          </button>
        ))}
      </fieldset>
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
