// Every area as a button, sorted by name: the keyboard and screen-reader way to reach any area on
// the public map. Shows the watch status in words and the märk-DNA class, never a ranking; for the
// whole police area, each area's kommun too.
import "../map/swatch.css";
import { useTranslation } from "react-i18next";
import type { PublicAreaCollection } from "../../server/privacy/areas.ts";
import "../kommun/kommun.css";
import { areaKommun, type Kommun, kommunName } from "../kommun/kommun.ts";
import { classColor } from "../map/map-style.ts";
import { DNA_CLASSES } from "./public-areas.ts";

type Feature = PublicAreaCollection["features"][number];

export function PublicAreaList(props: {
  areas: Feature[];
  onSelect: (id: string) => void;
  /** Given when areas of several kommuner are listed: each area then names its kommun. */
  kommuner?: readonly Kommun[] | undefined;
}) {
  const { t } = useTranslation();
  const sorted = [...props.areas].sort((a, b) =>
    a.properties.name.localeCompare(b.properties.name, "sv"),
  );
  return (
    <ul className="area-list" data-testid="area-list">
      {sorted.map((feature) => {
        const area = feature.properties;
        const kommun = areaKommun(feature);
        const watch = t(`pub.watch.${area.watch}`);
        const colour = classColor("dna_uptake", DNA_CLASSES.indexOf(area.dna_uptake_class));
        return (
          <li key={area.id}>
            <button
              type="button"
              className="area-list__item"
              data-testid="area-item"
              data-area-id={area.id}
              data-area-name={area.name}
              data-watch={area.watch}
              data-kommun={kommun ?? ""}
              onClick={() => props.onSelect(area.id)}
            >
              <span className="swatch" style={{ background: colour }} aria-hidden="true" />
              <span className="area-list__name">
                {area.name}
                {props.kommuner && kommun && (
                  <span className="area-list__kommun"> · {kommunName(props.kommuner, kommun)}</span>
                )}
              </span>{" "}
              <span
                className={`status status--${area.watch === "invitation" ? "none" : area.watch}`}
              >
                {watch}
              </span>{" "}
              <span className="area-list__value">
                <span className="visually-hidden">{t("pub.list.dna")} </span>
                {area.dna_uptake_class}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
