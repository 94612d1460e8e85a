// The legend line for the built-up parts, shared by the planners' and the public legend: a swatch
// in a class colour, full where the area is tätort and pale in the rest, as the map draws them.
import "./swatch.css";
import { useTranslation } from "react-i18next";
import { paleColor } from "./map-style.ts";

export function BuiltUpLegendItem({ color }: { color: string }) {
  const { t } = useTranslation();
  return (
    <li data-testid="legend-built-up">
      <span
        className="swatch"
        style={{ background: `linear-gradient(90deg, ${color} 0 50%, ${paleColor(color)} 50%)` }}
        aria-hidden="true"
      />
      <span>
        {t("legend.builtUp")}
        <small>{t("legend.builtUpHint")}</small>
      </span>
    </li>
  );
}
