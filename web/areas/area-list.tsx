// Every area as a button, sorted by name: the keyboard and screen-reader way to reach any area,
// and the quickest way to compare the current measure across areas.
import "../map/swatch.css";
import { useTranslation } from "react-i18next";
import type { AreaFeature } from "../../server/areas/types.ts";
import { formatMeasureValue } from "../i18n/format.ts";
import { currentLang } from "../i18n/i18n.ts";
import { classIndex, type Measure, measureValue, SCALES } from "../map/classify.ts";
import { classColor } from "../map/map-style.ts";

export interface AreaListProps {
  areas: AreaFeature[];
  measure: Measure;
  onSelect: (id: string) => void;
}

export function AreaList({ areas, measure, onSelect }: AreaListProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  const sorted = [...areas].sort((a, b) =>
    a.properties.name.localeCompare(b.properties.name, "sv"),
  );
  return (
    <ul className="area-list" data-testid="area-list">
      {sorted.map(({ properties: area }) => {
        const value = measureValue(area, measure);
        const shown =
          value === null ? t("legend.noVisit") : formatMeasureValue(measure, value, lang);
        const status = t(`status.${area.watch_status}`);
        const color = classColor(measure, classIndex(value, SCALES[measure].breaks));
        return (
          <li key={area.id}>
            <button
              type="button"
              className="area-list__item"
              data-testid="area-item"
              data-area-id={area.id}
              data-area-name={area.name}
              onClick={() => onSelect(area.id)}
            >
              <span className="swatch" style={{ background: color }} aria-hidden="true" />
              <span className="area-list__name">{area.name}</span>{" "}
              <span className={`status status--${area.watch_status}`}>{status}</span>{" "}
              <span className="area-list__value" data-testid="area-item-value">
                {shown}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
