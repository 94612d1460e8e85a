// Which figure colours the map: a radio group, so all four choices are visible and keyboard-usable.
import { useTranslation } from "react-i18next";
import { MEASURES, type Measure } from "../map/classify.ts";

export function MeasurePicker(props: { value: Measure; onChange: (m: Measure) => void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="measure-picker" data-testid="measure-picker">
      <legend>{t("measure.label")}</legend>
      {MEASURES.map((m) => (
        <label key={m} className="measure-picker__option">
          <input
            type="radio"
            name="measure"
            value={m}
            data-testid={`measure-${m}`}
            checked={props.value === m}
            onChange={() => props.onChange(m)}
          />
          {t(`measure.${m}`)}
        </label>
      ))}
    </fieldset>
  );
}
