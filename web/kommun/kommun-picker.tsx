// The kommun choice of a view: a labelled select of the kommuner the user may see (and, where the
// view allows it, the whole police area); for someone who covers one kommun, just its name.
import "./kommun.css";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { ALL, type Kommun, type KommunChoice, kommunName } from "./kommun.ts";

export function KommunPicker(props: {
  kommuner: readonly Kommun[];
  value: KommunChoice;
  onChange: (choice: KommunChoice) => void;
  allowAll: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const { kommuner, value } = props;
  const [only] = kommuner;
  if (kommuner.length === 0) return null;
  if (kommuner.length === 1 && only) {
    return (
      <p className="kommun-only" data-testid="kommun-name" data-kommun={only.code}>
        {t("kommun.only", { name: only.name })}
      </p>
    );
  }
  return (
    <div className="kommun-picker" data-testid="kommun-picker" data-kommun={value}>
      <label htmlFor={id}>{t("kommun.label")}</label>
      <select
        id={id}
        value={value}
        data-testid="kommun-select"
        onChange={(e) => props.onChange(e.target.value)}
      >
        {props.allowAll && <option value={ALL}>{t("kommun.all")}</option>}
        {kommuner.map((k) => (
          <option key={k.code} value={k.code}>
            {k.name}
          </option>
        ))}
      </select>
    </div>
  );
}

/** What the view shows, in words: the kommun's name, or the whole police area. */
export function useKommunLabel(kommuner: readonly Kommun[]) {
  const { t } = useTranslation();
  return (choice: KommunChoice) =>
    choice === ALL ? t("kommun.all") : kommunName(kommuner, choice);
}
