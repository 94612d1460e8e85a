// The point picked on the map, and the area it falls in (or that it falls in none).
import { useTranslation } from "react-i18next";
import type { AreaCollection } from "../../server/areas/types.ts";
import { areaAt } from "../map/place.ts";

export function PlacePicked(props: {
  areas: AreaCollection | undefined;
  point: number[] | null;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  const { point } = props;
  if (!point) return null;
  const area = areaAt(props.areas, point);
  return (
    <p
      className="place-picked"
      data-testid="place-picked"
      data-area-id={area?.id ?? ""}
      role="status"
    >
      <span className="place-picked__dot" aria-hidden="true" /> {point[1]?.toFixed(5)},{" "}
      {point[0]?.toFixed(5)} –{" "}
      {area
        ? t("planner.record.pointIn", { name: area.properties.name })
        : t("planner.record.pointOutside")}{" "}
      <button type="button" className="text-button" onClick={props.onClear}>
        {t("planner.record.clearPoint")}
      </button>
    </p>
  );
}
