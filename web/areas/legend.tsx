// The legend, in real text: what each colour means in numbers and units, and what the hatch and
// the outlines mean, and that the built-up part of an area is drawn full and the rest pale. It
// reads the same breaks and palette as the map.
import "../map/swatch.css";
import "./legend.css";
import { useTranslation } from "react-i18next";
import { formatClassRange } from "../i18n/format.ts";
import { currentLang } from "../i18n/i18n.ts";
import { BuiltUpLegendItem } from "../map/built-up-legend.tsx";
import { classRanges, type Measure, SCALES } from "../map/classify.ts";
import { BASE_COLORS, classColor, NO_DATA_COLOR } from "../map/map-style.ts";

export function Legend({ measure }: { measure: Measure }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  const ranges = classRanges(SCALES[measure].breaks);
  return (
    <div className="legend" data-testid="legend">
      <h2 className="legend__title">{t(`measure.${measure}`)}</h2>
      <ul className="legend__classes">
        {ranges.map((range, i) => (
          <li key={range.lower} data-testid="legend-class">
            <span
              className="swatch"
              style={{ background: classColor(measure, i) }}
              data-color={classColor(measure, i)}
              aria-hidden="true"
            />
            {formatClassRange(measure, range, lang)}
          </li>
        ))}
        {measure === "days_since_last_visit" && (
          <li data-testid="legend-class">
            <span className="swatch" style={{ background: NO_DATA_COLOR }} aria-hidden="true" />
            {t("legend.noVisit")}
          </li>
        )}
      </ul>
      <p className="legend__note">
        {t("legend.darker")}
        {SCALES[measure].unit === "share" && ` ${t("legend.lowerIncluded")}`}
      </p>
      <ul className="legend__marks">
        <BuiltUpLegendItem color={classColor(measure, 3)} />
        <li data-testid="legend-no-watch">
          <span className="swatch swatch--hatch" aria-hidden="true" />
          <span>
            {t("legend.noWatch")}
            <small>{t("legend.noWatchHint")}</small>
          </span>
        </li>
        <li data-testid="legend-starting">
          <span
            className="swatch swatch--outline"
            style={{ borderColor: BASE_COLORS.startingLine }}
            aria-hidden="true"
          />
          {t("legend.starting")}
        </li>
      </ul>
    </div>
  );
}
