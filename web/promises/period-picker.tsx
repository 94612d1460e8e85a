// The promise period /loften shows: the kommun's current one, or an earlier one the resident picks
// (?period=<id>), so a period that has ended can still be read as it ended. Shown only for a kommun
// with more than one published period; newest first.
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { PublicProgress } from "../../server/privacy/progress.ts";
import { currentLang } from "../i18n/i18n.ts";
import { periodName } from "../public/wording.ts";

export function PromisePeriodPicker(props: {
  periods: PublicProgress["periods"];
  value: number;
  onChange: (id: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  const id = useId();
  if (props.periods.length < 2) return null;
  const newestFirst = [...props.periods].reverse();
  return (
    <div className="kommun-picker" data-testid="promise-period-picker">
      <label htmlFor={id}>{t("pub.promises.periodLabel")}</label>
      <select
        id={id}
        value={props.value}
        data-testid="promise-period-select"
        onChange={(e) => props.onChange(Number(e.target.value))}
      >
        {newestFirst.map((p) => (
          <option key={p.id} value={p.id}>
            {periodName(p, t, lang)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** `?period=` as a period id: a positive whole number, else undefined (the current period). */
export function periodIdIn(raw: string | null): number | undefined {
  return raw !== null && /^[1-9]\d{0,8}$/.test(raw) ? Number(raw) : undefined;
}
